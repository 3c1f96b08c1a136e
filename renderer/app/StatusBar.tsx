import type { StatusMessage } from '../store/documentStore.ts';
import type { AutosaveFailure } from './useAutosave.ts';

/** The bottom line: the last message, an autosave that keeps failing, the count of problems, the unit. */
export function StatusBar({
  message,
  errors,
  warnings,
  onProblems,
  autosave = null,
}: {
  message: StatusMessage | null;
  errors: number;
  warnings: number;
  onProblems: () => void;
  autosave?: AutosaveFailure | null;
}) {
  return (
    <footer className="statusbar">
      {autosave && (
        <span className="status-message status-error status-autosave" data-testid="status-autosave" role="alert" title={autosave.reason}>
          自动保存已连续失败{autosave.count}次，未保存的修改没有恢复副本：{autosave.reason}
        </span>
      )}
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
