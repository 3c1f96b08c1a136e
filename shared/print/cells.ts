import type { Decimal } from '../money/decimal.ts';
import { formatGrouped } from '../money/wan.ts';
import { escapeHtml, escapeLines } from './escape.ts';

/** An amount cell in 万元: 千分位, two decimals, right-aligned; blank for null (and for zero when `blankZero`). */
export function amountCell(value: Decimal | null, options: { blankZero?: boolean; className?: string } = {}): string {
  const text = value === null || (options.blankZero && value.isZero()) ? '' : formatGrouped(value);
  return `<td class="num${options.className ? ` ${options.className}` : ''}">${text}</td>`;
}

/** A text cell; line breaks in the text stay line breaks. */
export function textCell(text: string, align: 'left' | 'center' = 'left', attributes = ''): string {
  return `<td class="${align}"${attributes}>${escapeLines(text)}</td>`;
}

/** A header cell with escaped text. */
export function headerCell(text: string, attributes = ''): string {
  return `<th${attributes}>${escapeLines(text)}</th>`;
}

export { escapeHtml };
