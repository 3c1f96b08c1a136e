import { sumAmounts } from '../money/exactSum.ts';
import { headerKey, isNoteLabel, isSubtotalLabel, isTotalLabel, unwrapLines } from './cellText.ts';
import { unitAt, type FoundTable } from './findTables.ts';
import type { ReportBuilder } from './importReport.ts';
import { checkTotalCell, exactText, readAmount, type ReadAmount } from './readAmounts.ts';
import { parseRowId } from './rowIdentity.ts';

/** One row of a category table (类别 down, years across) or of a money-by-recipient table. */
export interface RowTableLine {
  /** 类别 or 受援方 name, on one line. */
  readonly label: string;
  /** 帮扶载体单位 (recipient tables), else "". */
  readonly carrier: string;
  /** Other names of the category, from a note "别名：民生社保项目、民生保障工程" on its name cell (as this program writes it). */
  readonly aliases: readonly string[];
  readonly byYear: Readonly<Record<string, ReadAmount>>;
  /** Where the label is: "年度投资和领域安排计划表!A4". */
  readonly place: string;
  /** The category's id from the hidden 行标识 column, when the row carries one. */
  readonly rowId?: string;
}

/**
 * Reads the rows of a category or recipient table. The 合计 column and the
 * 合计 row are checked against the amounts, never taken as amounts; 占比 is
 * recomputed by the program, so it is not read.
 */
export function readRowTable(t: FoundTable, report: ReportBuilder): RowTableLine[] {
  const { sheet } = t;
  const labelCol = t.columns.get('label') ?? 1;
  const totalCol = t.columns.get('total');
  const carrierCol = t.columns.get('carrier');
  const lines: RowTableLine[] = [];
  const totalRows: number[] = [];
  for (let r = t.dataTop; r <= t.dataBottom; r++) {
    if (sheet.isBlankRow(r)) continue;
    const label = unwrapLines(sheet.text(r, labelCol));
    // 合计 may stand in a 序号 column in front of the label column.
    const first = t.sheet.firstText(r);
    if (isNoteLabel(first)) {
      report.add('decision', sheet.place(r, 1), '注释行，不作为数据读取');
      continue;
    }
    if (isTotalLabel(label) || (label === '' && isTotalLabel(first))) {
      totalRows.push(r);
      continue;
    }
    if (isSubtotalLabel(label) || (label === '' && isSubtotalLabel(first))) {
      report.add('decision', sheet.place(r, labelCol), '小计行不作为类别读取');
      continue;
    }
    const byYear: Record<string, ReadAmount> = {};
    for (const { year, col } of t.years) {
      const v = readAmount(sheet, r, col, report, unitAt(t, col));
      if (v !== null) byYear[String(year)] = v;
    }
    if (label === '') {
      if (Object.keys(byYear).length > 0) {
        const amounts = Object.entries(byYear)
          .map(([y, v]) => `${y}年${exactText(sumAmounts([v]))}万元`)
          .join('，');
        report.finding('IMPORT_ROW_SKIPPED', sheet.place(r, labelCol), '', `有金额（${amounts}）但没有名称，这一行未导入`);
      }
      continue;
    }
    if (totalCol !== undefined) checkTotalCell(sheet, r, totalCol, sumAmounts(Object.values(byYear)), `“${label}”的合计`, report, unitAt(t, totalCol));
    const carrier = carrierCol === undefined ? '' : unwrapLines(sheet.text(r, carrierCol));
    const aliases = aliasesOfNote(sheet.note(r, labelCol));
    if (aliases.length > 0) report.add('found', sheet.place(r, labelCol), `批注中的别名：${aliases.join('、')}`);
    const rowId = t.columns.has('rowId') ? parseRowId('category', sheet.text(r, t.columns.get('rowId')!)) : null;
    lines.push({ label, carrier, aliases, byYear, place: sheet.place(r, labelCol), ...(rowId === null ? {} : { rowId }) });
  }
  for (const r of totalRows) {
    let agrees = true;
    for (const { year, col } of t.years) {
      agrees = checkTotalCell(sheet, r, col, sumAmounts(lines.map((l) => l.byYear[String(year)])), `${year}年合计`, report, unitAt(t, col)) && agrees;
    }
    if (totalCol !== undefined) {
      const grand = sumAmounts(lines.flatMap((l) => Object.values(l.byYear)));
      agrees = checkTotalCell(sheet, r, totalCol, grand, '总合计', report, unitAt(t, totalCol)) && agrees;
    }
    if (agrees)
      report.add(
        'found',
        sheet.place(r, labelCol),
        `合计行与各行之和一致（已核对，总计${exactText(sumAmounts(lines.flatMap((l) => Object.values(l.byYear))))}万元）`,
      );
  }
  if (t.columns.has('share')) {
    report.add('decision', sheet.place(t.headerTop, t.columns.get('share')!), '占比由程序按合计重新计算，不读取文件中的占比');
  }
  if (totalRows.length === 0 && lines.length > 0)
    report.add('decision', `${sheet.grid.name}`, `${headerKey(t.title ?? '') || '表格'}没有合计行，合计由程序计算`);
  return lines;
}

/** "别名：A、B" (a note this program writes on a category's name cell) → ["A", "B"]. */
export function aliasesOfNote(note: string): string[] {
  const m = /^\s*别名[:：]([\s\S]*)$/.exec(note);
  if (!m) return [];
  return m[1]!
    .split(/[、；;\n]+/)
    .map((a) => a.trim())
    .filter((a) => a !== '');
}
