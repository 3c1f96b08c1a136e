import { Decimal, ZERO } from '../money/decimal.ts';
import { toWan, type Wan } from '../money/wan.ts';
import { asCategoryId, asProjectId, asRecipientId, asYear, type Year } from '../model/ids.ts';
import type { Category, Plan, Project, Recipient } from '../model/plan.ts';
import { buildCategoryIndex, closestCategory, normaliseCategoryName } from '../model/categoryIndex.ts';
import { findTables, type FoundTable } from './findTables.ts';
import { SheetReader, type WorkbookGrid } from './grid.ts';
import { ReportBuilder, importFindings, type ImportReport } from './importReport.ts';
import { readPlanInfo } from './planInfoOfWorkbook.ts';
import { readProjectTable, type ProjectLine } from './readProjectTable.ts';
import { readRowTable, type RowTableLine } from './readRowTable.ts';
import { readEnvelopeSheet, type EnvelopeRead } from './readEnvelopeSheet.ts';
import { roundBlank, roundRead, type ReadAmount } from './readAmounts.ts';
import { reportUnreadableCells } from './unreadableCells.ts';
import { MAX_IMPORT_FINDINGS, MAX_PERIOD_YEARS, TEXT_LIMITS } from '../model/limits.ts';
import { fitToLimits } from './fitLimits.ts';
import { identifyRows } from './identifyRows.ts';

/**
 * What the import read, before the user's choices: the plan as it would be
 * built with no guessed alias applied, and the report whose decisions
 * (category guesses) the user may confirm or change. Plain data.
 */
export interface ImportAnalysis {
  readonly plan: Plan;
  readonly report: ImportReport;
  /**
   * Ids of categories and projects that carried no 行标识 in the file and were numbered here; they are
   * no identity (rowIdentity.ts). An array, not a Set: the analysis crosses IPC as plain data.
   */
  readonly assignedIds: readonly string[];
}

export type GridAnalysis = { ok: true; analysis: ImportAnalysis } | { ok: false; message: string };

const KIND_LABEL = { categories: '年度领域安排表（类别×年度）', projects: '项目表', recipients: '按受援方的资金表' } as const;

type CategoryDraft = { name: string; aliases: string[]; byYear: Record<string, Wan>; place: string; rowId?: string };

/**
 * Reads the cell values of a workbook: finds its tables by their headers,
 * reads them, checks every 合计/小计 against the rows it sums, reports every
 * value it could not take as it is, and guesses how unknown project
 * categories map onto the plan's. Pure: the caller reads the file. Fails,
 * with one Chinese sentence, only when nothing can be imported.
 */
export function analyseWorkbookGrid(workbook: WorkbookGrid, fileName: string): GridAnalysis {
  const report = new ReportBuilder();
  const tables: FoundTable[] = [];
  let envelope: EnvelopeRead | null = null;
  for (const grid of workbook.sheets) {
    const sheet = new SheetReader(grid);
    const found = findTables(sheet);
    if (found.length === 0) {
      const read: EnvelopeRead | null = envelope === null ? readEnvelopeSheet(sheet, report) : null;
      if (read) envelope = read;
      else if (/资金测算/.test(grid.name))
        report.add('decision', grid.name, '资金测算表的格式不是本程序导出的格式，未导入（测算规则请在“规划信息”中核对填写）');
      else if (grid.cells.size > 0) report.add('decision', grid.name, '此工作表中没有找到年度领域安排表、项目表或按受援方的资金表，未导入');
    }
    for (const t of found) {
      const years = t.years.map((y) => y.year);
      const period =
        years.length === 0 ? '无年度列' : Math.min(...years) === Math.max(...years) ? `年度${years[0]}年` : `年度${Math.min(...years)}—${Math.max(...years)}年`;
      report.add(
        'found',
        sheet.place(t.headerTop, 1),
        `${KIND_LABEL[t.kind]}，表头${t.headerBottom - t.headerTop + 1}行，${period}，数据至第${t.dataBottom}行`,
      );
      reportUnits(t, report);
      tables.push(t);
    }
    reportUnreadableCells(sheet, found, report);
  }
  if (tables.length === 0) {
    return { ok: false, message: `“${fileName}”中没有找到可导入的表格（需要含“类别”和年度列的年度领域安排表、含“项目名称”列的项目表，或按受援县的资金表）` };
  }

  const categoryTables = tables.filter((t) => t.kind === 'categories');
  const recipientTables = tables.filter((t) => t.kind === 'recipients');
  for (const extra of [...categoryTables.slice(1), ...recipientTables.slice(1)]) {
    report.add('decision', extra.sheet.place(extra.headerTop, 1), '同类的表已读取过一个，此表未导入');
  }
  const categoryLines: RowTableLine[] = categoryTables[0] ? readRowTable(categoryTables[0], report) : [];
  const recipientLines: RowTableLine[] = recipientTables[0] ? readRowTable(recipientTables[0], report) : [];
  const projectLines: ProjectLine[] = tables.filter((t) => t.kind === 'projects').flatMap((t) => readProjectTable(t, report));

  const allYears = new Set<number>();
  for (const t of tables) for (const y of t.years) allYears.add(y.year);
  for (const p of projectLines) {
    if (p.startYear !== null) allYears.add(p.startYear);
    if (p.endYear !== null) allYears.add(p.endYear);
  }
  if (allYears.size === 0) return { ok: false, message: `“${fileName}”的表格中没有年度列（如“2016年”），标题中也没有写明年度，无法确定规划期` };
  const firstYear = Math.min(...allYears);
  const lastYear = Math.max(...allYears);
  if (lastYear - firstYear + 1 > MAX_PERIOD_YEARS)
    return { ok: false, message: `“${fileName}”中的年度从${firstYear}年到${lastYear}年，超过${MAX_PERIOD_YEARS}年，不是一个规划期` };
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);

  let categories: CategoryDraft[];
  const fromTable = categoryLines.length > 0 || recipientLines.length > 0;
  if (fromTable) {
    const lines = categoryLines.length > 0 ? categoryLines : recipientLines;
    categories = [];
    for (const l of lines) {
      const twin = categories.find((c) => normaliseCategoryName(c.name) === normaliseCategoryName(l.label));
      if (twin) report.add('problem', l.place, `类别“${l.label}”与${twin.place}重复，请在类别表中合并或改名`);
      categories.push({
        name: l.label,
        aliases: [...l.aliases],
        byYear: roundedByYear(l.byYear, years),
        place: l.place,
        ...(l.rowId === undefined ? {} : { rowId: l.rowId }),
      });
    }
    if (categoryLines.length === 0) {
      report.add(
        'decision',
        recipientTables[0]!.sheet.grid.name,
        `文件中没有年度领域安排表：每个受援方也作为一个类别导入（共${recipientLines.length}个），使合计和占比可用`,
      );
    }
    guessProjectCategories(categories, projectLines, report);
  } else {
    categories = categoriesFromProjects(projectLines, years, report);
  }

  let recipients: Recipient[] = [];
  if (recipientLines.length > 0) {
    recipients = recipientLines.map((l, i) => ({
      id: asRecipientId(`r${i + 1}`),
      name: l.label,
      carrierUnit: l.carrier,
      money: roundedByYear(l.byYear, years),
    }));
    report.add('decision', recipientTables[0]!.sheet.grid.name, `按受援方的资金表：${recipients.length}个受援方，各自的年度资金和帮扶载体单位记入受援方信息`);
  }
  const info = readPlanInfo(workbook, tables, fileName, report);
  if (recipients.length === 0) recipients = info.recipients.map((name, i) => ({ id: asRecipientId(`r${i + 1}`), name, carrierUnit: '' }));

  /** The project's 受援方, when its table has that column (`written`: the recipient as written there). */
  const recipientOf = (p: ProjectLine, written: string): Project['recipientId'] => {
    if (written === '') return null;
    const found = recipients.find((r) => normaliseCategoryName(r.name) === normaliseCategoryName(written));
    if (!found) report.add('problem', p.place, `受援方“${written}”不是本规划的受援方，项目未指定受援方`);
    return found?.id ?? null;
  };

  const ids = identifyRows(categories, projectLines, report);
  const projects = projectLines.map((p, i): Project => {
    // Written out, the 受援方 added only when read: a literal with a spread is built at run time, 10,000 times.
    const project: { -readonly [K in keyof Project]: Project[K] } = {
      id: asProjectId(ids.projects[i]!),
      category: p.category,
      name: p.name,
      content: p.content,
      startYear: p.startYear === null ? null : (asYear(p.startYear) as Year),
      endYear: p.endYear === null ? null : (asYear(p.endYear) as Year),
      totalInvestment: roundBlank(p.totalInvestment),
      aid: roundBlank(p.aid),
      byYear: roundedByYear(p.byYear, years),
      fundingSource: p.fundingSource,
      units: p.units,
      deadline: p.deadline,
      remarks: p.remarks,
    };
    if (p.recipient !== undefined) project.recipientId = recipientOf(p, p.recipient);
    return project;
  });
  const plan: Plan = {
    title: info.title,
    donor: info.donor,
    recipients,
    firstYear: asYear(firstYear),
    lastYear: asYear(lastYear),
    unit: '万元',
    fundingRule: envelope?.fundingRule ?? null,
    yearlyMoney: Object.fromEntries(Object.entries(envelope?.yearlyMoney ?? {}).filter(([y]) => Number(y) >= firstYear && Number(y) <= lastYear)),
    categories: categories.map((c, i): Category => ({ id: asCategoryId(ids.categories[i]!), name: c.name, aliases: c.aliases, byYear: c.byYear })),
    projects,
  };
  const fitted = fitToLimits(plan, report);
  if (!fitted.ok) return { ok: false, message: `“${fileName}”无法导入：${fitted.message}` };
  const findings = keptFindings(report);
  return {
    ok: true,
    analysis: {
      plan: { ...fitted.plan, ...(findings.length > 0 ? { importFindings: findings } : {}) },
      report: { fileName, entries: report.entries, decisions: report.decisions },
      assignedIds: [...ids.assigned],
    },
  };
}

/**
 * The findings the plan keeps, within the file schema's limits: long texts are shortened (the report keeps
 * them whole), and past MAX_IMPORT_FINDINGS the rest are counted in the report, not kept.
 */
function keptFindings(report: ReportBuilder) {
  const all = importFindings(report.entries);
  if (all.length > MAX_IMPORT_FINDINGS) {
    report.add('problem', all[MAX_IMPORT_FINDINGS]!.cell, `导入问题共${all.length}条，规划中只保留前${MAX_IMPORT_FINDINGS}条，其余见本导入报告`);
  }
  // A message may quote the text found: both are shortened to their limits, the report keeps them whole.
  const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  return all.slice(0, MAX_IMPORT_FINDINGS).map((f) => ({
    ...f,
    cell: shorten(f.cell, TEXT_LIMITS.findingCell),
    found: shorten(f.found, TEXT_LIMITS.findingFound),
    message: shorten(f.message, TEXT_LIMITS.findingMessage),
  }));
}

/**
 * Amounts by year rounded to the plan's two decimals. Looked up by the plan's years as numbers (every table's
 * year is one of them): walking the keys of an object keyed by years is slow in V8, and this runs for 10,000
 * projects. When no amount needs rounding (nearly always) the amounts read are kept as they are, uncopied.
 */
function roundedByYear(byYear: Readonly<Record<string, ReadAmount>>, years: readonly number[]): Record<string, Wan> {
  // A read amount with two decimals is already the plan's amount (roundRead returns it as it is).
  const asRounded = byYear as Readonly<Record<string, string>> as Record<string, Wan>;
  let out: Record<string, Wan> | null = null;
  for (const year of years) {
    const amount = byYear[year];
    if (amount === undefined) continue;
    const rounded = roundRead(amount);
    if ((rounded as string) !== amount) (out ??= { ...asRounded })[year] = rounded;
  }
  return out ?? asRounded;
}

/** Says in which unit a table's amounts were read, when not 万元, and that they were scaled. */
function reportUnits(t: FoundTable, report: ReportBuilder): void {
  if (t.unit !== '万元') report.add('decision', t.unitPlace ?? t.sheet.grid.name, `金额单位为${t.unit}：已按精确换算折合为万元`);
  for (const [col, unit] of t.columnUnits) {
    if (unit === t.unit) continue;
    report.add(
      'decision',
      t.sheet.place(t.headerTop, col),
      unit === '万元' ? '此列金额单位为万元，按万元读取' : `此列金额单位为${unit}：已按精确换算折合为万元`,
    );
  }
}

/** No category table: the projects' categories become the plan's, with the roll-up (of the rounded amounts) as the category table. */
function categoriesFromProjects(lines: readonly ProjectLine[], years: readonly number[], report: ReportBuilder): CategoryDraft[] {
  const out: CategoryDraft[] = [];
  const sums = new Map<string, Decimal[]>();
  for (const p of lines) {
    const name = normaliseCategoryName(p.category);
    if (name === '') continue;
    let row = sums.get(name);
    if (!row) {
      row = years.map(() => ZERO);
      sums.set(name, row);
      const aliases = p.category !== name ? [p.category] : [];
      out.push({ name, aliases, byYear: {}, place: p.categoryPlace });
    }
    for (const [year, amount] of Object.entries(p.byYear)) {
      const i = Number(year) - years[0]!;
      if (i >= 0 && i < years.length) row[i] = row[i]!.plus(new Decimal(roundRead(amount)));
    }
  }
  for (const c of out) {
    const row = sums.get(c.name)!;
    years.forEach((y, i) => (c.byYear[String(y)] = toWan(row[i]!)));
  }
  if (lines.length > 0)
    report.add('decision', lines[0]!.categoryPlace.split('!')[0]!, `文件中没有年度领域安排表：类别取自项目的类别（共${out.length}个），各类别金额为项目汇总`);
  return out;
}

/**
 * Project categories the plan does not know: each is guessed to be an alias of
 * the category its 小计 row names, else of the closest one, and becomes a
 * decision for the user. The guesses are not applied here (buildImportedPlan
 * applies the user's choices); later guesses see the earlier ones, as the
 * plan built with the defaults would.
 */
function guessProjectCategories(categories: readonly CategoryDraft[], lines: readonly ProjectLine[], report: ReportBuilder): void {
  const guessed = categories.map((c) => ({ ...c, aliases: [...c.aliases] }));
  const asCategories = (): Category[] => guessed.map((c, i) => ({ id: asCategoryId(`c${i + 1}`), name: c.name, aliases: c.aliases, byYear: c.byYear }));
  // Likeness is measured against the file's own names only: an earlier guess ("产业项目") must not pull a later one.
  const own = asCategories().map((c) => ({ ...c, aliases: [...c.aliases] }));
  const decided = new Set<string>();
  for (const p of lines) {
    const text = p.category.trim();
    const key = normaliseCategoryName(text);
    if (key === '' || decided.has(key)) continue;
    decided.add(key);
    const index = buildCategoryIndex(asCategories());
    if (index.lookup(text) !== null) continue;
    const byGroup = p.group !== null ? index.lookup(p.group) : null;
    const target = byGroup !== null ? guessed[Number(byGroup.slice(1)) - 1]! : closestCategory(text, own);
    if (!target) {
      report.add('problem', p.categoryPlace, `项目类别“${text}”不是类别表中的类别，也找不到相近的类别，请在类别表中添加或指定对应类别`);
      continue;
    }
    const category = guessed.find((c) => c.name === target.name)!;
    category.aliases.push(text);
    const reason = byGroup !== null ? 'subtotal' : 'closest';
    report.decisions.push({
      id: `category:${report.decisions.length + 1}`,
      kind: 'categoryAlias',
      text,
      categoryName: category.name,
      place: p.categoryPlace,
      reason,
    });
    report.add(
      'suggestion',
      p.categoryPlace,
      `项目类别“${text}”不是类别表中的类别，已作为“${category.name}”的别名（${reason === 'subtotal' ? '项目位于该类别的小计下' : '名称最接近'}），请确认`,
    );
  }
}
