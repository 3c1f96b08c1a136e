import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../shared/money/decimal.ts';
import { centsOf, centsText } from '../../shared/money/cents.ts';
import { formatGrouped, formatPlain, formatStoredPlain, toWan, wanToDecimal, WAN_PATTERN, type Wan } from '../../shared/money/wan.ts';

/** toWan as it was before its fast paths, through Decimal only: the reference every fast path must equal. */
function decimalToWan(value: Decimal | string | number): string {
  const fixed = (value instanceof Decimal ? value : new Decimal(value)).toFixed(2);
  return fixed === '-0.00' ? '0.00' : fixed;
}

/** The reference's answer or its error's message, so that refusals are compared too. */
const outcome = (f: () => string): string => {
  try {
    return f();
  } catch (error) {
    return `threw ${error instanceof Error ? error.message : String(error)}`;
  }
};

const EDGE_TEXTS = [
  '0',
  '-0',
  '0.0',
  '-0.0',
  '0.00',
  '-0.00',
  '00',
  '-00.00',
  '007',
  '007.5',
  '1.5',
  '-1.5',
  '0.01',
  '-0.01',
  '0.1',
  '12',
  '-12',
  '2827.00',
  '233.54',
  '999999999999999.99',
  '-999999999999999.99',
  '9999999999999.99',
  '99999999999999.99',
  '90071992547409.91',
  '90071992547409.92',
  '90071992547409.9',
  '900719925474099',
  '9007199254740991',
  '9007199254740992',
  '000000000000001',
  '0000000000000001',
  '1.',
  '.5',
  '-.5',
  '+5',
  '5e2',
  '1E-2',
  '1e40',
  '1.234',
  '-1.235',
  '1.005',
  '0.001',
  '-0.004',
  '',
  '-',
  '.',
  '-.',
  '1..2',
  '1.2.3',
  ' 1',
  '1 ',
  'abc',
  '１',
  '1,000',
  'Infinity',
  'NaN',
  '-Infinity',
  '0x10',
];

/** Texts near the stored form: digits, an optional minus, point and decimals, now and then something else. */
const textArb = fc.oneof(
  fc.constantFrom(...EDGE_TEXTS),
  fc.stringMatching(/^-?\d{1,18}(\.\d{0,4})?$/),
  // toWan's own form, up to and past the 15 digits its fast paths read.
  fc.stringMatching(/^-?(0|[1-9]\d{0,15})\.\d\d$/),
  fc.stringMatching(/^[-+]?\d{0,6}\.?\d{0,4}(e[-+]?\d{1,2})?$/),
  fc.string({ maxLength: 8 }),
);

/** Decimals of every kind: integers, few and many decimals, tiny and huge, zero and minus zero, non-finite. */
const decimalArb = fc.oneof(
  textArb.filter((t) => outcome(() => new Decimal(t).toString()).startsWith('threw') === false).map((t) => new Decimal(t)),
  fc
    .tuple(fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }), fc.integer({ min: -50, max: 50 }))
    .map(([digits, exponent]) => new Decimal(`${digits}e${exponent}`)),
  fc.constantFrom(
    new Decimal('-0'),
    new Decimal(0),
    new Decimal('1e39'),
    new Decimal('1e40'),
    new Decimal('-1e41'),
    new Decimal('1e-41'),
    new Decimal('0.005'),
    new Decimal('-0.005'),
    new Decimal('-0.004'),
    new Decimal(Infinity),
    new Decimal(-Infinity),
    new Decimal(NaN),
  ),
  // Sums as the engine makes them, which may carry minus zero.
  fc.tuple(fc.stringMatching(/^-?\d{1,6}\.\d\d$/), fc.boolean()).map(([t, same]) => new Decimal(t).minus(same ? t : '0')),
);

describe('the exact fast paths of money', () => {
  it('toWan of a text is exactly what Decimal makes of it, refusals included', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(outcome(() => toWan(text))).toBe(outcome(() => decimalToWan(text)));
      }),
      { numRuns: 20_000 },
    );
    for (const text of EDGE_TEXTS) expect(outcome(() => toWan(text))).toBe(outcome(() => decimalToWan(text)));
  });

  it('formatStoredPlain is formatPlain(wanToDecimal(value)), missing amounts included', () => {
    fc.assert(
      fc.property(fc.oneof(textArb, fc.constantFrom(null, undefined)), (value) => {
        const stored = value as Wan | null | undefined;
        expect(outcome(() => formatStoredPlain(stored))).toBe(outcome(() => decimalToWan(wanToDecimal(stored))));
      }),
      { numRuns: 20_000 },
    );
  });

  it('toWan, formatPlain and formatGrouped of a Decimal are what toFixed(2) makes of it', () => {
    fc.assert(
      fc.property(decimalArb, (d) => {
        const reference = decimalToWan(d);
        expect(toWan(d)).toBe(reference);
        expect(formatPlain(d)).toBe(reference);
        // formatGrouped writes "NaN.00" for NaN, as it always did; only its digits are the fast path's.
        if (d.isFinite()) expect(formatGrouped(d).replace(/,/g, '')).toBe(reference);
      }),
      { numRuns: 20_000 },
    );
  });

  it('cents are read from stored amounts only, exactly, and never from a rounded integer', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const cents = centsOf(text);
        if (cents === null) {
          // A stored amount is refused only beyond 15 digits or 2^53 cents (it goes through Decimal).
          if (WAN_PATTERN.test(text)) {
            const exact = BigInt(new Decimal(text).abs().times(100).toFixed());
            expect(text.replace(/[-.]/g, '').length > 15 || exact > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
          }
          return;
        }
        expect(WAN_PATTERN.test(text)).toBe(true);
        expect(Number.isSafeInteger(cents)).toBe(true);
        expect(BigInt(cents)).toBe(BigInt(new Decimal(text).times(100).toFixed()));
        expect(centsText(cents)).toBe(decimalToWan(text));
        expect(Object.is(cents, -0)).toBe(false);
      }),
      { numRuns: 20_000 },
    );
  });
});
