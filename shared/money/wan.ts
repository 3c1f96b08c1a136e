import { Decimal, ZERO } from './decimal.ts';

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
  // number is accepted only for literals in samples and tests (integers and exact cents)
  const d = value instanceof Decimal ? value : new Decimal(value);
  const fixed = d.toFixed(2);
  return (fixed === '-0.00' ? '0.00' : fixed) as Wan;
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
