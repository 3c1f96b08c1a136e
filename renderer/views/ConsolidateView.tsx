import { SEVERITY_LABEL } from '../../shared/checks/problem.ts';
import type { ConsolidationData, SummaryRowData } from '../../shared/consolidate/consolidate.ts';
import { groupedText } from '../grid/format.ts';

function SummaryTable({
  data,
  rows,
  first,
  withShare,
  testId,
}: {
  data: ConsolidationData;
  rows: readonly (SummaryRowData & { share?: string | null })[];
  first: string;
  withShare: boolean;
  testId: string;
}) {
  return (
    <table className="report-table" data-testid={testId}>
      <thead>
        <tr>
          <th>{first}</th>
          {data.years.map((y) => (
            <th key={y}>{y}年</th>
          ))}
          <th>合计</th>
          <th>项目数</th>
          {withShare && <th>占比</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={`${r.label}-${i}`}>
            <th scope="row">{r.label}</th>
            {r.byYear.map((v, y) => (
              <td key={y} className="num">
                {groupedText(v)}
              </td>
            ))}
            <td className="num">{groupedText(r.total)}</td>
            <td className="num">{r.projectCount}</td>
            {withShare && <td className="num">{r.share ? `${r.share}%` : '—'}</td>}
          </tr>
        ))}
        <tr className="row-total">
          <th scope="row">合计</th>
          {data.yearTotals.map((v, y) => (
            <th key={y} className="num">
              {groupedText(v)}
            </th>
          ))}
          <th className="num" data-testid={`${testId}-grand-total`}>
            {groupedText(data.grandTotal)}
          </th>
          <th className="num">{data.projectCount}</th>
          {withShare && <th className="num">{rows.length ? '100.00%' : '—'}</th>}
        </tr>
      </tbody>
    </table>
  );
}

/**
 * Files that describe the same plan, shown before the sums: a warning per
 * group and a checkbox per file (ticked: counted). By default only the first
 * file of a group is counted, so no money is summed twice unnoticed.
 */
function Duplicates({ data, onRecount }: { data: ConsolidationData; onRecount: (excluded: readonly string[]) => void }) {
  const excluded = data.duplicates.flatMap((g) => g.files.filter((f) => !f.counted).map((f) => f.source));
  const toggle = (source: string, counted: boolean) => onRecount(counted ? excluded.filter((s) => s !== source) : [...excluded, source]);
  return (
    <div className="consolidate-duplicates" role="alert" data-testid="consolidate-duplicates">
      {data.duplicates.map((group) => (
        <div key={group.files.map((f) => f.source).join('|')} className="duplicate-group">
          <p className="duplicate-warning">
            注意：以下{group.files.length}个文件描述同一规划（{group.reason}），全部计入会重复汇总。请勾选要计入汇总的文件：
          </p>
          <ul>
            {group.files.map((f) => (
              <li key={f.source}>
                <label>
                  <input type="checkbox" checked={f.counted} onChange={(e) => toggle(f.source, e.target.checked)} data-testid={`duplicate-${f.source}`} />
                  {f.source}（{f.label}，合计{groupedText(f.total)}万元）{f.counted ? '' : ' — 未计入'}
                </label>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/**
 * 汇总 (the roll-ups of docs/domain.md): the plans of a folder summed by pairing × year and by
 * category × year, with project counts, each file's problems, and the files
 * that could not be read (the rest are still summed).
 */
export function ConsolidateView({
  data,
  onChooseFolder,
  onExport,
  onRecount,
}: {
  data: ConsolidationData | null;
  onChooseFolder: () => void;
  onExport: () => void;
  /** Sum again leaving out these files (the duplicates not ticked). */
  onRecount: (excluded: readonly string[]) => void;
}) {
  return (
    <section className="view view-scroll" aria-label="汇总">
      <header className="view-header">
        <h2>多个规划汇总</h2>
        <span className="unit">单位：万元</span>
        <div className="toolbar">
          <button type="button" onClick={onChooseFolder} data-testid="consolidate-open">
            选择文件夹…
          </button>
          <button type="button" disabled={!data} onClick={onExport} data-testid="consolidate-export">
            导出汇总表…
          </button>
        </div>
      </header>
      {!data && <p className="empty">选择存放各结对规划（.aidplan 或 .xlsx）的文件夹，按结对和按领域分年度汇总。</p>}
      {data && (
        <>
          <p className="count" data-testid="consolidate-summary">
            已汇总 {data.pairings.length} 个规划、{data.projectCount} 个项目{data.failures.length > 0 ? `；${data.failures.length} 个文件无法读取` : ''}
          </p>
          {data.duplicates.length > 0 && <Duplicates data={data} onRecount={onRecount} />}
          <h3 className="subheading">按结对</h3>
          <SummaryTable data={data} rows={data.pairings} first="帮扶方 → 受援方" withShare={false} testId="consolidate-pairings" />
          <h3 className="subheading">按领域</h3>
          <SummaryTable data={data} rows={data.categories} first="类别" withShare testId="consolidate-categories" />
          {data.failures.length > 0 && (
            <>
              <h3 className="subheading">无法读取的文件</h3>
              <ul data-testid="consolidate-failures">
                {data.failures.map((f) => (
                  <li key={f.source}>
                    {f.source}：{f.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          {data.problems.length > 0 && (
            <>
              <h3 className="subheading">各文件的问题（{data.problems.length}）</h3>
              <table className="report-table">
                <thead>
                  <tr>
                    <th>文件</th>
                    <th>级别</th>
                    <th>位置</th>
                    <th>说明</th>
                  </tr>
                </thead>
                <tbody>
                  {data.problems.map((p, i) => (
                    <tr key={i}>
                      <td>{p.source}</td>
                      <td>{SEVERITY_LABEL[p.severity]}</td>
                      <td>{p.place}</td>
                      <td>{p.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </section>
  );
}
