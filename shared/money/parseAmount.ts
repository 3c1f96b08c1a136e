import { Decimal } from './decimal.ts';
import { toWan, type Wan } from './wan.ts';
import { MAX_AMOUNT_DIGITS } from './amountLimits.ts';

export type AmountParse =
  | { ok: true; value: Wan | null } // null: the cell is blank
  | { ok: false; reason: string };

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\uFF0B]/g;

/** Full-width digits, point, comma, minus and plus to their ASCII twins. */
function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * Reads an amount in 万元 as people type or paste it from Excel/WPS or find it
 * in partner files: "1,850", "１８５０", "2700\n\n万元", " 233.54 ", "-" (zero). Refuses, with a
 * Chinese reason, anything that is not a plain non-negative amount of at most
 * two decimals: letters, formulas, exponents, negatives, "1e309".
 */
export function parseAmount(raw: string, options: { allowNegative?: boolean } = {}): AmountParse {
  let text = halfWidth(raw).replace(/[\s\u00A0\u3000]+/g, '');
  if (text.endsWith('万元')) text = text.slice(0, -2);
  else if (text.endsWith('万')) text = text.slice(0, -1);
  if (text === '') return { ok: true, value: null };
  // Excel's accounting format shows zero as a dash: "-" or "—" copied from it is 0.
  if (/^[-\u2014\u2013]$/.test(text)) return { ok: true, value: toWan(new Decimal(0)) };
  if (text.startsWith('=')) return { ok: false, reason: '不接受公式，请输入金额数字' };
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(text)) text = text.replace(/,/g, '');
  if (text.startsWith('+')) text = text.slice(1);
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(text)) {
    return { ok: false, reason: `“${raw.trim()}”不是金额，请输入数字（单位：万元）` };
  }
  const negative = text.startsWith('-');
  if (negative && !options.allowNegative) return { ok: false, reason: '金额不能为负数' };
  const decimals = text.includes('.') ? text.split('.')[1]!.length : 0;
  if (decimals > 2 && !/^0+$/.test(text.split('.')[1]!.slice(2))) {
    return { ok: false, reason: '金额最多保留两位小数（万元）' };
  }
  const intDigits = text.replace(/^-/, '').split('.')[0]!.replace(/^0+/, '').length;
  if (intDigits > MAX_AMOUNT_DIGITS) return { ok: false, reason: `金额过大：整数部分最多${MAX_AMOUNT_DIGITS}位` };
  return { ok: true, value: toWan(new Decimal(text)) };
}
