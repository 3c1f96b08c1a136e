import type { StartupState } from '../../shared/ipc.ts';

declare global {
  interface Window {
    /** The answer asked for by public/startup.js, before this script had downloaded. */
    readonly __aidplanStartup?: Promise<StartupState>;
  }
}

/**
 * What to show first. public/startup.js, a tiny script in the page's head,
 * asks the main process while the large script is still downloading and
 * compiling; if it did not run, the question is asked now, before the rest
 * of this script is evaluated (main.tsx imports this module first).
 */
export const startupRequest: Promise<StartupState> = window.__aidplanStartup ?? window.api.startup();
// Handled by App once it mounts; until then a failure is not an unhandled rejection.
void startupRequest.catch(() => undefined);
performance.mark('aidplan:script-started');
