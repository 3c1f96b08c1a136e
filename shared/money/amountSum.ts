import { ZERO, type Decimal } from './decimal.ts';
import { addCents, centsDecimal, type Cents } from './cents.ts';

/**
 * A running sum of amounts (the engine's roll-ups): integer cents while every amount added is a
 * stored amount and the sum a safe integer, else Decimal from then on. Exact either way; the Decimal is made only
 * when the sum is read, instead of one per amount added (Decimal's plus makes a new Decimal each time).
 */
export class AmountSum {
  /** The sum while it is exact in cents; null once it is kept as a Decimal. */
  private cents: Cents | null = 0;
  private decimal: Decimal = ZERO;

  /** Adds (sign 1) or takes away (−1) an amount: its cents when known (null: none), and its Decimal. */
  add(sign: 1 | -1, cents: Cents | null, amount: Decimal): void {
    if (this.cents !== null && cents !== null) {
      const sum = addCents(this.cents, sign * cents);
      if (sum !== null) {
        this.cents = sum;
        return;
      }
    }
    const base = this.cents === null ? this.decimal : centsDecimal(this.cents);
    this.decimal = sign > 0 ? base.plus(amount) : base.minus(amount);
    this.cents = null;
  }

  /** The sum as a Decimal. */
  value(): Decimal {
    return this.cents === null ? this.decimal : centsDecimal(this.cents);
  }
}
