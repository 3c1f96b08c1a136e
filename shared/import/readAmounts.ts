import { Decimal, ZERO } from '../money/decimal.ts';
import { formatPlain, type Wan } from '../money/wan.ts';
import { amountOfCell } from './cellText.ts';
import type { SheetReader } from './grid.ts';
import type { ReportBuilder } from './importReport.ts';

/** Reads an amount cell; a refused value is reported with its cell and read as blank, so nothing is guessed. */
export function readAmount(sheet: SheetReader, row: number, col: number, report: ReportBuilder): Wan | null {
  const parsed = amountOfCell(sheet.value(row, col));
  if (parsed.ok) return parsed.value;
  report.add('problem', sheet.place(row, col), `${parsed.reason}，已按空白处理`);
  return null;
}

/** Sum of amounts, blanks as 0. */
export const sumWan = (values: Iterable<Wan | string | null | undefined>): Decimal => {
  let total = ZERO;
  for (const v of values) if (v) total = total.plus(new Decimal(v));
  return total;
};

/**
 * Checks a 合计/小计 cell read from the file against the sum of the rows it
 * totals; reports a disagreement with the cell and both figures. Returns true when they agree.
 */
export function checkTotalCell(
  sheet: SheetReader,
  row: number,
  col: number,
  computed: Decimal,
  what: string,
  report: ReportBuilder,
): boolean {
  const stated = readAmount(sheet, row, col, report);
  if (stated === null) return true;
  const difference = new Decimal(stated).minus(computed);
  if (difference.isZero()) return true;
  report.add(
    'problem',
    sheet.place(row, col),
    `${what}为${formatPlain(new Decimal(stated))}万元，但所列各项之和为${formatPlain(computed)}万元，相差${formatPlain(difference)}万元（以各项金额为准）`,
  );
  return false;
}
