/**
 * An amount as a whole number of hundredths of 万元 (分 of the stored two-decimal form): the fast, exact path
 * for printing stored amounts (toWan), which otherwise parsed each of 10,000 projects' texts into a Decimal only to
 * print it back. An integer is exact as long as it is a safe integer, and centsOf returns null rather than a
 * rounded value, so the caller falls back to Decimal for anything else (more decimals, exponents, amounts near
 * 10^13 万元 and beyond).
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

/** The two-decimal text of cents: "-12.30", "0.05", never "-0.00" (exactly Decimal's toFixed(2) of the value). */
export function centsText(cents: Cents): string {
  const negative = cents < 0;
  // String() of a safe integer is its exact digits (exponents start at 10^21).
  const digits = String(negative ? -cents : cents).padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
