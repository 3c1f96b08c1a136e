import { ExactSum, sumAmounts } from '../money/exactSum.ts';
import { headerKey, isNoteLabel, isSubtotalLabel, isTotalLabel, keepLines, splitUnits, unwrapLines, yearOfCell } from './cellText.ts';
import { unitAt, type FoundTable, type ProjectColumn } from './findTables.ts';
import type { ReportBuilder } from './importReport.ts';
import { checkTotalCell, readAmount, type ReadAmount } from './readAmounts.ts';
import { parseRowId } from './rowIdentity.ts';

/** One project row as read, before it gets an id. */
export interface ProjectLine {
  readonly category: string;
  readonly name: string;
  readonly content: string;
  readonly startYear: number | null;
  readonly endYear: number | null;
  readonly totalInvestment: ReadAmount | null;
  readonly aid: ReadAmount | null;
  readonly byYear: Readonly<Record<string, ReadAmount>>;
  /** The same amounts in the order of the table's year columns (null where blank), for the totals check: an array is read faster than an object keyed by years. */
  readonly yearAmounts: readonly (ReadAmount | null)[];
  readonly fundingSource: string;
  readonly units: readonly string[];
  readonly deadline: string;
  readonly remarks: string;
  /** "规划项目表!E5" (the name cell). */
  readonly place: string;
  /** Where the category is ("规划项目表!B6"), or the name cell when the table has no category column. */
  readonly categoryPlace: string;
  /** The category of the 小计 row the project sits under, if any ("民生改善"). */
  readonly group: string | null;
  /** 受援方 as written, when the table has that column; undefined when it has none. */
  readonly recipient?: string;
  /** The project's id from the hidden 行标识 column, when the row carries one. */
  readonly rowId?: string;
}

type RowKind = 'blank' | 'note' | 'total' | 'subtotal' | 'project';

/**
 * Reads a project table: project rows, with 合计 and 小计 rows checked
 * against the projects they sum, and 注 rows left out. A category cell merged
 * down over its projects applies to each of them.
 */
export function readProjectTable(t: FoundTable, report: ReportBuilder): ProjectLine[] {
  const { sheet } = t;
  // Each role's column, looked up once rather than for every cell of 10,000 rows.
  const at = new Map<ProjectColumn, number>();
  for (const [role, c] of t.columns) at.set(role as ProjectColumn, c);
  const col = (c: ProjectColumn) => at.get(c);
  const text = (r: number, c: ProjectColumn) => {
    const column = at.get(c);
    return column === undefined ? '' : sheet.text(r, column);
  };
  const labelCells = (['seq', 'category', 'name', 'startYear'] as const).map(col).filter((c): c is number => c !== undefined);

  const kinds = new Map<number, RowKind>();
  for (let r = t.dataTop; r <= t.dataBottom; r++) {
    if (sheet.isBlankRow(r)) {
      kinds.set(r, 'blank');
      continue;
    }
    // Only text can say 合计, 小计 or 注 (a 序号 or a year cannot).
    const labelSays = (test: (text: string) => boolean) =>
      labelCells.some((c) => {
        const v = sheet.value(r, c);
        return typeof v === 'string' && test(v);
      });
    if (isNoteLabel(sheet.firstText(r))) kinds.set(r, 'note');
    else if (labelSays(isTotalLabel)) kinds.set(r, 'total');
    else if (labelSays(isSubtotalLabel)) kinds.set(r, 'subtotal');
    else kinds.set(r, 'project');
  }

  const noCategoryColumn = col('category') === undefined;
  const noYearColumns = col('startYear') === undefined && col('endYear') === undefined;
  const lines = new Map<number, ProjectLine>();
  const groups = subtotalGroups(t, kinds);
  const yearKeys = t.years.map(({ year, col: c }) => ({ year, col: c, unit: unitAt(t, c) }));
  const nameCol = col('name') ?? 1;
  const categoryCol = col('category') ?? nameCol;
  for (let r = t.dataTop; r <= t.dataBottom; r++) {
    const kind = kinds.get(r);
    if (kind === 'note') report.add('decision', sheet.place(r, 1), '注释行，不作为项目读取');
    if (kind !== 'project') continue;
    const byYear: Record<string, ReadAmount> = {};
    const yearAmounts: (ReadAmount | null)[] = [];
    // Indexed loops in this per-row code: a for-of allocates an iterator step for each of 50,000 amounts until optimised.
    for (let i = 0; i < yearKeys.length; i++) {
      const { year, col: c, unit } = yearKeys[i]!;
      const v = readAmount(sheet, r, c, report, unit);
      // Keyed by the year as a number: the same property as "2016", stored as an array index without parsing text.
      if (v !== null) byYear[year] = v;
      yearAmounts.push(v);
    }
    const name = unwrapLines(text(r, 'name'));
    const amountIn = (c: number | undefined) => (c === undefined ? null : readAmount(sheet, r, c, report, unitAt(t, c)));
    const aid = amountIn(col('aid'));
    const others = t.otherFunds.length === 0 ? [] : t.otherFunds.map((f) => amountIn(f.col)).filter((v): v is ReadAmount => v !== null);
    // 总投资 is the sum of the money by source when the table does not state it.
    // (The aid is the year's money when a one-year table's 援助资金 column is its year column.)
    const aidPart = () => aid ?? (Object.keys(byYear).length > 0 ? sumAmounts(Object.values(byYear)).toFixed() : null);
    const totalInvestment =
      col('totalInvestment') !== undefined
        ? amountIn(col('totalInvestment'))
        : others.length > 0
          ? (sumAmounts([aidPart(), ...others]).toFixed() as ReadAmount)
          : null;
    if (name === '' && Object.keys(byYear).length === 0 && totalInvestment === null && aid === null) {
      report.add('decision', sheet.place(r, nameCol), '没有项目名称也没有金额的行，未导入');
      continue;
    }
    const years = { startYear: readYear(t, r, 'startYear', report), endYear: readYear(t, r, 'endYear', report) };
    if (noYearColumns) {
      const funded = Object.keys(byYear)
        .map(Number)
        .filter((y) => !sumAmounts([byYear[String(y)]]).isZero())
        .sort((a, b) => a - b);
      const only = t.years.length === 1 ? t.years[0]!.year : null;
      years.startYear = funded[0] ?? only;
      years.endYear = funded[funded.length - 1] ?? only;
    }
    const group = groups.get(r) ?? null;
    const place = sheet.place(r, nameCol);
    // Written out, not spread: an object literal with spreads is built property by property at run time, 10,000 times.
    const line: { -readonly [K in keyof ProjectLine]: ProjectLine[K] } = {
      // With no category column, the 小计 row heading or closing the project's group names its category.
      category: noCategoryColumn ? (group?.label ?? name) : unwrapLines(text(r, 'category')),
      name,
      content: keepLines(text(r, 'content')),
      startYear: years.startYear,
      endYear: years.endYear,
      totalInvestment,
      aid,
      byYear,
      yearAmounts,
      fundingSource: unwrapLines(text(r, 'fundingSource')),
      units: splitUnits(text(r, 'units')),
      deadline: unwrapLines(text(r, 'deadline')),
      remarks: keepLines(text(r, 'remarks')),
      place,
      categoryPlace: categoryCol === nameCol ? place : sheet.place(r, categoryCol),
      group: group?.label ?? null,
    };
    if (col('recipient') !== undefined) line.recipient = unwrapLines(text(r, 'recipient'));
    const rowId = parseRowId('project', text(r, 'rowId'));
    if (rowId !== null) line.rowId = rowId;
    lines.set(r, line);
  }

  const all = [...lines.values()];
  if (noCategoryColumn && all.length > 0) {
    const grouped = all.filter((l) => l.group !== null).length;
    report.add(
      'decision',
      sheet.grid.name,
      grouped === all.length
        ? '项目表没有“项目类别”列：以各项目所在小计行的名称作为类别'
        : grouped > 0
          ? `项目表没有“项目类别”列：${grouped}个项目以所在小计行的名称作为类别，其余${all.length - grouped}个以项目名称作为类别`
          : '项目表没有“项目类别”列：以各项目名称作为类别，类别表由项目汇总得出（可在类别表中合并类别）',
    );
  }
  for (const f of t.otherFunds) {
    const how = col('totalInvestment') === undefined ? '，与援建资金相加作为估算总投资' : '';
    report.add('decision', sheet.place(t.headerBottom, f.col), `“${f.label}”不是帮扶方的援建资金，不计入援建资金和年度安排${how}`);
  }
  if (t.yearFromTitle && all.length > 0) {
    report.add(
      'decision',
      sheet.place(t.headerTop, t.yearFromTitle.col),
      `表中没有年度列：标题写明${t.yearFromTitle.year}年，此列金额作为${t.yearFromTitle.year}年的资金`,
    );
  }
  if (noYearColumns && all.length > 0) {
    report.add('decision', sheet.grid.name, `项目表没有开工、竣工年限列：按有资金的年度确定${t.years.length === 1 ? `（均为${t.years[0]!.year}年）` : ''}`);
  }
  checkTotals(t, kinds, groups.members, lines, report);
  return all;
}

function readYear(t: FoundTable, row: number, column: 'startYear' | 'endYear', report: ReportBuilder): number | null {
  const c = t.columns.get(column);
  if (c === undefined) return null;
  const parsed = yearOfCell(t.sheet.value(row, c));
  if (parsed.ok) return parsed.year;
  // No money is lost with a year: a warning (the missing year is a problem of the plan of its own).
  report.finding('IMPORT_VALUE_REFUSED', t.sheet.place(row, c), t.sheet.text(row, c).trim(), `${parsed.reason}，已按空白处理`, 'warning');
  return null;
}

/**
 * Which projects each 小计 row sums: the projects right under it when the
 * table's 小计 rows head their groups (as this program writes them), else the
 * projects since the previous 小计/合计 or the header (subtotals under groups).
 */
function subtotalGroups(t: FoundTable, kinds: ReadonlyMap<number, RowKind>) {
  const rows = [...kinds].filter(([, k]) => k !== 'blank' && k !== 'note');
  const members = new Map<number, number[]>();
  const byProject = new Map<number, { label: string }>();
  // One table keeps one habit: if its first 小计 heads a group, they all do.
  const first = rows.findIndex(([, k]) => k === 'subtotal');
  const headsGroup = first >= 0 && rows[first + 1]?.[1] === 'project' && rows[first - 1]?.[1] !== 'project';
  rows.forEach(([r, kind], i) => {
    if (kind !== 'subtotal') return;
    const list: number[] = [];
    if (headsGroup) for (let j = i + 1; j < rows.length && rows[j]![1] === 'project'; j++) list.push(rows[j]![0]);
    else for (let j = i - 1; j >= 0 && rows[j]![1] === 'project'; j--) list.unshift(rows[j]![0]);
    members.set(r, list);
    const label = subtotalLabel(t, r);
    if (label !== '') for (const p of list) byProject.set(p, { label });
  });
  return { members, get: (row: number) => byProject.get(row) };
}

/** The category a 小计 row names: its category cell, else its name cell without "小计". */
function subtotalLabel(t: FoundTable, row: number): string {
  const fromCategory = t.columns.get('category');
  const category = fromCategory === undefined ? '' : unwrapLines(t.sheet.text(row, fromCategory));
  if (category !== '' && !isSubtotalLabel(category)) return category;
  const nameCol = t.columns.get('name');
  const name = nameCol === undefined ? '' : headerKey(t.sheet.text(row, nameCol));
  // "一、产业发展小计", "（一）产业发展小计", "(二)民生改善小计" → 产业发展, 民生改善.
  return name.replace(/小计/g, '').replace(/^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)][、.．]?)/, '');
}

/**
 * Checks every 合计 and 小计 row against the projects it sums. Each amount is
 * parsed once, and only in columns where some total row states a figure; a
 * 小计 sums its own projects, and 合计 sums the 小计 sums plus the projects
 * under no 小计 (the groups never overlap), so no amount is added twice.
 */
function checkTotals(
  t: FoundTable,
  kinds: ReadonlyMap<number, RowKind>,
  members: ReadonlyMap<number, readonly number[]>,
  lines: ReadonlyMap<number, ProjectLine>,
  report: ReportBuilder,
): void {
  const totalRows = [...kinds].filter(([, k]) => k === 'total' || k === 'subtotal').map(([r]) => r);
  if (totalRows.length === 0) return;
  const sheet = t.sheet;
  // The checked columns: each year, 估算总投资, 援建资金; with how a project gives its amount there.
  const columns: { col: number; label: string; amount: (l: ProjectLine) => ReadAmount | null | undefined }[] = [
    ...t.years.map(({ year, col }, i) => ({ col, label: `${year}年`, amount: (l: ProjectLine) => l.yearAmounts[i] })),
    ...(['totalInvestment', 'aid'] as const).flatMap((key) => {
      const col = t.columns.get(key);
      return col === undefined ? [] : [{ col, label: key === 'aid' ? '援建资金' : '估算总投资', amount: (l: ProjectLine) => l[key] }];
    }),
  ].filter(({ col }) => totalRows.some((r) => sheet.value(r, col) !== null));

  const subtotalRows = totalRows.filter((r) => kinds.get(r) === 'subtotal');
  const grouped = new Set(subtotalRows.flatMap((r) => members.get(r) ?? []));
  // The projects each 小计 sums and those under none, as lines, found once for every column.
  const linesOf = (rows: readonly number[]) => rows.flatMap((r) => lines.get(r) ?? []);
  const groupLines = new Map(subtotalRows.map((r) => [r, linesOf(members.get(r) ?? [])]));
  const ungrouped = [...lines].filter(([r]) => !grouped.has(r)).map(([, line]) => line);
  const sumOf = (group: readonly ProjectLine[], amount: (l: ProjectLine) => ReadAmount | null | undefined) => {
    const sum = new ExactSum();
    for (const line of group) sum.add(amount(line));
    return sum.total();
  };
  // Column by column, each amount parsed once; then each row checked in the order of the table.
  const sums = columns.map(({ amount }) => {
    const subtotals = new Map(subtotalRows.map((r) => [r, sumOf(groupLines.get(r)!, amount)]));
    return { subtotals, total: [...subtotals.values()].reduce((a, b) => a.plus(b), sumOf(ungrouped, amount)) };
  });
  for (const r of totalRows) {
    const what = kinds.get(r) === 'total' ? '合计' : '小计';
    let agrees = true;
    columns.forEach(({ col, label }, i) => {
      if (sheet.value(r, col) === null) return; // only a cell that states a figure is compared
      const computed = what === '合计' ? sums[i]!.total : sums[i]!.subtotals.get(r)!;
      agrees = checkTotalCell(sheet, r, col, computed, `${what}行${label}`, report, unitAt(t, col)) && agrees;
    });
    if (!agrees) continue;
    const count = what === '合计' ? lines.size : (members.get(r) ?? []).filter((m) => lines.has(m)).length;
    report.add('found', sheet.place(r, 1), `${what}行与${count}个项目之和一致（已核对）`);
  }
}
