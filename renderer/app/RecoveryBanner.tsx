import { formatDateTimeZh } from '../../shared/format/dates.ts';
import type { RecoveryInfo } from '../../shared/ipc.ts';

/** Offered at startup when the last session ended without closing (a crash): restore its autosaved work? */
export function RecoveryBanner({ info, onRestore, onDiscard }: { info: RecoveryInfo; onRestore: () => void; onDiscard: () => void }) {
  const when = formatDateTimeZh(info.savedAt);
  return (
    <div className="banner" role="alert" data-testid="recovery-banner">
      <span>
        上次程序未正常关闭。发现 {when} 自动保存的“{info.displayName}”未保存内容，是否恢复？
      </span>
      <button type="button" data-testid="recovery-restore" onClick={onRestore}>
        恢复
      </button>
      <button type="button" data-testid="recovery-discard" onClick={onDiscard}>
        放弃
      </button>
    </div>
  );
}
