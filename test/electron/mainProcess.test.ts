import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// The whole main process started with Electron replaced at the import boundary: what it registers, and when.
const electron = vi.hoisted(() => {
  const order: string[] = [];
  const appEvents: Record<string, (...args: unknown[]) => unknown> = {};
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  class BrowserWindow {
    static last: BrowserWindow;
    webContents = { send: vi.fn(), on: vi.fn(), setWindowOpenHandler: vi.fn() };
    constructor(readonly options: unknown) {
      BrowserWindow.last = this;
    }
    on = vi.fn();
    once = vi.fn();
    loadURL = vi.fn(async (url: string) => void order.push(`loadURL ${url}`));
    setMenu = vi.fn();
  }
  const area = { x: 0, y: 0, width: 1920, height: 1040 };
  return {
    order,
    appEvents,
    ready: () => ready(),
    BrowserWindow,
    app: {
      commandLine: { appendSwitch: vi.fn() },
      requestSingleInstanceLock: () => true,
      isPackaged: true,
      getPath: () => mkdtempSync(path.join(os.tmpdir(), 'aidplan-main-')),
      getVersion: () => '0.1.0',
      on: (event: string, handler: (...args: unknown[]) => unknown) => void (appEvents[event] = handler),
      whenReady: () => whenReady,
      quit: vi.fn(),
    },
    screen: { getAllDisplays: () => [{ workArea: area }], getPrimaryDisplay: () => ({ workArea: area }) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => void order.push('registerSchemesAsPrivileged')),
      handle: vi.fn((scheme: string) => void order.push(`handle ${scheme}`)),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(() => void order.push('setPermissionRequestHandler')),
        setPermissionCheckHandler: vi.fn(() => void order.push('setPermissionCheckHandler')),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    Menu: { buildFromTemplate: vi.fn(() => ({})) },
    dialog: {},
  };
});
vi.mock('electron', () => electron);

type Served = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => Promise<unknown>;

describe('the main process at start', () => {
  it('declares the app scheme privileged before ready, then serves it, denies permissions and locks every page before the window loads', async () => {
    await import('../../electron/main/index.ts');
    expect(electron.order).toEqual(['registerSchemesAsPrivileged']);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);

    electron.ready();
    await vi.waitFor(() => expect(electron.order).toContain('loadURL app://aidplan/index.html'));
    expect(electron.order.indexOf('handle app')).toBeLessThan(electron.order.indexOf('loadURL app://aidplan/index.html'));
    expect(electron.order.indexOf('setPermissionRequestHandler')).toBeLessThan(electron.order.indexOf('loadURL app://aidplan/index.html'));
    expect(electron.order).toContain('setPermissionCheckHandler');

    // Every web contents created (the main window's, the print windows') is locked.
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    electron.appEvents['web-contents-created']!({}, contents);
    expect(contents.on.mock.calls.map(([event]) => event)).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('answers IPC only from the app protocol’s own page: a renderer folder anywhere on disk is refused', async () => {
    const served = (name: string) => (electron.ipcMain.handle.mock.calls.find(([channel]) => channel === `aidplan:${name}`) as unknown as [string, Served])[1];
    expect(await served('recentFiles')({ senderFrame: { url: 'app://aidplan/index.html' } })).toEqual([]);
    for (const url of [
      'file:///home/u/Downloads/renderer/evil.html',
      'file:///C:/Program%20Files/AidPlan/resources/app.asar/out/renderer/index.html',
      'app://other/index.html',
      'https://evil.example/',
    ]) {
      await expect(served('recentFiles')({ senderFrame: { url } }), url).rejects.toThrow('拒绝来自未知页面的请求');
    }
    await expect(served('recentFiles')({ senderFrame: null })).rejects.toThrow('拒绝');
  });
});
