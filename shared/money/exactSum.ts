import { centsOf, centsText, type Cents } from './cents.ts';
import { Decimal, ZERO } from './decimal.ts';

/**
 * An exact running sum of amounts written as decimal text, blanks counting 0.
 * Amounts with at most two decimals are added as whole cents (centsOf: exact,
 * and about ten times faster than a Decimal per amount); any other text, and an
 * amount that would carry the cents past 2^53, goes through Decimal, which
 * accepts what it accepts (more decimals, an exponent). Exact either way.
 */
export class ExactSum {
  private cents: Cents = 0;
  private other: Decimal | null = null;

  add(value: string | null | undefined): void {
    if (!value) return;
    const cents = centsOf(value);
    if (cents !== null) {
      // Two safe integers add exactly whenever their sum is safe; a sum past 2^53 comes out at or past 2^53
      // (rounding is monotonic), which isSafeInteger refuses, and the amount goes to the Decimal part instead.
      const next = this.cents + cents;
      if (Number.isSafeInteger(next)) {
        this.cents = next;
        return;
      }
    }
    this.other = (this.other ?? ZERO).plus(new Decimal(value));
  }

  /** The sum in whole cents while every amount added was read as cents; null once one was not. */
  exactCents(): Cents | null {
    return this.other === null ? this.cents : null;
  }

  total(): Decimal {
    const cents = this.cents === 0 ? ZERO : new Decimal(centsText(this.cents));
    return this.other === null ? cents : cents.plus(this.other);
  }
}

/** The exact sum of amounts written as decimal text (ExactSum), blanks counting 0. */
export function sumAmounts(values: Iterable<string | null | undefined>): Decimal {
  const sum = new ExactSum();
  for (const v of values) sum.add(v);
  return sum.total();
}
