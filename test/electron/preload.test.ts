import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, MENU_CHANNEL, PROGRESS_CHANNEL, type AidPlanApi, type MenuCommand, type WorkProgress } from '../../shared/ipc.ts';
import { SAMPLES } from '../../shared/samples/index.ts';

// Electron is replaced at the import boundary only: the preload's own code runs as in the app.
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => 'answer'), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

let api: AidPlanApi;

beforeEach(async () => {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('../../electron/preload/index.ts');
  const [name, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, AidPlanApi];
  expect(name).toBe('api');
  api = exposed;
});

describe('the preload', () => {
  it('exposes window.api with exactly the calls of the contract and onMenu', () => {
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES, 'onMenu', 'onProgress'].sort());
  });

  it('turns each call into an invoke on the call’s own channel with the same arguments', async () => {
    const plan = SAMPLES['wuhou-baiyu-2016-2020']();
    expect(await api.save(plan)).toBe('answer');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('aidplan:save', plan);
    await api.setTitleState('计划.aidplan', true);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('aidplan:setTitleState', '计划.aidplan', true);
    await api.openRecent('D:\\规划\\计划.aidplan');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('aidplan:openRecent', 'D:\\规划\\计划.aidplan');
  });

  it('passes menu commands to a listener without the IPC event, and stops when asked', () => {
    const seen: MenuCommand[] = [];
    const stop = api.onMenu((c) => seen.push(c));
    const [channel, wrapped] = electron.ipcRenderer.on.mock.calls.at(-1) as unknown as [string, (event: unknown, c: MenuCommand) => void];
    expect(channel).toBe(MENU_CHANNEL);
    wrapped({ sender: 'not for the page' }, { kind: 'save' });
    expect(seen).toEqual([{ kind: 'save' }]);
    stop();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(MENU_CHANNEL, wrapped);
  });

  it('passes the progress of long work to a listener, and stops when asked', () => {
    const seen: (WorkProgress | null)[] = [];
    const stop = api.onProgress((p) => seen.push(p));
    const [channel, wrapped] = electron.ipcRenderer.on.mock.calls.at(-1) as unknown as [string, (event: unknown, p: WorkProgress | null) => void];
    expect(channel).toBe(PROGRESS_CHANNEL);
    wrapped({}, { title: '正在汇总', done: 2, total: 9 });
    wrapped({}, null);
    expect(seen).toEqual([{ title: '正在汇总', done: 2, total: 9 }, null]);
    stop();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(PROGRESS_CHANNEL, wrapped);
  });
});
