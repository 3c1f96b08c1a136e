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
  // A stored amount's text needs no Decimal (the report prints 10,000 projects' amounts); most are already canonical.
  if (typeof value === 'string' && isCanonicalWan(value)) return value as Wan;
  const cents = typeof value === 'string' ? centsOf(value) : null;
  if (cents !== null) return centsText(cents) as Wan;
  // number is accepted only for literals in samples and tests (integers and exact cents)
  const fixed = twoDecimals(value instanceof Decimal ? value : new Decimal(value));
  return (fixed === '-0.00' ? '0.00' : fixed) as Wan;
}

/**
 * Whether text is already toWan's output: `-?(0|[1-9]\d*)\.\d\d`, not "-0.00", at most 15 digits (as centsOf
 * reads). A scan, not a regular expression: it runs for every stored amount the report prints.
 */
function isCanonicalWan(text: string): boolean {
  const length = text.length;
  const start = text.charCodeAt(0) === 45 ? 1 : 0; // '-'
  const point = length - 3;
  // At least one digit before the point; no leading zero unless it is the only digit; at most 15 digits in all.
  if (point <= start || point - start > 13 || text.charCodeAt(point) !== 46) return false;
  if (text.charCodeAt(start) === 48 && point - start > 1) return false;
  let zero = true;
  for (let i = start; i < length; i++) {
    if (i === point) continue;
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
    if (code !== 48) zero = false;
  }
  return !(zero && start === 1);
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
