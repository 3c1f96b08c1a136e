import { Decimal, ZERO } from '../money/decimal.ts';
import { toWan, type Wan } from '../money/wan.ts';
import { asCategoryId, asProjectId, asRecipientId, asYear, type Year } from '../model/ids.ts';
import type { Category, Plan, Project, Recipient } from '../model/plan.ts';
import { buildCategoryIndex, closestCategory, normaliseCategoryName } from '../model/categoryIndex.ts';
import { findTables, type FoundTable } from './findTables.ts';
import { SheetReader, cellAddress, type WorkbookGrid } from './grid.ts';
import { ReportBuilder, type ImportReport } from './importReport.ts';
import { partiesFromTitle, readInfoLine } from './planInfo.ts';
import { readProjectTable, type ProjectLine } from './readProjectTable.ts';
import { readRowTable, type RowTableLine } from './readRowTable.ts';
import { readEnvelopeSheet, type EnvelopeRead } from './readEnvelopeSheet.ts';

/** A plan longer than this is not a plan (the .aidplan schema refuses it too). */
const MAX_PERIOD_YEARS = 30;

export type GridImport = { ok: true; plan: Plan; report: ImportReport } | { ok: false; message: string };

const KIND_LABEL = { categories: '年度领域安排表（类别×年度）', projects: '项目表', recipients: '按受援方的资金表' } as const;

/**
 * Turns the cell values of a workbook into a plan: finds its tables by their
 * headers, reads them, checks every 合计/小计 against the rows it sums, and
 * maps project categories onto the plan's categories. Pure: the caller reads
 * the file. Fails, with one Chinese sentence, only when nothing can be imported.
 */
export function importWorkbookGrid(workbook: WorkbookGrid, fileName: string): GridImport {
  const report = new ReportBuilder();
  const tables: FoundTable[] = [];
  let envelope: EnvelopeRead | null = null;
  for (const grid of workbook.sheets) {
    const sheet = new SheetReader(grid);
    const found = findTables(sheet);
    if (found.length === 0) {
      const read: EnvelopeRead | null = envelope === null ? readEnvelopeSheet(sheet, report) : null;
      if (read) envelope = read;
      else if (/资金测算/.test(grid.name)) report.add('decision', grid.name, '资金测算表的格式不是本程序导出的格式，未导入（测算规则请在“规划信息”中核对填写）');
    }
    for (const t of found) {
      const years = t.years.map((y) => y.year);
      const period = years.length === 0 ? '无年度列' : Math.min(...years) === Math.max(...years) ? `年度${years[0]}年` : `年度${Math.min(...years)}—${Math.max(...years)}年`;
      report.add('found', sheet.place(t.headerTop, 1), `${KIND_LABEL[t.kind]}，表头${t.headerBottom - t.headerTop + 1}行，${period}，数据至第${t.dataBottom}行`);
      tables.push(t);
    }
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
  for (const p of projectLines) for (const y of [p.startYear, p.endYear]) if (y !== null) allYears.add(y);
  if (allYears.size === 0) return { ok: false, message: `“${fileName}”的表格中没有年度列（如“2016年”），无法确定规划期` };
  const firstYear = Math.min(...allYears);
  const lastYear = Math.max(...allYears);
  if (lastYear - firstYear >= MAX_PERIOD_YEARS) return { ok: false, message: `“${fileName}”中的年度从${firstYear}年到${lastYear}年，超过${MAX_PERIOD_YEARS}年，不是一个规划期` };
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);

  let categories: { name: string; aliases: string[]; byYear: Record<string, Wan>; place: string }[];
  let recipients: Recipient[] = [];
  if (categoryLines.length > 0 || recipientLines.length > 0) {
    const lines = categoryLines.length > 0 ? categoryLines : recipientLines;
    categories = [];
    for (const l of lines) {
      const twin = categories.find((c) => normaliseCategoryName(c.name) === normaliseCategoryName(l.label));
      if (twin) report.add('problem', l.place, `类别“${l.label}”与${twin.place}重复，请在类别表中合并或改名`);
      categories.push({ name: l.label, aliases: [...l.aliases], byYear: { ...l.byYear }, place: l.place });
    }
    if (categoryLines.length === 0) {
      report.add('decision', recipientTables[0]!.sheet.grid.name, `文件中没有年度领域安排表：每个受援方也作为一个类别导入（共${recipientLines.length}个），使合计和占比可用`);
    }
  } else {
    categories = categoriesFromProjects(projectLines, years, report);
  }
  if (categoryLines.length > 0 || recipientLines.length > 0) mapProjectCategories(categories, projectLines, report);

  if (recipientLines.length > 0) {
    recipients = recipientLines.map((l, i) => ({ id: asRecipientId(`r${i + 1}`), name: l.label, carrierUnit: l.carrier, money: { ...l.byYear } }));
    report.add('decision', recipientTables[0]!.sheet.grid.name, `按受援方的资金表：${recipients.length}个受援方，各自的年度资金和帮扶载体单位记入受援方信息`);
  }
  const info = planInfo(workbook, tables, fileName, report);
  if (recipients.length === 0) recipients = info.recipients.map((name, i) => ({ id: asRecipientId(`r${i + 1}`), name, carrierUnit: '' }));

  const recipientOf = (p: ProjectLine): Pick<Project, 'recipientId'> => {
    if (p.recipient === undefined) return {};
    if (p.recipient === '') return { recipientId: null };
    const found = recipients.find((r) => normaliseCategoryName(r.name) === normaliseCategoryName(p.recipient!));
    if (!found) report.add('problem', p.place, `受援方“${p.recipient}”不是本规划的受援方，项目未指定受援方`);
    return { recipientId: found?.id ?? null };
  };

  const plan: Plan = {
    title: info.title,
    donor: info.donor,
    recipients,
    firstYear: asYear(firstYear),
    lastYear: asYear(lastYear),
    unit: '万元',
    fundingRule: envelope?.fundingRule ?? null,
    yearlyMoney: Object.fromEntries(Object.entries(envelope?.yearlyMoney ?? {}).filter(([y]) => Number(y) >= firstYear && Number(y) <= lastYear)),
    categories: categories.map(
      (c, i): Category => ({ id: asCategoryId(`c${i + 1}`), name: c.name, aliases: c.aliases, byYear: c.byYear }),
    ),
    projects: projectLines.map(
      (p, i): Project => ({
        id: asProjectId(`p${i + 1}`),
        category: p.category,
        name: p.name,
        content: p.content,
        startYear: p.startYear === null ? null : (asYear(p.startYear) as Year),
        endYear: p.endYear === null ? null : (asYear(p.endYear) as Year),
        totalInvestment: p.totalInvestment,
        aid: p.aid,
        byYear: p.byYear,
        fundingSource: p.fundingSource,
        units: p.units,
        deadline: p.deadline,
        remarks: p.remarks,
        ...recipientOf(p),
      }),
    ),
  };
  return { ok: true, plan, report: { fileName, entries: report.entries, aliasSuggestions: report.aliasSuggestions } };
}

/** No category table: the projects' categories become the plan's, with the roll-up as the category table. */
function categoriesFromProjects(lines: readonly ProjectLine[], years: readonly number[], report: ReportBuilder) {
  const out: { name: string; aliases: string[]; byYear: Record<string, Wan>; place: string }[] = [];
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
      if (i >= 0 && i < years.length) row[i] = row[i]!.plus(new Decimal(amount));
    }
  }
  for (const c of out) {
    const row = sums.get(c.name)!;
    years.forEach((y, i) => (c.byYear[String(y)] = toWan(row[i]!)));
  }
  if (lines.length > 0) report.add('decision', lines[0]!.categoryPlace.split('!')[0]!, `文件中没有年度领域安排表：类别取自项目的类别（共${out.length}个），各类别金额为项目汇总`);
  return out;
}

/** Project categories that are not plan categories become aliases of the one their 小计 row names, else of the closest one; each is a suggestion to confirm. */
function mapProjectCategories(categories: { name: string; aliases: string[]; byYear: Record<string, Wan> }[], lines: readonly ProjectLine[], report: ReportBuilder): void {
  const asCategories = (): Category[] => categories.map((c, i) => ({ id: asCategoryId(`c${i + 1}`), name: c.name, aliases: c.aliases, byYear: c.byYear }));
  const decided = new Set<string>();
  for (const p of lines) {
    const text = p.category.trim();
    const key = normaliseCategoryName(text);
    if (key === '' || decided.has(key)) continue;
    decided.add(key);
    const index = buildCategoryIndex(asCategories());
    if (index.lookup(text) !== null) continue;
    const byGroup = p.group !== null ? index.lookup(p.group) : null;
    const target = byGroup !== null ? categories[Number(byGroup.slice(1)) - 1]! : closestCategory(text, asCategories());
    if (!target) {
      report.add('problem', p.categoryPlace, `项目类别“${text}”不是类别表中的类别，也找不到相近的类别，请在类别表中添加或指定对应类别`);
      continue;
    }
    const category = categories.find((c) => c.name === target.name)!;
    category.aliases.push(text);
    const reason = byGroup !== null ? 'subtotal' : 'closest';
    report.aliasSuggestions.push({ text, categoryName: category.name, place: p.categoryPlace, reason });
    report.add(
      'suggestion',
      p.categoryPlace,
      `项目类别“${text}”不是类别表中的类别，已作为“${category.name}”的别名（${reason === 'subtotal' ? '项目位于该类别的小计下' : '名称最接近'}），请确认`,
    );
  }
}

function planInfo(workbook: WorkbookGrid, tables: readonly FoundTable[], fileName: string, report: ReportBuilder) {
  const titles = tables.map((t) => t.title).filter((t): t is string => t !== null);
  const title = workbook.title.trim() || titles.find((t) => t.includes('对口')) || titles[0] || fileName.replace(/\.xlsx$/i, '');
  for (const grid of workbook.sheets) {
    const line = readInfoLine(new SheetReader(grid));
    if (line) {
      report.add('found', line.place, `帮扶方“${line.donor}”，受援方“${line.recipients.join('、')}”`);
      return { title, donor: line.donor, recipients: line.recipients };
    }
  }
  const fromTitle = [title, ...titles].map(partiesFromTitle).find((p) => p.donor !== '' || p.recipient !== '') ?? { donor: '', recipient: '' };
  // Point at the sheet whose title said it.
  const source = tables.find((t) => t.title !== null && (t.title === title || partiesFromTitle(t.title).donor === fromTitle.donor)) ?? tables[0];
  const where = source ? `${source.sheet.grid.name}!${cellAddress(1, 1)}` : fileName;
  if (fromTitle.donor !== '' || fromTitle.recipient !== '') {
    report.add('decision', where, `由标题得出帮扶方“${fromTitle.donor}”${fromTitle.recipient ? `、受援方“${fromTitle.recipient}”` : ''}，请在规划信息中核对`);
  }
  return { title, donor: fromTitle.donor, recipients: fromTitle.recipient ? [fromTitle.recipient] : [] };
}
