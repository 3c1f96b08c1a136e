import { useMemo, useState } from 'react';
import { setProgress } from '../../shared/commands/setProgress.ts';
import { parseAmount } from '../../shared/money/parseAmount.ts';
import { PROJECT_STATUSES, type ProjectProgress, type ProjectStatus } from '../../shared/model/plan.ts';
import type { ProjectId } from '../../shared/model/ids.ts';
import { progressReport, type ProgressRow } from '../../shared/progress/progressReport.ts';
import { formatDateZh } from '../../shared/format/dates.ts';
import { groupedText } from '../grid/format.ts';
import { useDocument, useStore } from '../store/useDocument.ts';
import { CommitField } from './CommitField.tsx';

const rateText = (rate: string | null) => (rate === null ? '—' : `${rate}%`);

function SummaryRow({ row, total }: { row: ProgressRow; total?: boolean }) {
  const Cell = total ? 'th' : 'td';
  return (
    <tr className={total ? 'row-total' : undefined} data-testid={total ? 'progress-total' : `progress-row-${row.categoryId ?? 'unmapped'}`}>
      <th scope="row">{row.label}</th>
      <Cell className="num">{groupedText(row.planned)}</Cell>
      <Cell className="num">{groupedText(row.arrived)}</Cell>
      <Cell className="num" data-testid={total ? 'progress-total-arrival-rate' : undefined}>
        {rateText(row.arrivalRate)}
      </Cell>
      <Cell className="num">{groupedText(row.completed)}</Cell>
      <Cell className="num">{rateText(row.completionRate)}</Cell>
      <Cell className="num">{row.projectCount}</Cell>
      {PROJECT_STATUSES.map((s) => (
        <Cell key={s} className="num">
          {row.byStatus[s]}
        </Cell>
      ))}
      <Cell className="num">{row.byStatus['未填']}</Cell>
    </tr>
  );
}

/**
 * 进度 (《甘孜日报》, docs/domain.md): for a plan year, each project's money arrived (到位),
 * investment completed (完成投资), status and date, entered here; above them
 * the table by category and in total with rates and counts by status. Every
 * entry is one undo step; figures above plan are marked from the checks.
 */
export function ProgressView() {
  const { plan, results } = useDocument();
  const store = useStore();
  const [year, setYear] = useState<number>(() => results.years[0]!);
  const shownYear = results.years.includes(year as never) ? year : results.years[0]!;
  const { rows, total } = useMemo(() => progressReport(plan, results, shownYear), [plan, results, shownYear]);
  const problemAt = useMemo(() => {
    const map = new Map<string, string>();
    for (const p of results.problems) if (p.where.table === 'progress') map.set(`${p.where.rowId}|${p.where.column}`, p.message);
    return map;
  }, [results.problems]);
  const first = results.years[0]!;
  const key = String(shownYear);
  const write = (id: ProjectId, patch: Partial<ProjectProgress>) => store.execute(setProgress(id, shownYear, patch));

  return (
    <section className="view view-scroll" aria-label="进度">
      <header className="view-header">
        <h2>项目进度</h2>
        <label>
          年度{' '}
          <select value={shownYear} onChange={(e) => setYear(Number(e.target.value))} data-testid="progress-year">
            {results.years.map((y) => (
              <option key={y} value={y}>
                {y}年
              </option>
            ))}
          </select>
        </label>
        <span className="unit">单位：万元</span>
      </header>
      <table className="report-table" data-testid="progress-summary">
        <thead>
          <tr>
            <th>类别</th>
            <th>计划资金</th>
            <th>到位资金</th>
            <th>到位率</th>
            <th>完成投资</th>
            <th>完成率</th>
            <th>项目数</th>
            {PROJECT_STATUSES.map((s) => (
              <th key={s}>{s}</th>
            ))}
            <th>未填</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <SummaryRow key={r.categoryId ?? 'unmapped'} row={r} />
          ))}
          <SummaryRow row={total} total />
        </tbody>
      </table>

      <h3 className="subheading">{shownYear}年各项目进度</h3>
      <table className="report-table" data-testid="progress-projects">
        <thead>
          <tr>
            <th>序号</th>
            <th>项目名称</th>
            <th>计划资金</th>
            <th>到位资金</th>
            <th>完成投资</th>
            <th>状态</th>
            <th>截至日期</th>
          </tr>
        </thead>
        <tbody>
          {plan.projects.map((p, i) => {
            const g = p.progress?.[key];
            const planned = results.project(p.id)?.byYear[shownYear - first];
            const mark = (column: string) => problemAt.get(`${p.id}|${key}.${column}`);
            const amountCell = (column: 'arrived' | 'completed') => (
              <td className={`cell-input${mark(column) ? ' diff-bad' : ''}`} title={mark(column)}>
                <CommitField
                  label={column === 'arrived' ? '到位资金' : '完成投资'}
                  value={g?.[column] ? groupedText(g[column]) : ''}
                  align="right"
                  testId={`progress-${column}-${i + 1}`}
                  parse={(text) => parseAmount(text)}
                  onCommit={(value) => write(p.id, { [column]: value })}
                />
              </td>
            );
            return (
              <tr key={p.id}>
                <td className="num">{i + 1}</td>
                <th scope="row">{p.name}</th>
                <td className="num">{planned ? groupedText(planned) : ''}</td>
                {amountCell('arrived')}
                {amountCell('completed')}
                <td>
                  <select
                    aria-label="状态"
                    data-testid={`progress-status-${i + 1}`}
                    value={g?.status ?? ''}
                    onChange={(e) => write(p.id, { status: e.target.value === '' ? null : (e.target.value as ProjectStatus) })}
                  >
                    <option value="">（未填）</option>
                    {PROJECT_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="date"
                    aria-label="截至日期"
                    title={formatDateZh(g?.asOf ?? '')}
                    value={g?.asOf ?? ''}
                    onChange={(e) => write(p.id, { asOf: e.target.value })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
