import type { FoundTable } from './findTables.ts';
import type { SheetReader } from './grid.ts';
import type { ReportBuilder } from './importReport.ts';

/**
 * Reports every cell the reader could not read (a formula without a cached
 * result, #DIV/0!, 1e309), which the grid leaves blank: one in a table's
 * amount column is an error of the plan (money may be missing), one in a
 * table's text column a warning, one outside every table an entry of the report.
 */
export function reportUnreadableCells(sheet: SheetReader, tables: readonly FoundTable[], report: ReportBuilder): void {
  const unreadable = sheet.grid.unreadable;
  if (!unreadable || unreadable.size === 0) return;
  const rows = [...unreadable.keys()].sort((a, b) => a - b);
  for (const r of rows) {
    const line = unreadable.get(r)!;
    for (const c of [...line.keys()].sort((a, b) => a - b)) {
      const found = line.get(c)!;
      const place = sheet.place(r, c);
      const table = tables.find((t) => r >= t.headerTop && r <= t.dataBottom);
      const amountColumn = table !== undefined && (table.years.some((y) => y.col === c) || moneyColumns(table).includes(c));
      const textColumn = table !== undefined && !amountColumn && [...table.columns.values()].includes(c);
      if (amountColumn)
        report.finding(
          'IMPORT_UNREADABLE_VALUE',
          place,
          found,
          `无法读取金额“${found}”（没有计算结果的公式、错误值或超出范围的数字），已按空白处理，请在原表中核对`,
        );
      else if (textColumn) report.finding('IMPORT_UNREADABLE_VALUE', place, found, `无法读取“${found}”，已按空白处理，请在原表中核对`, 'warning');
      else report.add('decision', place, `无法读取“${found}”；此单元格不在导入的表格列中，未使用`);
    }
  }
}

/** The columns of a table that hold money besides its years. */
function moneyColumns(t: FoundTable): number[] {
  const roles = ['totalInvestment', 'aid', 'total'] as const;
  return [...roles.flatMap((r) => (t.columns.has(r) ? [t.columns.get(r)!] : [])), ...t.otherFunds.map((f) => f.col)];
}
