import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, channelOf } from '../../shared/ipc.ts';
import type { CallEntry } from '../../electron/node/callEntry.ts';

const electron = vi.hoisted(() => ({ ipcMain: { handle: vi.fn(), removeHandler: vi.fn() } }));
vi.mock('electron', () => electron);

const { registerIpc } = await import('../../electron/main/ipc.ts');

type Served = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => Promise<unknown>;

describe('the ipcMain wiring', () => {
  const calls: unknown[][] = [];
  const handlers = Object.fromEntries(
    CALL_NAMES.map((name) => [
      name,
      async (...args: unknown[]) => {
        calls.push([name, ...args]);
        return `${name} done`;
      },
    ]),
  ) as unknown as CallEntry;
  const unregister = registerIpc(handlers, (url) => url.startsWith('file:///app/renderer/'));
  const served = (name: string) =>
    (electron.ipcMain.handle.mock.calls.find(([channel]) => channel === channelOf(name as never)) as unknown as [string, Served])[1];

  it('serves every call of the contract on its channel', () => {
    expect(electron.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(CALL_NAMES.map(channelOf).sort());
  });

  it('hands the arguments of the app’s own page to the handler', async () => {
    expect(await served('openRecent')({ senderFrame: { url: 'file:///app/renderer/index.html' } }, 'D:\\a.aidplan')).toBe('openRecent done');
    expect(calls.at(-1)).toEqual(['openRecent', 'D:\\a.aidplan']);
  });

  it('refuses calls from any other page, before the handler runs', async () => {
    const before = calls.length;
    await expect(served('save')({ senderFrame: { url: 'https://evil.example/' } }, {})).rejects.toThrow('拒绝');
    await expect(served('save')({ senderFrame: null }, {})).rejects.toThrow('拒绝');
    expect(calls.length).toBe(before);
  });

  it('removes every handler when unregistered', () => {
    unregister();
    expect(electron.ipcMain.removeHandler.mock.calls.map(([c]) => c).sort()).toEqual(CALL_NAMES.map(channelOf).sort());
  });
});
