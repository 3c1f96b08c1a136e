import DecimalBase from 'decimal.js';

/**
 * The one Decimal constructor for money: 40 significant digits, rounding
 * half-up (四舍五入) as finance offices round. Never use JS numbers for money.
 */
export const Decimal = DecimalBase.clone({
  precision: 40,
  rounding: DecimalBase.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = DecimalBase;

export const ZERO: Decimal = new Decimal(0);

/** Sum of decimals; 0 for none. */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
