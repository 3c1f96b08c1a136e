import { ipcMain } from 'electron';
import { CALL_NAMES, channelOf } from '../../shared/ipc.ts';
import type { CallEntry } from '../node/callEntry.ts';

/**
 * The only place ipcMain is used: every call of the contract is served by
 * the call entry (electron/node/callEntry.ts), which checks its arguments.
 * Only the app's own page may call (checked by the sender frame's URL,
 * before anything else), and an error reaches the renderer as its message alone.
 */
export function registerIpc(entry: CallEntry, isTrustedSender: (url: string) => boolean): () => void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelOf(name), async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame?.url ?? '')) throw new Error('拒绝来自未知页面的请求');
      return entry[name](...args);
    });
  }
  return () => {
    for (const name of CALL_NAMES) ipcMain.removeHandler(channelOf(name));
  };
}
