import { useEffect, useRef, useState } from 'react';
import type { Plan } from '../../shared/model/plan.ts';
import { api, userMessage } from '../api.ts';
import type { DocumentStore } from '../store/documentStore.ts';

/** Every 30 s, as the main process's recovery service expects (electron/node/recovery.ts). */
export const AUTOSAVE_MS = 30_000;

/** After this many autosaves in a row fail, the status bar says so until one succeeds. */
export const AUTOSAVE_FAILURES_SHOWN = 2;

/** The autosave's trouble, for the status bar: null while it works. */
export interface AutosaveFailure {
  /** Failed copies in a row. */
  readonly count: number;
  /** The last failure in Chinese: which field or which file-system condition. */
  readonly reason: string;
}

/**
 * Copies unsaved work to the recovery file every 30 s and when the window
 * loses focus, only when it changed since the last copy. The user's own file
 * is written only by 保存. Returns the failure to show once two copies in a
 * row failed (one may be a passing hiccup; two mean the work is not being
 * kept), cleared by the next copy that succeeds.
 */
export function useAutosave(store: DocumentStore, intervalMs: number = AUTOSAVE_MS): AutosaveFailure | null {
  const last = useRef<Plan | null>(null);
  const failures = useRef(0);
  const [failure, setFailure] = useState<AutosaveFailure | null>(null);
  useEffect(() => {
    const write = () => {
      const { plan, dirty, displayName } = store.getSnapshot();
      if (!dirty || plan === last.current) return;
      last.current = plan;
      api()
        .writeRecovery(plan, displayName)
        .then(() => {
          failures.current = 0;
          setFailure(null);
        })
        .catch((error: unknown) => {
          last.current = null; // try again next time
          failures.current++;
          if (failures.current >= AUTOSAVE_FAILURES_SHOWN) setFailure({ count: failures.current, reason: userMessage(error) });
        });
    };
    const timer = window.setInterval(write, intervalMs);
    window.addEventListener('blur', write);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('blur', write);
    };
  }, [store, intervalMs]);
  return failure;
}
