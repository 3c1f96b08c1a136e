import { acceptChanges } from '../../shared/commands/acceptChanges.ts';
import { GUESS_NOTE, changeCount, changeMark } from '../../shared/diff/changeLines.ts';
import { withDependencies } from '../../shared/diff/dependencies.ts';
import type { PlanChange } from '../../shared/diff/planDiff.ts';
import { useComparison, type ComparedDraft } from '../store/draftContext.ts';
import { useDocument, useStore } from '../store/useDocument.ts';
import { groupedText } from '../grid/format.ts';

export type { ComparedDraft } from '../store/draftContext.ts';

/** Amounts are shown with 千分位 as everywhere else; years, names and text as they are. */
const isMoney = (c: PlanChange) =>
  c.kind === 'yearlyMoney' ||
  c.kind === 'categoryAmount' ||
  c.kind === 'projectAmount' ||
  (c.kind === 'projectField' && (c.field === 'totalInvestment' || c.field === 'aid'));
const shownValue = (c: PlanChange, value: string) => (isMoney(c) ? groupedText(value) : value);

/**
 * 比较修改稿 (《甘孜日报》: 几易其稿): every difference between the open plan and a
 * partner's revised .xlsx or .aidplan, rows matched by their 行标识 (rows
 * without one by name and content, marked 推测). Each change is accepted (with
 * what it depends on) or rejected, each an undo step; 全部接受 and 全部拒绝 take
 * every change still listed as one step. Rejections are kept in the document
 * store until the comparison ends.
 */
export function CompareView({ draft, onOpen, onClose }: { draft: ComparedDraft | null; onOpen: () => void; onClose: () => void }) {
  const { plan } = useDocument();
  const store = useStore();
  const { all, open: changes, rejected } = useComparison(plan, draft);
  const accept = (list: readonly PlanChange[], label?: string) => {
    if (list.length === 0) return;
    const taken = withDependencies(plan, list, all);
    if (taken.changes.length > 0) store.execute(acceptChanges(taken.changes, label));
    const said = [...taken.refused.map((r) => r.reason), ...taken.notes];
    if (said.length > 0) store.setMessage({ kind: taken.refused.length > 0 ? 'error' : 'info', text: said.join('；') });
  };
  const reject = (list: readonly PlanChange[]) => {
    if (draft)
      store.reject(
        draft,
        list.map((c) => c.key),
        list.length === 1 ? `拒绝修改：${list[0]!.label}` : `拒绝${list.length}处修改`,
      );
  };

  return (
    <section className="view view-scroll" aria-label="比较修改稿">
      <header className="view-header">
        <h2>比较修改稿</h2>
        {draft && <span className="unit">与“{draft.name}”比较，金额单位：万元</span>}
        <div className="toolbar">
          <button type="button" onClick={onOpen} data-testid="compare-open">
            打开修改稿…
          </button>
          {draft && (
            <>
              <button
                type="button"
                disabled={changes.length === 0}
                onClick={() => accept(changes, `全部接受（${changes.length}处修改）`)}
                data-testid="compare-accept-all"
              >
                全部接受
              </button>
              <button type="button" disabled={changes.length === 0} onClick={() => reject(changes)} data-testid="compare-reject-all">
                全部拒绝
              </button>
              <button type="button" onClick={onClose}>
                结束比较
              </button>
            </>
          )}
        </div>
      </header>
      {!draft && <p className="empty">打开对方返回的修改稿（.xlsx 或 .aidplan），逐项查看差异，接受或拒绝每一处修改。</p>}
      {draft && (
        <p className={changes.length > 0 ? 'count count-bad' : 'count count-ok'} data-testid="compare-summary">
          {changeCount(changes.length, rejected)}
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
                <td>
                  {changeMark(c)}
                  {c.guess && (
                    <span className="compare-guess" title={GUESS_NOTE} data-testid="compare-guess">
                      （推测）
                    </span>
                  )}
                </td>
                <th scope="row">{c.label}</th>
                <td className="compare-before">{shownValue(c, c.before)}</td>
                <td className="compare-after">{shownValue(c, c.after)}</td>
                <td>
                  <button type="button" onClick={() => accept([c])}>
                    接受
                  </button>{' '}
                  <button type="button" onClick={() => reject([c])}>
                    拒绝
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
