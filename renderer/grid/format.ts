import { Decimal } from '../../shared/money/decimal.ts';
import { formatGrouped } from '../../shared/money/wan.ts';

/** An amount as users read it: 千分位, two decimals ("15,000.00"); blank stays blank. */
export function groupedText(value: Decimal | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (value instanceof Decimal) return formatGrouped(value);
  // Only stored amounts reach here; anything else (text being edited) is shown as it is.
  return /^-?\d+(\.\d+)?$/.test(value) ? formatGrouped(new Decimal(value)) : value;
}

/** A share "8.67" as "8.67%". */
export const shareText = (share: string | null | undefined) => (share ? `${share}%` : '');
