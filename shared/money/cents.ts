import { Decimal, ZERO } from './decimal.ts';

/**
 * An amount as a whole number of hundredths of 万元 (分 of the stored two-decimal form): the fast, exact path
 * for stored amounts. Parsing and adding 10,000 projects' texts as Decimals made a Decimal per amount and per
 * partial sum (most of `aidplan inspect`'s main-thread time and garbage); an integer is exact as long as it is a
 * safe integer, and every function here returns null rather than a rounded value, so the caller falls back to
 * Decimal for anything else (more decimals, exponents, amounts near 10^13 万元 and beyond).
 */
export type Cents = number;

/** Digits read into an integer before scaling: below 10^15, far inside 2^53, so reading itself never rounds. */
const MAX_DIGITS = 15;

/**
 * The cents of a stored amount written `-?\d+(\.\d{1,2})?` ("2827.00", "1.5", "007", "-0"), or null for any
 * other text (which Decimal still reads or refuses as before) and for amounts that are no safe integer of cents.
 */
export function centsOf(text: string): Cents | null {
  const length = text.length;
  const negative = text.charCodeAt(0) === 45; // '-'
  let i = negative ? 1 : 0;
  let value = 0;
  let digits = 0;
  let decimals = -1; // -1: no point yet
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46) {
      // '.': one, after at least one digit
      if (decimals >= 0 || digits === 0) return null;
      decimals = 0;
      continue;
    }
    if (code < 48 || code > 57) return null;
    if (decimals >= 0 && ++decimals > 2) return null;
    if (++digits > MAX_DIGITS) return null;
    value = value * 10 + (code - 48);
  }
  if (digits === 0 || decimals === 0) return null; // "", "-", "5."
  // value < 10^15 is exact; a product at or above 2^53 rounds to at least 2^53, which isSafeInteger refuses.
  const cents = value * (decimals === 2 ? 1 : decimals === 1 ? 10 : 100);
  if (!Number.isSafeInteger(cents)) return null;
  return negative && cents !== 0 ? -cents : cents; // "-0" is 0, as Decimal's two-decimal text of it is "0.00"
}

/** a + b, or null when the sum is no safe integer (the float sum is then at least 2^53: never a wrong integer). */
export function addCents(a: Cents, b: Cents): Cents | null {
  const sum = a + b;
  return Number.isSafeInteger(sum) ? sum : null;
}

/** The two-decimal text of cents: "-12.30", "0.05", never "-0.00" (exactly Decimal's toFixed(2) of the value). */
export function centsText(cents: Cents): string {
  const negative = cents < 0;
  // String() of a safe integer is its exact digits (exponents start at 10^21).
  const digits = String(negative ? -cents : cents).padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** The Decimal of cents, for results that are Decimals (0 is the one ZERO: no Decimal made for it). */
export function centsDecimal(cents: Cents): Decimal {
  return cents === 0 ? ZERO : new Decimal(centsText(cents));
}

/**
 * new Decimal(text) for a text whose cents are known: a plain zero ("0.00", a third of a plan's year cells) is the
 * one ZERO rather than a Decimal each. "-0" stays Decimal's minus zero, which isNegative() reports (checks read it).
 */
export function storedDecimal(text: string, cents: Cents | null): Decimal {
  return cents === 0 && text.charCodeAt(0) !== 45 ? ZERO : new Decimal(text);
}
