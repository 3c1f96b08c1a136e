import type { AidPlanApi } from '../shared/ipc.ts';

declare global {
  interface Window {
    /** Built by the preload (Electron) or by the e2e harness's init script; typed by shared/ipc.ts. */
    readonly api: AidPlanApi;
  }
}

/** The main-process calls. */
export const api = (): AidPlanApi => window.api;

/**
 * The Chinese sentence of a failed call. Electron prefixes the handler's
 * message with "Error invoking remote method 'x': Error: "; drop that.
 */
export function userMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Error invoking remote method '[^']*':\s*/, '').replace(/^(\w*Error):\s*/, '');
}
