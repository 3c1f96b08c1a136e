import { Decimal, ZERO } from './decimal.ts';
import { centsOf, centsText } from './cents.ts';

/**
 * An amount in 万元 (10,000 yuan), kept as a canonical decimal string with
 * exactly two decimals ("2827.00", "233.54"), as it is stored in files.
 */
export type Wan = string & { readonly __unit: '万元' };

/** Digits, optional minus, at most two decimals: the stored form of an amount. */
export const WAN_PATTERN = /^-?\d+(\.\d{1,2})?$/;

/** Money value of a stored amount; a missing amount counts as 0. */
export function wanToDecimal(value: Wan | null | undefined): Decimal {
  return value === null || value === undefined || value === '' ? ZERO : new Decimal(value);
}

/** Canonical stored form, rounded half-up to 两位小数. */
export function toWan(value: Decimal | string | number): Wan {
  // A stored amount's text needs no Decimal (the report prints 10,000 projects' amounts).
  const cents = typeof value === 'string' ? centsOf(value) : null;
  if (cents !== null) return centsText(cents) as Wan;
  // number is accepted only for literals in samples and tests (integers and exact cents)
  const fixed = twoDecimals(value instanceof Decimal ? value : new Decimal(value));
  return (fixed === '-0.00' ? '0.00' : fixed) as Wan;
}

/**
 * d.toFixed(2) (minus zero may come as "0.00" or "-0.00": toWan writes "0.00"). A value with at most two decimals
 * needs no rounding: its plain text read as cents (cents.ts, the same reading as a stored amount's) costs a third of
 * toFixed, which copies and rounds the Decimal first (engine results are such values).
 */
function twoDecimals(d: Decimal): string {
  // Years without money are the one ZERO: the commonest value.
  if (d.isZero()) return '0.00';
  // decimalPlaces() is NaN for ±Infinity and NaN, and toString() writes an exponent only beyond 10^40: centsOf
  // refuses both (as it refuses more than 15 digits), and those go to toFixed.
  const cents = d.decimalPlaces() <= 2 ? centsOf(d.toString()) : null;
  return cents === null ? d.toFixed(2) : centsText(cents);
}

/** formatPlain(wanToDecimal(value)) of a stored amount, through toWan's fast path: a missing amount is "0.00". */
export function formatStoredPlain(value: Wan | null | undefined): string {
  return value === null || value === undefined || value === '' ? '0.00' : toWan(value);
}

/** "15000.00": two decimals, no grouping (files, JSON, CLI). */
export function formatPlain(value: Decimal): string {
  return toWan(value);
}

/** "15,000.00": 千分位 and two decimals, as amounts are shown to users. */
export function formatGrouped(value: Decimal): string {
  const fixed = toWan(value);
  const negative = fixed.startsWith('-');
  const [intPart = '0', frac = '00'] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${frac}`;
}
