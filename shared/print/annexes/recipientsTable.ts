import { formatGrouped } from '../../money/wan.ts';
import { ZERO, type Decimal } from '../../money/decimal.ts';
import type { PlanResults } from '../../engine/planEngine.ts';
import { amountCell, textCell } from '../cells.ts';
import { contentWidthMm, fitColumns, openTable, widest, type ColumnSpec } from '../layout.ts';
import type { AnnexTable } from './annexTable.ts';

const FONT_SIZES = [11, 10.5, 10, 9, 8, 7];

/**
 * 受援方资金安排表 (《东丽区对口帮扶实施方案》): each recipient with its 帮扶载体单位 and its own
 * money per year, the 合计 column and row. Portrait when it fits.
 */
export function recipientsTable(results: PlanResults): AnnexTable {
  const years = results.years;
  const rows = results.recipients.map((r) => ({ r, total: r.money.reduce<Decimal>((a, m) => (m ? a.plus(m) : a), ZERO) }));
  const yearTotals = years.map((_, i) => rows.reduce((a, { r }) => (r.money[i] ? a.plus(r.money[i]!) : a), ZERO));
  const grand = yearTotals.reduce((a, b) => a.plus(b), ZERO);
  const amount: ColumnSpec = { kind: 'number', em: widest([...rows.map((x) => formatGrouped(x.total)), formatGrouped(grand), ...years.map((y) => `${y}年`)]) };
  const specs: ColumnSpec[] = [
    { kind: 'text', texts: rows.map(({ r }) => r.recipient.name), minChars: 4, keepWhole: true },
    { kind: 'text', texts: rows.map(({ r }) => r.recipient.carrierUnit), minChars: 4, keepWhole: true },
    ...years.map(() => amount),
    amount,
  ];
  let orientation: AnnexTable['orientation'] = 'portrait';
  let fitted = fitColumns(specs, contentWidthMm('portrait'), FONT_SIZES.slice(0, 3));
  if (!fitted.fits) {
    orientation = 'landscape';
    fitted = fitColumns(specs, contentWidthMm('landscape'), FONT_SIZES);
  }
  const head = ['受援方', '帮扶载体单位', ...years.map((y) => `${y}年`), '合计'].map((h) => `<th>${h}</th>`).join('');
  return {
    html: [
      openTable('recipients', fitted),
      `<thead><tr>${head}</tr></thead>`,
      '<tbody>',
      ...rows.map(
        ({ r, total }) =>
          `<tr>${[textCell(r.recipient.name, 'center'), textCell(r.recipient.carrierUnit, 'center'), ...r.money.map((m) => amountCell(m)), amountCell(total)].join('')}</tr>`,
      ),
      `<tr class="total">${['<td class="center">合计</td><td></td>', ...yearTotals.map((v) => amountCell(v)), amountCell(grand)].join('')}</tr>`,
      '</tbody></table>',
    ].join('\n'),
    orientation,
  };
}
