import type { StartupState } from '../../shared/ipc.ts';

/**
 * What to show first, asked of the main process before the rest of the
 * page's script is evaluated (main.tsx imports this module first): the main
 * process reads the document while the page is still starting.
 */
export const startupRequest: Promise<StartupState> = window.api.startup();
// Handled by App once it mounts; until then a failure is not an unhandled rejection.
void startupRequest.catch(() => undefined);
performance.mark('aidplan:startup-asked');
