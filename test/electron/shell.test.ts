import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

// Electron's classes replaced at the import boundary: the menu template and window options are checked as built.
const electron = vi.hoisted(() => {
  const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
  class BrowserWindow {
    static last: BrowserWindow;
    webContents = contents;
    constructor(readonly options: unknown) {
      BrowserWindow.last = this;
    }
    once = vi.fn();
    loadURL = vi.fn(async () => undefined);
    loadFile = vi.fn(async () => undefined);
    setMenu = vi.fn();
    maximize = vi.fn();
    show = vi.fn();
  }
  return {
    BrowserWindow,
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
    session: { defaultSession: { webRequest: { onHeadersReceived: vi.fn() } } },
    contents,
  };
});
vi.mock('electron', () => electron);

const { buildMenu } = await import('../../electron/main/menu.ts');
const { createMainWindow } = await import('../../electron/main/window.ts');

describe('the menu', () => {
  const sent: unknown[] = [];
  const menu = buildMenu((c) => sent.push(c), [{ path: 'D:\\规划\\甲.aidplan', name: '甲.aidplan' }], null) as unknown as {
    template: MenuItemConstructorOptions[];
  };
  const items = (label: string) => menu.template.find((m) => m.label?.startsWith(label))!.submenu as MenuItemConstructorOptions[];

  it('has 文件, 编辑, 视图, 工具 and 帮助 with the Windows shortcuts', () => {
    expect(menu.template.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '工具(&T)', '帮助(&H)']);
    const accel = Object.fromEntries([...items('文件'), ...items('编辑')].filter((i) => i.label).map((i) => [i.label, i.accelerator]));
    expect(accel).toMatchObject({
      新建: 'CmdOrCtrl+N',
      '打开…': 'CmdOrCtrl+O',
      保存: 'CmdOrCtrl+S',
      '另存为…': 'CmdOrCtrl+Shift+S',
      '打印…': 'CmdOrCtrl+P',
      撤销: 'CmdOrCtrl+Z',
      重做: 'CmdOrCtrl+Y',
    });
  });

  it('sends menu commands to the page, including a recent file', () => {
    items('文件').find((i) => i.label === '保存')!.click!({} as never, undefined, {} as never);
    const recent = items('文件').find((i) => i.label === '最近打开')!.submenu as MenuItemConstructorOptions[];
    recent[0]!.click!({} as never, undefined, {} as never);
    expect(sent).toEqual([{ kind: 'save' }, { kind: 'openRecent', path: 'D:\\规划\\甲.aidplan' }]);
    for (const label of ['导入Excel…', '导出Excel…', '导出PDF…']) items('文件').find((i) => i.label === label)!.click!({} as never, undefined, {} as never);
    for (const label of ['比较修改稿…', '多个规划汇总…']) items('工具').find((i) => i.label === label)!.click!({} as never, undefined, {} as never);
    expect(sent.slice(2)).toEqual([
      { kind: 'importWorkbook' },
      { kind: 'exportWorkbook' },
      { kind: 'exportPdf' },
      { kind: 'compare' },
      { kind: 'consolidate' },
    ]);
    expect(recent[0]!.label).toBe('1 甲.aidplan');
  });

  it('帮助 has 使用说明 (F1) and 关于', () => {
    const help = items('帮助').filter((i) => i.label);
    expect(help.map((i) => [i.label, i.accelerator])).toEqual([
      ['使用说明', 'F1'],
      ['关于对口帮扶规划表', undefined],
    ]);
    const before = sent.length;
    for (const i of help) i.click!({} as never, undefined, {} as never);
    expect(sent.slice(before)).toEqual([{ kind: 'help' }, { kind: 'about' }]);
  });
});

describe('the main window', () => {
  it('isolates the page: context isolation, sandbox, no Node, web security; it shows the app protocol, not a file', () => {
    const win = createMainWindow('/app/out/preload/index.cjs', undefined) as unknown as {
      options: { webPreferences: Record<string, unknown> };
      loadURL: ReturnType<typeof vi.fn>;
      loadFile: ReturnType<typeof vi.fn>;
    };
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: '/app/out/preload/index.cjs',
    });
    expect(win.loadURL).toHaveBeenCalledWith('app://aidplan/index.html');
    expect(win.loadFile).not.toHaveBeenCalled();
    const dev = createMainWindow('/p.cjs', 'http://localhost:5173/') as unknown as { loadURL: ReturnType<typeof vi.fn> };
    expect(dev.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
  });

  it('opens where it was left, with a minimum size, and maximises before it shows when it was maximised', () => {
    createMainWindow('/p.cjs', undefined, { x: 2000, y: 40, width: 1100, height: 800, minWidth: 760, minHeight: 460, maximized: true });
    const win = electron.BrowserWindow.last as unknown as {
      options: Record<string, unknown>;
      once: ReturnType<typeof vi.fn>;
      maximize: ReturnType<typeof vi.fn>;
      show: ReturnType<typeof vi.fn>;
    };
    expect(win.options).toMatchObject({ x: 2000, y: 40, width: 1100, height: 800, minWidth: 760, minHeight: 460, show: false });
    const ready = win.once.mock.calls.find(([event]) => event === 'ready-to-show')![1] as () => void;
    expect(win.maximize).not.toHaveBeenCalled();
    ready();
    expect(win.maximize).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
  });

  it('without a remembered position the system centres it', () => {
    createMainWindow('/p.cjs', undefined);
    const options = (electron.BrowserWindow.last as unknown as { options: Record<string, unknown> }).options;
    expect(options).toMatchObject({ center: true, width: 1400, height: 860 });
    expect(options['x']).toBeUndefined();
  });
});
