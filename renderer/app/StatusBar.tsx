import type { StatusMessage } from '../store/documentStore.ts';

/** The bottom line: the last message, the count of problems, the unit. */
export function StatusBar({ message, errors, warnings, onProblems }: { message: StatusMessage | null; errors: number; warnings: number; onProblems: () => void }) {
  return (
    <footer className="statusbar">
      <span className={message?.kind === 'error' ? 'status-message status-error' : 'status-message'} data-testid="status-message" role="status">
        {message?.text ?? '就绪'}
      </span>
      <button type="button" className="status-problems" onClick={onProblems} data-testid="status-problems">
        错误 {errors} · 提醒 {warnings}
      </button>
      <span className="status-unit">单位：万元</span>
    </footer>
  );
}
