import { ZERO, type Decimal } from '../../money/decimal.ts';
import { formatGrouped, wanToDecimal } from '../../money/wan.ts';
import type { Plan, Project } from '../../model/plan.ts';
import type { PlanResults } from '../../engine/planEngine.ts';
import { PROJECT_FIELD_LABELS as L } from '../../glossary.ts';
import { amountCell, escapeHtml, headerCell, textCell } from '../cells.ts';
import { openTable, contentWidthMm, fitColumns, textEm, widest, type ColumnSpec } from '../layout.ts';
import type { AnnexTable } from './annexTable.ts';

/** One column of the printed project table. */
interface Column {
  readonly header: string;
  readonly spec: ColumnSpec;
  readonly cell: (row: Row) => string;
  /** The 合计 row's cell; an empty cell when absent. */
  readonly total?: string;
}

interface Row {
  readonly project: Project;
  readonly seq: number;
  readonly byYear: readonly Decimal[];
  readonly aid: Decimal;
}

/** A text column measured from its own cells: short texts stay on one line, long ones take the rest (see textColumns.ts). */
const textColumn = (texts: readonly string[], minChars: number, keepWhole = false): ColumnSpec => ({ kind: 'text', texts, minChars, keepWhole });

/**
 * The project table (项目表), laid out like the 附件 of 《武侯区对口帮扶白玉县规划（2016—2020年）》 on a landscape
 * page: 序号, 项目类别, 开工/竣工年限, 项目名称, 主要建设内容及规模, 估算总投资,
 * 援建资金 and 实施年限 over the years (two header rows), then 资金来源,
 * 责任单位, 完成时限, 备注 when any project fills them (资金来源 shared by
 * every project is a note under the table instead). A one-year plan gets
 * the single "2020年计划投资" column of 《龙泉驿区2020年对口帮扶甘孜县工作要点》 instead. The category is printed
 * on every row, not merged down: Chromium keeps a merged run of rows on one
 * page, which leaves half-empty pages, and a reader of a later page would
 * not see the category.
 */
export function projectsTable(plan: Plan, results: PlanResults, totalRow: 'top' | 'bottom'): AnnexTable {
  const years = results.years;
  const multiYear = years.length > 1;
  const projects = plan.projects;
  const any = (test: (p: Project) => boolean) => projects.some(test);
  const rows: Row[] = projects.map((project, i) => {
    const facts = results.project(project.id);
    return { project, seq: i + 1, byYear: facts?.byYear ?? years.map(() => ZERO), aid: facts?.aid ?? ZERO };
  });
  const totals = results.projectTotals;
  // Each amount column as wide as its own widest figure (or its year heading), not the widest of the table.
  const amount = (values: Iterable<Decimal | null>, heading = ''): ColumnSpec => ({
    kind: 'number',
    em: widest(
      [...values].map((v) => (v === null ? '' : formatGrouped(v))),
      textEm(heading),
    ),
  });
  const yearSpec: ColumnSpec = { kind: 'number', em: textEm('2016') };

  const columns: Column[] = [
    {
      header: L.seq,
      spec: { kind: 'number', em: widest([String(projects.length), '序号']) },
      cell: (r) => textCell(String(r.seq), 'center'),
      total: '<td class="center">合计</td>',
    },
  ];
  if (any((p) => p.category.trim() !== ''))
    columns.push({
      header: L.category,
      spec: textColumn(
        projects.map((p) => p.category),
        3,
        true,
      ),
      cell: (r) => textCell(r.project.category, 'center'),
    });
  if (multiYear) {
    columns.push(
      { header: L.startYear, spec: yearSpec, cell: (r) => textCell(r.project.startYear === null ? '' : String(r.project.startYear), 'center') },
      { header: L.endYear, spec: yearSpec, cell: (r) => textCell(r.project.endYear === null ? '' : String(r.project.endYear), 'center') },
    );
  }
  // 合计 row: the number of projects goes in the 项目名称 column (《龙泉驿区2020年对口帮扶甘孜县工作要点》: "合计 11 个项目 3563.54").
  columns.push(
    {
      header: L.name,
      spec: textColumn([...projects.map((p) => p.name), `${projects.length}个项目`], 4, true),
      cell: (r) => textCell(r.project.name, 'left'),
      total: `<td class="center">${projects.length}个项目</td>`,
    },
    {
      header: multiYear ? L.content : '建设规模及内容',
      spec: textColumn(
        projects.map((p) => p.content),
        6,
      ),
      cell: (r) => textCell(r.project.content),
    },
  );
  if (any((p) => p.totalInvestment !== null)) {
    const investments = projects.map((p) => (p.totalInvestment === null ? null : wanToDecimal(p.totalInvestment)));
    columns.push({
      header: L.totalInvestment,
      spec: amount([totals.totalInvestment, ...investments]),
      cell: (r) => amountCell(r.project.totalInvestment === null ? null : wanToDecimal(r.project.totalInvestment)),
      total: amountCell(totals.totalInvestment),
    });
  }
  if (multiYear)
    columns.push({
      header: L.aid,
      spec: amount([totals.aid, ...rows.map((r) => r.aid)]),
      cell: (r) => amountCell(r.aid, { blankZero: true }),
      total: amountCell(totals.aid),
    });
  const firstYearColumn = columns.length;
  years.forEach((year, i) =>
    columns.push({
      header: multiYear ? `${year}年` : `${year}年计划投资`,
      spec: amount([totals.byYear[i]!, ...rows.map((r) => r.byYear[i]!)], `${year}年`),
      cell: (r) => amountCell(r.byYear[i]!, { blankZero: true }),
      total: amountCell(totals.byYear[i]!),
    }),
  );
  // One funding source for every project is said once, under the table, leaving the width to 建设内容.
  const sources = new Set(projects.map((p) => p.fundingSource.trim()));
  const commonSource = projects.length > 1 && sources.size === 1 ? [...sources][0]! : '';
  if (commonSource === '' && any((p) => p.fundingSource.trim() !== '')) {
    columns.push({
      header: L.fundingSource,
      spec: textColumn(
        projects.map((p) => p.fundingSource),
        4,
      ),
      cell: (r) => textCell(r.project.fundingSource, 'center'),
    });
  }
  if (any((p) => p.units.length > 0))
    columns.push({
      header: L.units,
      spec: textColumn(
        projects.map((p) => p.units.join('\n')),
        3,
      ),
      cell: (r) => textCell(r.project.units.join('\n'), 'center'),
    });
  if (any((p) => p.deadline.trim() !== ''))
    columns.push({
      header: L.deadline,
      spec: textColumn(
        projects.map((p) => p.deadline),
        4,
      ),
      cell: (r) => textCell(r.project.deadline, 'center'),
    });
  if (any((p) => p.remarks.trim() !== ''))
    columns.push({
      header: L.remarks,
      spec: textColumn(
        projects.map((p) => p.remarks),
        3,
      ),
      cell: (r) => textCell(r.project.remarks),
    });

  const fitted = fitColumns(
    columns.map((c) => c.spec),
    contentWidthMm('landscape'),
    [9.5, 9, 8, 7],
  );

  // Header: a second row only when 实施年限 groups several years.
  const yearCount = years.length;
  const isYear = (i: number) => i >= firstYearColumn && i < firstYearColumn + yearCount;
  const rowspan = multiYear ? ' rowspan="2"' : '';
  const head1 = columns
    .map((c, i) => {
      if (!isYear(i)) return headerCell(c.header, rowspan);
      if (!multiYear) return headerCell(c.header);
      return i === firstYearColumn ? headerCell(L.byYear, ` colspan="${yearCount}"`) : '';
    })
    .join('');
  const head2 = multiYear
    ? `<tr>${columns
        .filter((_, i) => isYear(i))
        .map((c) => headerCell(c.header))
        .join('')}</tr>`
    : '';
  const total = `<tr class="total">${columns.map((c) => c.total ?? '<td></td>').join('')}</tr>`;
  const body = rows.map((r) => `<tr>${columns.map((c) => c.cell(r)).join('')}</tr>`).join('\n');

  return {
    html: [
      openTable('projects', fitted),
      `<thead><tr>${head1}</tr>${head2}</thead>`,
      '<tbody>',
      totalRow === 'top' ? total : '',
      body,
      totalRow === 'bottom' ? total : '',
      '</tbody></table>',
    ].join('\n'),
    orientation: 'landscape',
    ...(commonSource ? { note: `注：各项目${L.fundingSource}均为${escapeHtml(commonSource)}。` } : {}),
  };
}
