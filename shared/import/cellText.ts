import { centsOf, centsText } from '../money/cents.ts';
import { parseAmount } from '../money/parseAmount.ts';
import { numberText, type GridValue } from './grid.ts';

const FULL_WIDTH_DIGITS = /[\uFF10-\uFF19]/g;
const halfWidthDigits = (t: string) => t.replace(FULL_WIDTH_DIGITS, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

/** Header text for matching: no spaces or line breaks of any width, half-width digits. */
export function headerKey(text: string): string {
  return halfWidthDigits(text).replace(/[\s\u00A0\u3000]+/g, '');
}

/**
 * A one-line field as it was meant: cells like "住房安全\n保障" or
 * "一般公共预算\n收入的0.5%\n现金帮扶资金" break lines only to fit a narrow
 * column, so the lines are joined (with a space only between two Latin words).
 */
export function unwrapLines(text: string): string {
  // Most cells hold one line: nothing to join (this runs for several cells of every imported row).
  if (!text.includes('\n')) return text.trim();
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  let out = '';
  for (const line of lines) {
    if (out !== '' && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(line)) out += ' ';
    out += line;
  }
  return out;
}

const UNTIDY_LINE_END = /\r|[ \t\u00A0\u3000]\n/;

/** Multi-line text kept as lines, with Windows line ends and trailing spaces tidied. */
export function keepLines(text: string): string {
  // Most cells, one line or several: no \r and no space before a line break, so only the ends need tidying.
  if (!text.includes('\n') || !UNTIDY_LINE_END.test(text)) return text.trim();
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/[ \t\u00A0\u3000]+$/, ''))
    .join('\n')
    .trim();
}

/** 责任单位 as a list: one unit per line, or separated by 、，,；; ("白玉县组织部、农牧科技局、"). */
export function splitUnits(text: string): string[] {
  return text
    .split(/[\r\n、，,；;]+/)
    .map((u) => u.trim())
    .filter((u) => u !== '');
}

const MIN_YEAR = 1949;
const MAX_YEAR = 2200;
const isYear = (n: number) => Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR;

/**
 * The year a column header names: 2016, "2016", "2016年", "2016年度",
 * "2020年计划\n投资（万元）", "2018年协作资金" (one year's money). Null for anything
 * else, such as "开工年限" or "2016-2020年".
 */
export function yearOfHeader(value: GridValue): number | null {
  if (typeof value === 'number') return isYear(value) ? value : null;
  if (value === null) return null;
  const key = headerKey(value);
  const plain = /^(\d{4})(年度?)?$/.exec(key);
  if (plain) return isYear(Number(plain[1])) ? Number(plain[1]) : null;
  // "2020年计划投资", "2018年协作资金", "2023年度帮扶资金": one year's money (never 总投资).
  const money = /^(\d{4})年(度)?[^\d总]{0,6}?(投资|资金|金额)/.exec(key);
  if (money && !/^\d{4}年?[-—–~至到]\d{4}/.test(key)) return isYear(Number(money[1])) ? Number(money[1]) : null;
  return null;
}

/** A year written in a data cell (开工年限): 2017, "2017", "2017年", "２０１７年". */
export function yearOfCell(value: GridValue): { ok: true; year: number | null } | { ok: false; reason: string } {
  if (value === null) return { ok: true, year: null };
  if (typeof value === 'number') return isYear(value) ? { ok: true, year: value } : { ok: false, reason: `“${numberText(value)}”不是年份` };
  const key = headerKey(value);
  if (key === '') return { ok: true, year: null };
  const m = /^(\d{4})(年度?)?$/.exec(key) ?? /^(\d{4})年\d{1,2}月(\d{1,2}日)?$/.exec(key);
  if (m && isYear(Number(m[1]))) return { ok: true, year: Number(m[1]) };
  return { ok: false, reason: `“${value.trim()}”不是年份` };
}

/** An amount as read from a cell: exact decimal text with at least two decimals ("380.2456"), or null for blank. */
export type CellAmount = { ok: true; value: string | null } | { ok: false; reason: string };

/**
 * An amount from a cell, exactly: numbers through their decimal text, text
 * through parseAmount. Amounts finer than two decimals (380.2456 万元, to the
 * yuan) are kept whole here; the importer rounds them and says so.
 */
export function amountOfCell(value: GridValue): CellAmount {
  if (value === null) return { ok: true, value: null };
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, reason: '不是有效金额' };
    // A whole number of 万元 (most amounts) is spelled with .00 at once; its digits are exact below 10^15.
    if (Number.isInteger(value) && value >= 0 && value < 1e15) return { ok: true, value: `${value}.00` };
    // Most other amounts are to the cent: their cents straight from the double the cell holds, when c / 100 is
    // that very double. Below 10^9, doubles are under 10^-6 apart, so no other multiple of 0.01 is that double
    // and the cell's shortest decimal text (numberText's) is c's: the same cents, without writing and reading text.
    if (value > 0 && value < 1e9) {
      const cents = Math.round(value * 100);
      if (cents / 100 === value) return { ok: true, value: centsText(cents) };
    }
    text = numberText(value);
    // Other plain amounts: spelled with two decimals directly (exact, no arithmetic).
    const cents = centsOf(text);
    if (cents !== null && cents >= 0) return { ok: true, value: centsText(cents) };
  } else text = value;
  // "—", "-", "－" stand for zero in finance tables: nothing to read, nothing lost.
  if (/^[\s\u3000]*[—–\-－]+[\s\u3000]*$/.test(text)) return { ok: true, value: null };
  const fine = finerThanCents(text);
  if (fine !== null) return { ok: true, value: fine };
  const parsed = parseAmount(text);
  return parsed.ok ? { ok: true, value: parsed.value } : parsed;
}

/** "380.2456", "１,２３４.５６７万元": a plain non-negative amount with more than two (non-zero) decimals, as exact text; else null. */
function finerThanCents(raw: string): string | null {
  let t = raw.replace(/[\uFF10-\uFF19\uFF0E\uFF0C]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/[\s\u00A0\u3000]+/g, '');
  t = t.replace(/万元?$/, '');
  if (/^\d{1,3}(,\d{3})+\.\d+$/.test(t)) t = t.replace(/,/g, '');
  const m = /^\+?(\d{1,15})\.(\d{3,})$/.exec(t);
  if (!m || /^0+$/.test(m[2]!.slice(2))) return null;
  return `${m[1]!.replace(/^0+(?=\d)/, '')}.${m[2]!.replace(/0+$/, '')}`;
}

/** 合计 / 总计 (a total row's label). */
export const isTotalLabel = (text: string): boolean => text.includes('计') && /^(合计|总计|总合计|共计)/.test(headerKey(text));
/** 小计 (a subtotal row's label). */
export const isSubtotalLabel = (text: string): boolean => text.includes('计') && headerKey(text).includes('小计');
/** 注：… / 备注：… / 说明：… (a note under a table, not a row of it). */
export const isNoteLabel = (text: string): boolean => /^[\s\u3000]*(注|备|说)/.test(text) && /^(注|备注|说明)[:：①1（(]/.test(headerKey(text));
