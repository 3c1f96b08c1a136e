import { ipcMain } from 'electron';
import { CALL_NAMES, channelOf } from '../../shared/ipc.ts';
import type { HandlerRegistry } from '../node/handlers.ts';

/**
 * The only place ipcMain is used: every call of the contract is served by
 * its handler. Only the app's own page may call (checked by the sender's
 * URL), and an error reaches the renderer as its message alone.
 */
export function registerIpc(handlers: HandlerRegistry, isTrustedSender: (url: string) => boolean): () => void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelOf(name), async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame?.url ?? '')) throw new Error('拒绝来自未知页面的请求');
      const handler = handlers[name] as (...a: unknown[]) => Promise<unknown>;
      return handler(...args);
    });
  }
  return () => {
    for (const name of CALL_NAMES) ipcMain.removeHandler(channelOf(name));
  };
}
