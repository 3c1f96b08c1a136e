import { useEffect, useRef } from 'react';
import type { Plan } from '../../shared/model/plan.ts';
import { api } from '../api.ts';
import type { DocumentStore } from '../store/documentStore.ts';

/** Every 30 s, as the main process's recovery service expects (electron/node/recovery.ts). */
export const AUTOSAVE_MS = 30_000;

/**
 * Copies unsaved work to the recovery file every 30 s and when the window
 * loses focus, only when it changed since the last copy. The user's own file
 * is written only by 保存.
 */
export function useAutosave(store: DocumentStore): void {
  const last = useRef<Plan | null>(null);
  useEffect(() => {
    const write = () => {
      const { plan, dirty, displayName } = store.getSnapshot();
      if (!dirty || plan === last.current) return;
      last.current = plan;
      api()
        .writeRecovery(plan, displayName)
        .catch(() => {
          last.current = null; // try again next time
        });
    };
    const timer = window.setInterval(write, AUTOSAVE_MS);
    window.addEventListener('blur', write);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('blur', write);
    };
  }, [store]);
}
