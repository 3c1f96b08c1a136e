import { computePlan, type PlanResults } from '../../../shared/engine/planEngine.ts';
import { Decimal, ZERO } from '../../../shared/money/decimal.ts';
import { toWan, wanToDecimal, type Wan } from '../../../shared/money/wan.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import { ENVELOPE_HEADERS, PLAN_KIND, REVENUE_KIND, columnLetters, formatInfoLine, formatRuleLine } from '../../../shared/export/workbookFormat.ts';
import { chineseNumeral, projectGroups } from '../../../shared/export/projectGroups.ts';
import { PROJECT_FIELD_LABELS } from '../../../shared/glossary.ts';
import { SheetDraft } from './sheetDraft.ts';
import { writeRowIdColumn } from './rowIdColumn.ts';
import type { WorkbookInfo } from './workbookStream.ts';
import { STYLES, applyPrintSetup, fitColumns, fitRowHeights, setFormula, setHeader, setMoney, setNumber, setText, writeTitle } from './sheetStyle.ts';
import { PRODUCT_NAME } from '../../../shared/product.ts';

/** Sheet names of the export (fixed: user text never names a sheet). */
export const SHEET_NAMES = { envelope: '资金测算表', categories: '年度投资和领域安排计划表', recipients: '受援方资金表', projects: '项目表' } as const;

const sumOf = (values: readonly Decimal[]) => values.reduce((a, b) => a.plus(b), ZERO);
const range = (col: number, from: number, to: number) => `${columnLetters(col)}${from}:${columnLetters(col)}${to}`;

/**
 * The annex tables of a plan as sheet drafts: 资金测算表, 年度投资和领域安排计划表
 * (合计 and 占比 as formulas) and 项目表 (two-row header with 实施年限 over the
 * years, category 小计 rows and 合计 as formulas), styled and set up for A4
 * printing. `workbookBytes` (index.ts) streams them into the .xlsx.
 */
export function buildSheets(plan: Plan, results: PlanResults = computePlan(plan)): SheetDraft[] {
  const sheet = (name: string, write: (ws: SheetDraft) => void) => {
    const ws = new SheetDraft(name);
    write(ws);
    return ws;
  };
  return [
    sheet(SHEET_NAMES.envelope, (ws) => writeEnvelopeSheet(ws, plan, results)),
    sheet(SHEET_NAMES.categories, (ws) => writeCategorySheet(ws, plan, results)),
    ...(plan.recipients.some((r) => r.money !== undefined && Object.keys(r.money).length > 0)
      ? [sheet(SHEET_NAMES.recipients, (ws) => writeRecipientSheet(ws, plan, results))]
      : []),
    sheet(SHEET_NAMES.projects, (ws) => writeProjectSheet(ws, plan, results)),
  ];
}

/** The workbook's properties: who wrote it, and the plan title as its 标题 (the importer reads it back). */
export const workbookInfo = (plan: Plan): WorkbookInfo => ({ creator: `${PRODUCT_NAME} AidPlan`, title: plan.title });

function writeEnvelopeSheet(ws: SheetDraft, plan: Plan, results: PlanResults): void {
  const H = ENVELOPE_HEADERS;
  const headers = [H.year, H.revenueYear, H.revenue, H.revenueKind, H.rate, H.extra, H.rule, H.plan, H.planKind, H.difference];
  const info = formatInfoLine(
    plan.donor,
    plan.recipients.map((r) => r.name),
    results.years[0]!,
    results.years[results.years.length - 1]!,
  );
  const lines = [info, SHEET_NAMES.envelope, ...(plan.fundingRule ? [formatRuleLine(plan.fundingRule)] : [])];
  let row = writeTitle(ws, plan.title === '' ? SHEET_NAMES.envelope : plan.title, headers.length, lines);
  const headerRow = row;
  headers.forEach((h, i) => setHeader(ws.getCell(row, i + 1), h));
  row++;
  const first = row;
  const sums = { extra: ZERO, rule: ZERO, plan: ZERO, difference: ZERO };
  results.years.forEach((year, i) => {
    const e = results.envelope?.[i];
    const adopted = plan.yearlyMoney[String(year)];
    const planned = e ? e.plan : adopted !== undefined && adopted !== '' ? wanToDecimal(adopted) : results.yearTotals[i]!;
    const extra = (plan.fundingRule?.extra[String(year)] as Wan | undefined) ?? null;
    setText(ws.getCell(row, 1), `${year}年`);
    setNumber(ws.getCell(row, 2), e?.revenue ? e.revenueYear : null);
    // Revenue is a base figure, not aid money: written as it is known (an actual figure keeps its decimals).
    const actual = e?.revenueIsActual ? plan.fundingRule?.actualRevenue[String(e.revenueYear)] : undefined;
    setMoney(ws.getCell(row, 3), actual !== undefined ? (actual as Wan) : e?.revenue ? toWan(e.revenue) : null);
    setText(ws.getCell(row, 4), e?.revenue ? (e.revenueIsActual ? REVENUE_KIND.actual : REVENUE_KIND.projected) : '');
    setText(ws.getCell(row, 5), plan.fundingRule?.ratePercent ?? '');
    setMoney(ws.getCell(row, 6), extra);
    setMoney(ws.getCell(row, 7), e?.envelope ? toWan(e.envelope) : null);
    setMoney(ws.getCell(row, 8), toWan(planned));
    setText(ws.getCell(row, 9), adopted !== undefined && adopted !== '' ? PLAN_KIND.adopted : PLAN_KIND.fromTable);
    if (e?.envelope) setFormula(ws.getCell(row, 10), `H${row}-G${row}`, planned.minus(e.envelope));
    else setMoney(ws.getCell(row, 10), null);
    sums.extra = sums.extra.plus(wanToDecimal(extra));
    sums.rule = sums.rule.plus(e?.envelope ?? ZERO);
    sums.plan = sums.plan.plus(planned);
    sums.difference = sums.difference.plus(e?.envelope ? planned.minus(e.envelope) : ZERO);
    row++;
  });
  setHeader(ws.getCell(row, 1), '合计');
  for (const c of [2, 3, 4, 5, 9]) setText(ws.getCell(row, c), '');
  const last = row - 1;
  setFormula(ws.getCell(row, 6), `SUM(${range(6, first, last)})`, sums.extra);
  setFormula(ws.getCell(row, 7), `SUM(${range(7, first, last)})`, sums.rule);
  setFormula(ws.getCell(row, 8), `SUM(${range(8, first, last)})`, sums.plan);
  setFormula(ws.getCell(row, 10), `SUM(${range(10, first, last)})`, sums.difference);
  finish(ws, headerRow, headerRow, (c) => (c === 1 ? { min: 8, max: 12 } : { min: 10, max: 24 }));
}

/** Where a written table's input cells are (rows of categories or projects, blank rows of a 填报模板), for the template's validations and unlocked cells. */
export interface TableLayout {
  readonly inputRows: readonly number[];
  /** Columns of amounts, of the category / 开工 / 竣工 years, and of other text the partner may type. */
  readonly money: readonly number[];
  readonly text: readonly number[];
  readonly category?: number;
  readonly years?: readonly number[];
}

export function writeCategorySheet(ws: SheetDraft, plan: Plan, results: PlanResults): TableLayout {
  const years = results.years;
  const totalCol = years.length + 2;
  const shareCol = totalCol + 1;
  let row = writeTitle(ws, SHEET_NAMES.categories, shareCol);
  const headerRow = row;
  setHeader(ws.getCell(row, 1), '年度\n类别');
  years.forEach((y, i) => setHeader(ws.getCell(row, i + 2), `${y}年`));
  setHeader(ws.getCell(row, totalCol), '合计');
  setHeader(ws.getCell(row, shareCol), '占比');
  row++;
  const first = row;
  const last = first + plan.categories.length - 1;
  const sumRow = last + 1;
  const grandRef = `$${columnLetters(totalCol)}$${sumRow}`;
  plan.categories.forEach((c, i) => {
    const r = first + i;
    setText(ws.getCell(r, 1), c.name);
    // The mapping from project categories travels as a note, so an exported plan imports back with it.
    if (c.aliases.length > 0) ws.getCell(r, 1).note = `别名：${c.aliases.join('、')}`;
    years.forEach((y, j) => setMoney(ws.getCell(r, j + 2), (c.byYear[String(y)] as Wan | undefined) ?? null));
    const total = results.categories[i]!.total;
    setFormula(ws.getCell(r, totalCol), `SUM(${columnLetters(2)}${r}:${columnLetters(totalCol - 1)}${r})`, total);
    const share = results.grandTotal.isZero() ? ZERO : total.div(results.grandTotal);
    setFormula(ws.getCell(r, shareCol), `IF(${grandRef}=0,0,${columnLetters(totalCol)}${r}/${grandRef})`, share, STYLES.percent);
  });
  setHeader(ws.getCell(sumRow, 1), '合计');
  const hasRows = plan.categories.length > 0;
  years.forEach((_, j) => {
    const c = j + 2;
    setFormula(ws.getCell(sumRow, c), hasRows ? `SUM(${range(c, first, last)})` : '0', results.yearTotals[j]!);
  });
  setFormula(ws.getCell(sumRow, totalCol), hasRows ? `SUM(${range(totalCol, first, last)})` : '0', results.grandTotal);
  const shareSum = results.grandTotal.isZero() ? ZERO : new Decimal(1);
  setFormula(ws.getCell(sumRow, shareCol), hasRows ? `SUM(${range(shareCol, first, last)})` : '0', shareSum, STYLES.percent);
  finish(ws, headerRow, headerRow, (c) => (c === 1 ? { min: 14, max: 30 } : { min: 10, max: 16 }));
  writeRowIdColumn(
    ws,
    shareCol + 1,
    { top: headerRow, bottom: headerRow },
    plan.categories.map((c, i) => ({ row: first + i, kind: 'category', id: c.id })),
  );
  return { inputRows: plan.categories.map((_, i) => first + i), money: years.map((_, j) => j + 2), text: [1] };
}

/** Money by recipient (《东丽区对口帮扶实施方案》: 承德县 2000万/年 …) with its carrier unit, 合计 column and row as formulas. */
function writeRecipientSheet(ws: SheetDraft, plan: Plan, results: PlanResults): void {
  const years = results.years;
  const firstYearCol = 3;
  const totalCol = firstYearCol + years.length;
  let row = writeTitle(ws, SHEET_NAMES.recipients, totalCol);
  const headerRow = row;
  setHeader(ws.getCell(row, 1), '受援方');
  setHeader(ws.getCell(row, 2), '帮扶载体单位');
  years.forEach((y, i) => setHeader(ws.getCell(row, firstYearCol + i), `${y}年`));
  setHeader(ws.getCell(row, totalCol), '合计');
  row++;
  const first = row;
  const yearSums = years.map(() => ZERO);
  for (const r of plan.recipients) {
    setText(ws.getCell(row, 1), r.name);
    setText(ws.getCell(row, 2), r.carrierUnit);
    let total = ZERO;
    years.forEach((y, i) => {
      const v = (r.money?.[String(y)] as Wan | undefined) ?? null;
      setMoney(ws.getCell(row, firstYearCol + i), v);
      total = total.plus(wanToDecimal(v));
      yearSums[i] = yearSums[i]!.plus(wanToDecimal(v));
    });
    setFormula(ws.getCell(row, totalCol), `SUM(${columnLetters(firstYearCol)}${row}:${columnLetters(totalCol - 1)}${row})`, total);
    row++;
  }
  const last = row - 1;
  setHeader(ws.getCell(row, 1), '合计');
  setText(ws.getCell(row, 2), '');
  years.forEach((_, i) => setFormula(ws.getCell(row, firstYearCol + i), `SUM(${range(firstYearCol + i, first, last)})`, yearSums[i]!));
  setFormula(ws.getCell(row, totalCol), `SUM(${range(totalCol, first, last)})`, sumOf(yearSums));
  finish(ws, headerRow, headerRow, (c) => (c <= 2 ? { min: 12, max: 30 } : { min: 10, max: 16 }));
}

type Field =
  | 'seq'
  | 'recipientId'
  | 'category'
  | 'startYear'
  | 'endYear'
  | 'name'
  | 'content'
  | 'totalInvestment'
  | 'aid'
  | 'year'
  | 'fundingSource'
  | 'units'
  | 'deadline'
  | 'remarks';

/** Points: one line of text, as Excel's default row. */
const BLANK_ROW_HEIGHT = 18;

/**
 * The 项目表. With `blankRows` (the 填报模板) every plan category has its group,
 * even without projects, and each group ends in that many empty input rows
 * inside its 小计.
 */
export function writeProjectSheet(ws: SheetDraft, plan: Plan, results: PlanResults, blankRows = 0): TableLayout {
  const years = results.years;
  const withAid = plan.projects.some((p) => p.aid !== null);
  // A plan with several recipients says whom each project is for.
  const withRecipient = plan.recipients.length > 1 || plan.projects.some((p) => p.recipientId !== undefined && p.recipientId !== null);
  const recipientName = new Map(plan.recipients.map((r) => [r.id as string, r.name]));
  const fields: { field: Field; year?: number }[] = [
    { field: 'seq' },
    ...(withRecipient ? [{ field: 'recipientId' as const }] : []),
    { field: 'category' },
    { field: 'startYear' },
    { field: 'endYear' },
    { field: 'name' },
    { field: 'content' },
    { field: 'totalInvestment' },
    ...(withAid ? [{ field: 'aid' as const }] : []),
    ...years.map((y) => ({ field: 'year' as const, year: y as number })),
    { field: 'fundingSource' },
    { field: 'units' },
    { field: 'deadline' },
    { field: 'remarks' },
  ];
  const colOf = (f: Field, year?: number) => fields.findIndex((x) => x.field === f && (year === undefined || x.year === year)) + 1;
  const firstYearCol = colOf('year', years[0]);
  const labels: Record<Exclude<Field, 'year'>, string> = { ...PROJECT_FIELD_LABELS, content: '主要建设内容及规模', recipientId: '受援方' };

  // A plan titled as a table ("…规划项目表", often an imported one) keeps its title: no "…项目表项目表".
  let row = writeTitle(ws, plan.title.trim().endsWith('表') ? plan.title.trim() : `${plan.title.trim()}${SHEET_NAMES.projects}`, fields.length);
  const top = row;
  fields.forEach((f, i) => {
    if (f.field === 'year') setHeader(ws.getCell(top + 1, i + 1), `${f.year}年`);
    else {
      ws.mergeCells(top, i + 1, top + 1, i + 1);
      setHeader(ws.getCell(top, i + 1), labels[f.field]);
    }
  });
  ws.mergeCells(top, firstYearCol, top, firstYearCol + years.length - 1);
  setHeader(ws.getCell(top, firstYearCol), PROJECT_FIELD_LABELS.byYear);
  for (let c = firstYearCol + 1; c < firstYearCol + years.length; c++) ws.getCell(top, c).style = STYLES.header;
  row = top + 2;

  const moneyCols = fields.map((f, i) => ({ f, col: i + 1 })).filter(({ f }) => f.field === 'totalInvestment' || f.field === 'aid' || f.field === 'year');
  const totalRow = row++;
  const grouped = projectGroups(plan);
  const groups =
    blankRows === 0
      ? grouped
      : [
          ...grouped,
          ...plan.categories.filter((c) => !grouped.some((g) => g.mapped && g.label === c.name)).map((c) => ({ label: c.name, mapped: true, projects: [] })),
        ];
  const inputRows: number[] = [];
  const subtotalRows: number[] = [];
  const amountOf = (p: Plan['projects'][number], f: { field: Field; year?: number }): Decimal => {
    if (f.field === 'totalInvestment') return wanToDecimal(p.totalInvestment);
    if (f.field === 'aid') return wanToDecimal(p.aid);
    return wanToDecimal(p.byYear[String(f.year)]);
  };
  let seq = 0;
  const idRows: { row: number; kind: 'project'; id: string }[] = [];
  groups.forEach((g, gi) => {
    const sub = row++;
    subtotalRows.push(sub);
    setText(ws.getCell(sub, 1), chineseNumeral(gi + 1), STYLES.textHeaderFont);
    setText(ws.getCell(sub, colOf('category')), g.label);
    setText(ws.getCell(sub, colOf('name')), '小计');
    for (const f of ['startYear', 'endYear', 'content', 'fundingSource', 'units', 'deadline', 'remarks'] as const) setText(ws.getCell(sub, colOf(f)), '');
    if (withRecipient) setText(ws.getCell(sub, colOf('recipientId')), '');
    for (const { f, col } of moneyCols) {
      setFormula(ws.getCell(sub, col), `SUM(${range(col, sub + 1, sub + g.projects.length + blankRows)})`, sumOf(g.projects.map((p) => amountOf(p, f))));
    }
    for (const p of g.projects) {
      const r = row++;
      inputRows.push(r);
      idRows.push({ row: r, kind: 'project', id: p.id });
      setNumber(ws.getCell(r, colOf('seq')), ++seq);
      if (withRecipient) setText(ws.getCell(r, colOf('recipientId')), p.recipientId ? (recipientName.get(p.recipientId) ?? '') : '');
      setText(ws.getCell(r, colOf('category')), p.category);
      setNumber(ws.getCell(r, colOf('startYear')), p.startYear);
      setNumber(ws.getCell(r, colOf('endYear')), p.endYear);
      setText(ws.getCell(r, colOf('name')), p.name);
      setText(ws.getCell(r, colOf('content')), p.content);
      setMoney(ws.getCell(r, colOf('totalInvestment')), p.totalInvestment);
      if (withAid) setMoney(ws.getCell(r, colOf('aid')), p.aid);
      for (const y of years) setMoney(ws.getCell(r, colOf('year', y)), (p.byYear[String(y)] as Wan | undefined) ?? null);
      setText(ws.getCell(r, colOf('fundingSource')), p.fundingSource);
      setText(ws.getCell(r, colOf('units')), p.units.join('\n'));
      setText(ws.getCell(r, colOf('deadline')), p.deadline);
      setText(ws.getCell(r, colOf('remarks')), p.remarks);
    }
    for (let i = 0; i < blankRows; i++) {
      const r = row++;
      inputRows.push(r);
      // A row without values is written only with a height: it carries the borders and the unlocked cells.
      ws.getRow(r).height = BLANK_ROW_HEIGHT;
      fields.forEach((f, c) =>
        f.field === 'totalInvestment' || f.field === 'aid' || f.field === 'year' ? setMoney(ws.getCell(r, c + 1), null) : setText(ws.getCell(r, c + 1), ''),
      );
    }
  });
  setHeader(ws.getCell(totalRow, 1), '合计');
  setText(ws.getCell(totalRow, colOf('name')), `${plan.projects.length}个项目`);
  for (const { f, col } of moneyCols) {
    const refs = subtotalRows.map((r) => `${columnLetters(col)}${r}`);
    setFormula(ws.getCell(totalRow, col), refs.length === 0 ? '0' : sumFormula(refs), sumOf(plan.projects.map((p) => amountOf(p, f))));
  }
  for (let c = 2; c <= fields.length; c++) if (ws.getCell(totalRow, c).value === null) setText(ws.getCell(totalRow, c), '');
  finish(ws, top, top + 1, (c) => {
    const f = fields[c - 1]!.field;
    if (f === 'content') return { min: 24, max: 50 };
    if (f === 'name' || f === 'fundingSource' || f === 'units' || f === 'remarks') return { min: 12, max: 30 };
    if (f === 'seq' || f === 'startYear' || f === 'endYear') return { min: 6, max: 10 };
    return { min: 10, max: 16 };
  });
  writeRowIdColumn(ws, fields.length + 1, { top, bottom: top + 1 }, idRows);
  void results;
  const textFields = new Set<Field>(['recipientId', 'name', 'content', 'fundingSource', 'units', 'deadline', 'remarks']);
  return {
    inputRows,
    money: moneyCols.map(({ col }) => col),
    text: fields.flatMap((f, i) => (textFields.has(f.field) ? [i + 1] : [])),
    category: colOf('category'),
    years: [colOf('startYear'), colOf('endYear')],
  };
}

/** SUM of single cells, nested so that no SUM takes more than 255 arguments (Excel's limit). */
function sumFormula(refs: readonly string[]): string {
  if (refs.length <= 255) return `SUM(${refs.join(',')})`;
  const chunks: string[] = [];
  for (let i = 0; i < refs.length; i += 255) chunks.push(sumFormula(refs.slice(i, i + 255)));
  return sumFormula(chunks);
}

function finish(ws: SheetDraft, headerTop: number, headerBottom: number, bounds: (col: number) => { min: number; max: number }): void {
  fitColumns(ws, headerTop, bounds);
  fitRowHeights(ws, headerTop);
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerBottom, topLeftCell: `A${headerBottom + 1}` }];
  applyPrintSetup(ws, `${headerTop}:${headerBottom}`);
}
