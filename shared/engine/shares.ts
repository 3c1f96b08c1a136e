import { Decimal } from '../money/decimal.ts';

/**
 * Shares of the grand total in percent, two decimals, that add up to exactly
 * "100.00": each share is floored to 0.01% and the missing hundredths go to the
 * largest remainders (earlier rows first on ties), as the documents do.
 * Returns nulls when the total is zero or negative (no share exists).
 */
export function sharesOfTotal(totals: readonly Decimal[]): (string | null)[] {
  const grand = totals.reduce((a, b) => a.plus(b), new Decimal(0));
  if (grand.lte(0) || totals.some((t) => t.isNegative())) return totals.map(() => null);
  // work in hundredths of a percent (basis points): 100.00% = 10000
  const exact = totals.map((t) => t.times(10000).div(grand));
  const floors = exact.map((e) => e.floor());
  let missing = 10000 - floors.reduce((a, b) => a + b.toNumber(), 0); // integers ≤ 10000: exact
  const order = exact.map((e, i) => ({ i, rest: e.minus(floors[i]!) })).sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  const units = floors.map((f) => f.toNumber());
  for (const { i } of order) {
    if (missing <= 0) break;
    units[i]! += 1;
    missing -= 1;
  }
  return units.map((u) => (u / 100).toFixed(2)); // u is an integer of basis points: exact
}
