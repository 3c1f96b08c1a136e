import { formatGrouped } from '../../money/wan.ts';
import { PROJECT_STATUSES, type Plan } from '../../model/plan.ts';
import type { PlanResults } from '../../engine/planEngine.ts';
import { progressReport } from '../../progress/progressReport.ts';
import { amountCell, escapeHtml, textCell } from '../cells.ts';
import { contentWidthMm, fitColumns, openTable, widest, type ColumnSpec } from '../layout.ts';
import type { AnnexTable } from './annexTable.ts';

const FONT_SIZES = [11, 10.5, 10, 9, 8];

/**
 * 项目进度表 (《甘孜日报》, docs/domain.md): per category and in total, planned against arrived
 * and completed money over the whole period, the rates, and the projects
 * counted by status (建成项目…个，有序推进项目…个). Landscape.
 */
export function progressTable(plan: Plan, results: PlanResults): AnnexTable {
  const { rows, total } = progressReport(plan, results, null);
  const all = [...rows, total];
  const amounts = all.flatMap((r) => [r.planned, r.arrived, r.completed]).map(formatGrouped);
  const money: ColumnSpec = { kind: 'number', em: widest([...amounts, '计划资金']) };
  const rate: ColumnSpec = { kind: 'number', em: widest(['100.00%', '到位率']) };
  const count: ColumnSpec = { kind: 'number', em: widest(['项目数', '9999']) };
  const specs: ColumnSpec[] = [
    { kind: 'text', texts: all.map((r) => r.label), minChars: 4, keepWhole: true },
    money,
    money,
    rate,
    money,
    rate,
    count,
    ...PROJECT_STATUSES.map(() => count),
    count,
  ];
  const fitted = fitColumns(specs, contentWidthMm('landscape'), FONT_SIZES);
  const head = ['类别', '计划资金', '到位资金', '到位率', '完成投资', '完成率', '项目数', ...PROJECT_STATUSES, '未填'].map((h) => `<th>${h}</th>`).join('');
  const line = (r: (typeof all)[number]) =>
    [
      textCell(r.label, 'center'),
      amountCell(r.planned),
      amountCell(r.arrived),
      `<td class="num">${r.arrivalRate === null ? '' : `${escapeHtml(r.arrivalRate)}%`}</td>`,
      amountCell(r.completed),
      `<td class="num">${r.completionRate === null ? '' : `${escapeHtml(r.completionRate)}%`}</td>`,
      `<td class="num">${r.projectCount}</td>`,
      ...PROJECT_STATUSES.map((s) => `<td class="num">${r.byStatus[s]}</td>`),
      `<td class="num">${r.byStatus['未填']}</td>`,
    ].join('');
  return {
    html: [
      openTable('progress', fitted),
      `<thead><tr>${head}</tr></thead>`,
      '<tbody>',
      ...rows.map((r) => `<tr>${line(r)}</tr>`),
      `<tr class="total">${line(total)}</tr>`,
      '</tbody></table>',
    ].join('\n'),
    orientation: 'landscape',
    note: `计划资金为${results.years.length > 1 ? `${results.years[0]}—${results.years[results.years.length - 1]}` : results.years[0]}年援建资金；项目状态取各项目最近一次填报。`,
  };
}
