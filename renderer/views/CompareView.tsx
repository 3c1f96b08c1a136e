import { useMemo, useState } from 'react';
import { acceptChanges } from '../../shared/commands/acceptChanges.ts';
import { diffPlans, type PlanChange } from '../../shared/diff/planDiff.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { useDocument, useStore } from '../store/useDocument.ts';
import { groupedText } from '../grid/format.ts';

/** A revised draft opened for comparison, and the file it came from. */
export interface ComparedDraft {
  readonly plan: Plan;
  readonly name: string;
}

/** Amounts are shown with 千分位 as everywhere else; years, names and text as they are. */
const isMoney = (c: PlanChange) =>
  c.kind === 'yearlyMoney' || c.kind === 'categoryAmount' || c.kind === 'projectAmount' || (c.kind === 'projectField' && (c.field === 'totalInvestment' || c.field === 'aid'));
const shownValue = (c: PlanChange, value: string) => (isMoney(c) ? groupedText(value) : value);

const mark = (c: PlanChange) => (c.before === '' ? '新增' : c.after === '' ? '删除' : '修改');

/**
 * 比较修改稿 (《甘孜日报》: 几易其稿): every difference between the open plan and
 * a partner's revised .xlsx or .aidplan, each accepted (one undo step) or
 * rejected; 全部接受 takes every change still listed as one step.
 */
export function CompareView({ draft, onOpen, onClose }: { draft: ComparedDraft | null; onOpen: () => void; onClose: () => void }) {
  const { plan } = useDocument();
  const store = useStore();
  const [rejected, setRejected] = useState<ReadonlySet<string>>(new Set());
  const changes = useMemo(() => (draft ? diffPlans(plan, draft.plan).filter((c) => !rejected.has(c.key)) : []), [plan, draft, rejected]);
  const accept = (list: readonly PlanChange[]) => list.length > 0 && store.execute(acceptChanges(list));
  const reject = (list: readonly PlanChange[]) => setRejected(new Set([...rejected, ...list.map((c) => c.key)]));

  return (
    <section className="view view-scroll" aria-label="比较修改稿">
      <header className="view-header">
        <h2>比较修改稿</h2>
        {draft && <span className="unit">与“{draft.name}”比较，金额单位：万元</span>}
        <div className="toolbar">
          <button type="button" onClick={onOpen} data-testid="compare-open">打开修改稿…</button>
          {draft && (
            <>
              <button type="button" disabled={changes.length === 0} onClick={() => accept(changes)} data-testid="compare-accept-all">全部接受</button>
              <button type="button" disabled={changes.length === 0} onClick={() => reject(changes)} data-testid="compare-reject-all">全部拒绝</button>
              <button type="button" onClick={() => { setRejected(new Set()); onClose(); }}>结束比较</button>
            </>
          )}
        </div>
      </header>
      {!draft && <p className="empty">打开对方返回的修改稿（.xlsx 或 .aidplan），逐项查看差异，接受或拒绝每一处修改。</p>}
      {draft && (
        <p className={changes.length > 0 ? 'count count-bad' : 'count count-ok'} data-testid="compare-summary">
          {changes.length > 0 ? `还有 ${changes.length} 处差异` : '没有未处理的差异'}
          {rejected.size > 0 ? `（已拒绝 ${rejected.size} 处）` : ''}
        </p>
      )}
      {changes.length > 0 && (
        <table className="report-table" data-testid="compare-table">
          <thead>
            <tr>
              <th>类型</th>
              <th>内容</th>
              <th>当前</th>
              <th>修改稿</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.key} data-testid="compare-change">
                <td>{mark(c)}</td>
                <th scope="row">{c.label}</th>
                <td className="compare-before">{shownValue(c, c.before)}</td>
                <td className="compare-after">{shownValue(c, c.after)}</td>
                <td>
                  <button type="button" onClick={() => accept([c])}>接受</button>{' '}
                  <button type="button" onClick={() => reject([c])}>拒绝</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
