import { useEffect, useState } from 'react';
import type { WorkProgress } from '../../shared/ipc.ts';
import { api } from '../api.ts';

/**
 * The progress of a long task (汇总, 导入/导出Excel, 导出PDF) above the status bar,
 * with 取消. It shows what the main process reports and disappears when the
 * task ends; the task itself says what happened (a result or “已取消…”).
 */
export function WorkProgressBar() {
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  useEffect(
    () =>
      api().onProgress((p) => {
        setProgress(p);
        if (!p) setCancelling(false);
      }),
    [],
  );
  if (!progress) return null;
  const known = progress.total > 0;
  return (
    <div className="work-progress" role="status" data-testid="work-progress">
      <span>{progress.title}…</span>
      {/* No value while the count is unknown: the bar then shows that work goes on. */}
      <progress max={known ? progress.total : undefined} value={known ? progress.done : undefined} aria-label={progress.title} />
      <span className="count" data-testid="work-progress-count">
        {known ? `${progress.done} / ${progress.total}` : ''}
      </span>
      <button
        type="button"
        data-testid="work-cancel"
        disabled={cancelling}
        onClick={() => {
          setCancelling(true);
          void api().cancelWork();
        }}
      >
        {cancelling ? '正在取消…' : '取消'}
      </button>
    </div>
  );
}
