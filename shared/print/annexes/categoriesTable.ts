import { formatGrouped } from '../../money/wan.ts';
import type { PlanResults } from '../../engine/planEngine.ts';
import { amountCell, escapeHtml, textCell } from '../cells.ts';
import { openTable, contentWidthMm, fitColumns, widest, type ColumnSpec } from '../layout.ts';
import type { AnnexTable } from './annexTable.ts';

const FONT_SIZES = [11, 10.5, 10, 9, 8, 7];

/**
 * 年度投资和领域安排计划表 (seed 004 图表2): categories down, years across, the
 * 合计 column and 占比, with the 合计 row at the bottom. The corner cell is
 * split by a diagonal into 年度 (top right) and 类别 (bottom left). Portrait
 * when it fits the 版心 at 10pt or more, else landscape.
 */
export function categoriesTable(results: PlanResults): AnnexTable {
  const years = results.years;
  const amounts = [...results.categories.flatMap((c) => [...c.byYear, c.total]), ...results.yearTotals, results.grandTotal].map(formatGrouped);
  const amount: ColumnSpec = { kind: 'number', em: widest([...amounts, ...years.map((y) => `${y}年`)]) };
  const specs: ColumnSpec[] = [{ kind: 'text', weight: 1, minChars: 4 }, ...years.map(() => amount), amount, { kind: 'number', em: widest(['100.00%', '占比']) }];
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
