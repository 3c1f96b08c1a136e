import type { Decimal } from '../../money/decimal.ts';
import { formatGrouped } from '../../money/wan.ts';
import type { PlanResults } from '../../engine/planEngine.ts';
import { amountCell, escapeHtml, textCell } from '../cells.ts';
import { openTable, contentWidthMm, fitColumns, widest, type ColumnSpec } from '../layout.ts';
import type { AnnexTable } from './annexTable.ts';

const FONT_SIZES = [11, 10.5, 10, 9, 8, 7];

/**
 * 年度投资和领域安排计划表 (《武侯区对口帮扶白玉县规划（2016—2020年）》 图表2): categories down, years across, the
 * 合计 column and 占比, with the 合计 row at the bottom. The corner cell is
 * split by a diagonal into 年度 (top right) and 类别 (bottom left). Portrait
 * when it fits the 版心 at 10pt or more, else landscape.
 */
export function categoriesTable(results: PlanResults): AnnexTable {
  const years = results.years;
  // Each amount column as wide as its own widest figure or heading.
  const amount = (values: readonly Decimal[], heading: string): ColumnSpec => ({ kind: 'number', em: widest([...values.map(formatGrouped), heading]) });
  const specs: ColumnSpec[] = [
    { kind: 'text', texts: [...results.categories.map((c) => c.name), '合计'], minChars: 4, keepWhole: true },
    ...years.map((y, i) => amount([...results.categories.map((c) => c.byYear[i]!), results.yearTotals[i]!], `${y}年`)),
    amount([...results.categories.map((c) => c.total), results.grandTotal], '合计'),
    { kind: 'number', em: widest(['100.00%', '占比']) },
  ];
  let orientation: AnnexTable['orientation'] = 'portrait';
  let fitted = fitColumns(specs, contentWidthMm('portrait'), FONT_SIZES.slice(0, 3));
  if (!fitted.fits) {
    orientation = 'landscape';
    fitted = fitColumns(specs, contentWidthMm('landscape'), FONT_SIZES);
  }
  const head = [
    `<th class="corner"><span class="corner-top">年度</span><span class="corner-bottom">类别</span></th>`,
    ...years.map((y) => `<th>${y}年</th>`),
    '<th>合计</th>',
    '<th>占比</th>',
  ].join('');
  const rows = results.categories.map((c) =>
    [
      textCell(c.name, 'center'),
      ...c.byYear.map((v) => amountCell(v)),
      amountCell(c.total),
      `<td class="num">${c.share === null ? '' : `${escapeHtml(c.share)}%`}</td>`,
    ].join(''),
  );
  const anyShare = results.categories.some((c) => c.share !== null);
  const total = [
    '<td class="center">合计</td>',
    ...results.yearTotals.map((v) => amountCell(v)),
    amountCell(results.grandTotal),
    `<td class="num">${anyShare ? '100.00%' : ''}</td>`,
  ].join('');
  return {
    html: [
      openTable('categories', fitted),
      `<thead><tr>${head}</tr></thead>`,
      '<tbody>',
      ...rows.map((r) => `<tr>${r}</tr>`),
      `<tr class="total">${total}</tr>`,
      '</tbody></table>',
    ].join('\n'),
    orientation,
  };
}
