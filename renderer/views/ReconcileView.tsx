import { formatPlain } from '../../shared/money/wan.ts';
import { useDocument } from '../store/useDocument.ts';
import { groupedText } from '../grid/format.ts';

/** 核对: the projects rolled up by category and year beside the category table; differences highlighted. */
export function ReconcileView() {
  const { results } = useDocument();
  const cells = new Map(results.reconciliation.map((c) => [`${c.categoryId}|${c.year}`, c]));
  const differing = results.reconciliation.filter((c) => !c.difference.isZero()).length;
  const unmapped = results.unmappedRollup.some((d) => !d.isZero());
  return (
    <section className="view view-scroll" aria-label="核对">
      <header className="view-header">
        <h2>项目汇总与年度领域安排表核对</h2>
        <span className="unit">单位：万元</span>
        <span className={differing > 0 ? 'count count-bad' : 'count count-ok'} data-testid="reconcile-summary">
          {differing > 0 ? `${differing} 处不一致` : '全部一致'}
        </span>
      </header>
      <table className="report-table" data-testid="reconcile-table">
        <thead>
          <tr>
            <th rowSpan={2}>类别</th>
            {results.years.map((y) => (
              <th key={y} colSpan={3}>
                {y}年
              </th>
            ))}
          </tr>
          <tr>{results.years.map((y) => [<th key={`${y}t`}>安排表</th>, <th key={`${y}p`}>项目汇总</th>, <th key={`${y}d`}>差额</th>])}</tr>
        </thead>
        <tbody>
          {results.categories.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name}</th>
              {results.years.map((y) => {
                const cell = cells.get(`${c.id}|${y}`)!;
                const bad = !cell.difference.isZero();
                return [
                  <td key={`${y}t`} className="num">
                    {groupedText(cell.table)}
                  </td>,
                  <td key={`${y}p`} className="num">
                    {groupedText(cell.projects)}
                  </td>,
                  <td
                    key={`${y}d`}
                    className={bad ? 'num diff-bad' : 'num diff-ok'}
                    data-testid={`reconcile-${c.id}-${y}`}
                    title={bad ? `项目汇总比安排表${cell.difference.isNegative() ? '少' : '多'}${formatPlain(cell.difference.abs())}万元` : undefined}
                  >
                    {groupedText(cell.difference)}
                  </td>,
                ];
              })}
            </tr>
          ))}
          {unmapped && (
            <tr className="row-unmapped">
              <th scope="row">未归类项目</th>
              {results.years.map((y, i) => [
                <td key={`${y}t`} className="num" />,
                <td key={`${y}p`} className="num">
                  {groupedText(results.unmappedRollup[i]!)}
                </td>,
                <td key={`${y}d`} className="num" />,
              ])}
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
