import { Decimal } from '../money/decimal.ts';
import { toWan, type Wan } from '../money/wan.ts';
import { toWanExact, type AmountUnit } from './amountUnits.ts';
import { amountOfCell } from './cellText.ts';
import type { SheetReader } from './grid.ts';
import type { ReportBuilder } from './importReport.ts';

/**
 * An amount in 万元 as read, exactly: a 元 table's 5506780.50 is
 * "550.67805". Totals are checked with these; the plan gets them rounded.
 */
export type ReadAmount = string & { readonly __read: '万元' };

const CENTS = /^\d+\.\d{2}$/;

/** "550.68" for two decimals or fewer, else every digit ("550.67805"): a figure as the user should see it. */
export const exactText = (d: Decimal): string => (d.decimalPlaces() <= 2 ? d.toFixed(2) : d.toFixed());

/**
 * Reads an amount cell in 万元, scaled from `unit` exactly. A refused value is
 * reported with its cell and read as blank; an amount finer than 0.01 万元 is
 * kept exactly here, with a warning naming the cell, the original figure and
 * the rounded one the plan keeps.
 */
export function readAmount(sheet: SheetReader, row: number, col: number, report: ReportBuilder, unit: AmountUnit = '万元'): ReadAmount | null {
  const parsed = amountOfCell(sheet.value(row, col));
  if (!parsed.ok) {
    report.finding('IMPORT_VALUE_REFUSED', sheet.place(row, col), sheet.text(row, col).trim(), `${parsed.reason}，已按空白处理`);
    return null;
  }
  if (parsed.value === null) return null;
  // Most amounts: 万元 to the cent already, taken as they are (no Decimal made for each of 10,000 rows).
  if (unit === '万元' && CENTS.test(parsed.value)) return parsed.value as ReadAmount;
  const exact = toWanExact(new Decimal(parsed.value), unit);
  if (exact.decimalPlaces() > 2) {
    const found = sheet.text(row, col).trim();
    const scaled = unit === '万元' ? '' : `（${unit}，即${exactText(exact)}万元）`;
    report.finding('IMPORT_AMOUNT_ROUNDED', sheet.place(row, col), found, `金额${found}${scaled}超过两位小数，已四舍五入为${toWan(exact)}万元`, 'warning');
  }
  return exact.toFixed(Math.max(2, exact.decimalPlaces())) as ReadAmount;
}

/** An amount read exactly, rounded half-up to the plan's two decimals. */
export const roundRead = (amount: ReadAmount): Wan => (CENTS.test(amount) ? (amount as string as Wan) : toWan(amount));
/** roundRead, keeping blank as blank. */
export const roundBlank = (amount: ReadAmount | null): Wan | null => (amount === null ? null : roundRead(amount));

/**
 * Checks a 合计/小计 cell read from the file against the exact sum of the rows
 * it totals; reports a disagreement with the cell and both figures. Returns true when they agree.
 */
export function checkTotalCell(
  sheet: SheetReader,
  row: number,
  col: number,
  computed: Decimal,
  what: string,
  report: ReportBuilder,
  unit: AmountUnit = '万元',
): boolean {
  const stated = readAmount(sheet, row, col, report, unit);
  if (stated === null) return true;
  const difference = new Decimal(stated).minus(computed);
  if (difference.isZero()) return true;
  report.finding(
    'IMPORT_TOTAL_MISMATCH',
    sheet.place(row, col),
    sheet.text(row, col).trim(),
    `${what}为${exactText(new Decimal(stated))}万元，但所列各项之和为${exactText(computed)}万元，相差${exactText(difference)}万元（以各项金额为准）`,
  );
  return false;
}
