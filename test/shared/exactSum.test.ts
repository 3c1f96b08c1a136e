/** sumAmounts equals a plain Decimal sum for any amounts: two-decimal ones (its whole-cents path) and any other text Decimal reads. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, ZERO } from '../../shared/money/decimal.ts';
import { ExactSum, sumAmounts } from '../../shared/money/exactSum.ts';

const decimalSum = (values: readonly (string | null)[]) => values.reduce((t: Decimal, v) => (v ? t.plus(new Decimal(v)) : t), ZERO);

const cents = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 99 }))
  .map(([negative, whole, frac]) => `${negative ? '-' : ''}${whole}.${String(frac).padStart(2, '0')}`);
/** Amounts of up to 15 digits, which centsOf reads: a few dozen of them carry the cents past 2^53. */
const large = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 10n ** 12n, max: 10n ** 13n - 1n }), fc.integer({ min: 0, max: 99 }))
  .map(([negative, whole, frac]) => `${negative ? '-' : ''}${whole}.${String(frac).padStart(2, '0')}`);
const other = fc.oneof(
  fc.constantFrom('0', '-0', '0.5', '-.05', '.05', '1e3', '-2.5e-3', '380.2456', '12', '-0.00', '007.10', '1.000'),
  fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 99999 })).map(([a, b]) => `${a}.${b}`),
);

describe('sumAmounts', () => {
  it('is the exact sum of any amounts, blanks counting 0', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(cents, cents, large, other, fc.constant(null), fc.constant('')), { maxLength: 30 }), (values) => {
        expect(sumAmounts(values).equals(decimalSum(values))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('past 2^53 cents, goes on through Decimal without losing a cent', () => {
    const sum = new ExactSum();
    for (let i = 0; i < 20; i++) sum.add('9999999999999.99');
    sum.add('0.01');
    expect(sum.total().toFixed(2)).toBe('199999999999999.81');
    expect(sum.exactCents()).toBeNull();
  });

  it('gives whole cents while every amount was read as cents', () => {
    const sum = new ExactSum();
    for (const v of ['1.05', '-0.5', null, '', '2']) sum.add(v);
    expect(sum.exactCents()).toBe(255);
    sum.add('0.001');
    expect(sum.exactCents()).toBeNull();
    expect(sum.total().toFixed()).toBe('2.551');
  });

  it('keeps every digit of large sums', () => {
    expect(sumAmounts(['99999999999999999999.99', '0.01']).toFixed()).toBe('100000000000000000000');
    expect(sumAmounts(['-0.05', '0.05']).isZero()).toBe(true);
    expect(sumAmounts([]).toFixed(2)).toBe('0.00');
  });
});
