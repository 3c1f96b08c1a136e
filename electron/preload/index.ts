/**
 * The preload: builds `window.api` from the contract (shared/ipc.ts), one
 * ipcRenderer.invoke per call. Emitted as CommonJS (a sandboxed preload
 * cannot be an ES module).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
// Names and channels only: a sandboxed preload cannot load zod, so the contract's schemas stay in the main process.
import { CALL_NAMES, MENU_CHANNEL, PROGRESS_CHANNEL, channelOf } from '../../shared/ipcChannels.ts';
import type { AidPlanApi, AidPlanCalls, MenuCommand, WorkProgress } from '../../shared/ipc.ts';

/** The object exposed as `window.api`. */
function buildApi(
  invoke: (channel: string, ...args: unknown[]) => Promise<unknown>,
  on: typeof ipcRenderer.on,
  off: typeof ipcRenderer.removeListener,
): AidPlanApi {
  // Each channel is answered by the call entry with the call's declared result (shared/ipc.ts).
  const calls = Object.fromEntries(CALL_NAMES.map((name) => [name, (...args: unknown[]) => invoke(channelOf(name), ...args)])) as AidPlanCalls;
  return {
    ...calls,
    onMenu(listener) {
      const wrapped = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
      on(MENU_CHANNEL, wrapped);
      return () => {
        off(MENU_CHANNEL, wrapped);
      };
    },
    onProgress(listener) {
      const wrapped = (_event: IpcRendererEvent, progress: WorkProgress | null) => listener(progress);
      on(PROGRESS_CHANNEL, wrapped);
      return () => {
        off(PROGRESS_CHANNEL, wrapped);
      };
    },
  } satisfies AidPlanApi;
}

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, ...args) => ipcRenderer.invoke(channel, ...args), ipcRenderer.on.bind(ipcRenderer), ipcRenderer.removeListener.bind(ipcRenderer)),
);
