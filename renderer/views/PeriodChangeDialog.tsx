import { useEffect, useRef, useState, type ReactNode } from 'react';
import { amountsOutside, changePeriod, OUTSIDE_CHOICE_LABELS, type OutsideAmount, type OutsideChoice } from '../../shared/commands/period.ts';
import { asYear } from '../../shared/model/ids.ts';
import { formatGrouped, wanToDecimal } from '../../shared/money/wan.ts';
import type { DocumentStore } from '../store/documentStore.ts';

/** How many outside amounts the dialog lists before it says «等N处». */
const LISTED = 8;

interface Pending {
  readonly first: number;
  readonly last: number;
  readonly outside: readonly OutsideAmount[];
}

/**
 * Changing the 规划期 when amounts lie outside the new one asks what to do
 * with them (keep them as problems, move them, clear them, or cancel): they
 * are never hidden. Without such amounts the period changes at once. A
 * period that is not a period is refused by the store's check with its reason.
 * `revision` changes on 取消, so the year fields can go back to the plan's years.
 */
export function usePeriodChange(store: DocumentStore): { request: (first: number, last: number) => void; dialog: ReactNode; revision: number } {
  const [pending, setPending] = useState<Pending | null>(null);
  const [revision, setRevision] = useState(0);
  const apply = (first: number, last: number, choice: OutsideChoice) =>
    store.execute(changePeriod(store.getSnapshot().plan, asYear(first), asYear(last), choice));
  const request = (first: number, last: number) => {
    const plan = store.getSnapshot().plan;
    const outside = first <= last ? amountsOutside(plan, first, last) : [];
    if (outside.length === 0) apply(first, last, 'keep');
    else setPending({ first, last, outside });
    setRevision((r) => r + 1);
  };
  const choose = (choice: OutsideChoice | null) => {
    if (pending && choice) apply(pending.first, pending.last, choice);
    setPending(null);
    setRevision((r) => r + 1);
  };
  const dialog = pending && <PeriodChangeDialog pending={pending} onChoose={choose} />;
  return { request, dialog, revision };
}

function PeriodChangeDialog({ pending, onChoose }: { pending: Pending; onChoose: (choice: OutsideChoice | null) => void }) {
  const { first, last, outside } = pending;
  const total = outside.reduce((sum, a) => sum.plus(wanToDecimal(a.amount)), wanToDecimal(null));
  // The dialog itself takes focus, not a button: the Enter that committed the year must not also choose.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div className="modal-backdrop">
      <div
        ref={box}
        className="modal period-dialog"
        role="dialog"
        aria-modal="true"
        aria-label="修改规划期"
        data-testid="period-dialog"
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onChoose(null);
          }
        }}
      >
        <header className="modal-header">
          <h2>修改规划期</h2>
        </header>
        <div className="modal-body">
          <p data-testid="period-dialog-summary">
            新的规划期为{first}—{last}年，有{outside.length}处金额（合计{formatGrouped(total)}万元）不在新的规划期内：
          </p>
          <ul className="period-dialog-list">
            {outside.slice(0, LISTED).map((a) => (
              <li key={`${a.where}|${a.year}`}>
                {a.where}：{a.year}年 {formatGrouped(wanToDecimal(a.amount))}万元
              </li>
            ))}
            {outside.length > LISTED && <li>等{outside.length}处</li>}
          </ul>
          <p>如何处理这些金额？</p>
          <div className="period-dialog-buttons">
            {(Object.keys(OUTSIDE_CHOICE_LABELS) as OutsideChoice[]).map((choice) => (
              <button type="button" key={choice} onClick={() => onChoose(choice)} data-testid={`period-${choice}`}>
                {OUTSIDE_CHOICE_LABELS[choice]}
                {choice === 'move' ? '？' : ''}
              </button>
            ))}
            <button type="button" onClick={() => onChoose(null)} data-testid="period-cancel">
              取消
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
