import { useState } from 'react';
import type { ImportAnalysis } from '../../shared/import/analyseWorkbook.ts';
import { defaultChoice } from '../../shared/import/buildImportedPlan.ts';
import { ENTRY_LABEL, importReportSummary, type ImportChoice, type ImportChoices, type ImportEntry } from '../../shared/import/importReport.ts';
import { Modal } from '../help/Modal.tsx';
import { CategoryGuessRow } from './CategoryGuessRow.tsx';
import './importReport.css';

/** 导入报告: what the import found, decided and could not take, before (or after) the plan is built. */
export function ImportReportDialog({
  analysis,
  initialChoices = {},
  readOnly = false,
  onAccept,
  onClose,
}: {
  analysis: ImportAnalysis;
  initialChoices?: ImportChoices;
  /** After the import was accepted: the report and the choices made, nothing to change. */
  readOnly?: boolean;
  onAccept?: (choices: ImportChoices) => void;
  onClose: () => void;
}) {
  const { report, plan } = analysis;
  const [choices, setChoices] = useState<Record<string, ImportChoice>>({ ...initialChoices });
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set(Object.keys(initialChoices)));
  const choose = (id: string, choice: ImportChoice) => {
    setChoices((c) => ({ ...c, [id]: choice }));
    setConfirmed((s) => new Set(s).add(id));
  };
  const of = (kinds: readonly ImportEntry['kind'][]) => report.entries.filter((e) => kinds.includes(e.kind));
  const problems = of(['problem', 'warning']);
  const decisions = of(['decision']);
  const found = of(['found']);
  return (
    <Modal title={`导入报告：${report.fileName}`} testId="import-report" onClose={onClose}>
      <p className="import-summary" data-testid="import-summary">
        {importReportSummary(report)}。{readOnly ? '此报告为已接受的导入。' : '接受后才会打开为新的规划（未保存），当前规划在此之前不会改变。'}
      </p>
      <p className="import-counts">
        读取到 {plan.categories.length} 个类别、{plan.projects.length} 个项目，规划期{' '}
        {plan.firstYear === plan.lastYear ? `${plan.firstYear}年` : `${plan.firstYear}—${plan.lastYear}年`}。
      </p>
      {report.decisions.length > 0 && (
        <>
          <h3>类别对应（{report.decisions.length}项，请确认或改为其他类别）</h3>
          <table className="import-table" data-testid="import-guesses">
            <thead>
              <tr>
                <th>文件中的项目类别</th>
                <th>单元格</th>
                <th>程序的判断</th>
                <th>确认 / 改为</th>
              </tr>
            </thead>
            <tbody>
              {report.decisions.map((d) => (
                <CategoryGuessRow
                  key={d.id}
                  guess={d}
                  categories={plan.categories.map((c) => c.name)}
                  choice={choices[d.id] ?? defaultChoice(d)}
                  confirmed={confirmed.has(d.id)}
                  readOnly={readOnly}
                  onChoose={(choice) => choose(d.id, choice)}
                />
              ))}
            </tbody>
          </table>
        </>
      )}
      <EntryTable title={`问题和提醒（${problems.length}项）`} entries={problems} testId="import-problems" empty="没有发现问题。" />
      <EntryTable title={`处理方式（${decisions.length}项）`} entries={decisions} testId="import-decisions" empty="没有需要说明的处理。" />
      <EntryTable title={`识别的表格（${found.length}项）`} entries={found} testId="import-found" empty="" />
      <footer className="import-actions">
        {readOnly ? (
          <button type="button" onClick={onClose}>
            关闭
          </button>
        ) : (
          <>
            <button type="button" className="primary" data-testid="import-accept" onClick={() => onAccept?.(choices)}>
              接受并打开
            </button>
            <button type="button" data-testid="import-cancel" onClick={onClose}>
              取消
            </button>
          </>
        )}
      </footer>
    </Modal>
  );
}

function EntryTable({ title, entries, testId, empty }: { title: string; entries: readonly ImportEntry[]; testId: string; empty: string }) {
  if (entries.length === 0 && empty === '') return null;
  return (
    <>
      <h3>{title}</h3>
      {entries.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <table className="import-table" data-testid={testId}>
          <tbody>
            {entries.map((e, i) => (
              <tr key={i} className={`import-entry import-${e.kind}`}>
                <td className="import-kind">{ENTRY_LABEL[e.kind]}</td>
                <td className="import-place">{e.place}</td>
                <td>
                  {e.message}
                  {e.found !== undefined && e.found !== '' && <span className="import-found">（单元格内容：“{e.found}”）</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
