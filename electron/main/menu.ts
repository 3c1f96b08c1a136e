import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../../shared/ipc.ts';
import { PRODUCT_NAME } from '../../shared/product.ts';
import { VIEW_LIST } from '../../shared/views.ts';

/**
 * 文件/编辑/视图/帮助 with Windows shortcuts. Items send MenuCommands to the
 * renderer, which owns the document (undo stack, unsaved changes); copy and
 * paste use Chromium's own roles so the grid gets real clipboard events.
 */
export function buildMenu(send: (command: MenuCommand) => void, recent: readonly RecentFile[], win: BrowserWindow | null): Menu {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    // Shown in the menu; the page handles the keys itself (renderer/app/shortcuts.ts), so they work inside the grid too.
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => send(command),
  });
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0 ? [{ label: '（无）', enabled: false }] : recent.map((r, i) => item(`${i + 1} ${r.name}`, { kind: 'openRecent', path: r.path }));
  const template: MenuItemConstructorOptions[] = [
    {
      label: '文件(&F)',
      submenu: [
        item('新建', { kind: 'new' }, 'CmdOrCtrl+N'),
        item('打开…', { kind: 'open' }, 'CmdOrCtrl+O'),
        { label: '最近打开', submenu: recentItems },
        { type: 'separator' },
        item('保存', { kind: 'save' }, 'CmdOrCtrl+S'),
        item('另存为…', { kind: 'saveAs' }, 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item('导入Excel…', { kind: 'importWorkbook' }),
        item('导出Excel…', { kind: 'exportWorkbook' }),
        item('导出填报模板…', { kind: 'exportTemplate' }),
        item('导出PDF…', { kind: 'exportPdf' }),
        { type: 'separator' },
        item('打印…', { kind: 'print' }, 'CmdOrCtrl+P'),
        { type: 'separator' },
        item('退出', { kind: 'close' }, 'Alt+F4'),
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        item('撤销', { kind: 'undo' }, 'CmdOrCtrl+Z'),
        item('重做', { kind: 'redo' }, 'CmdOrCtrl+Y'),
        { type: 'separator' },
        { label: '剪切', role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { label: '复制', role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { label: '粘贴', role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { label: '全选', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        // The views as shared/views.ts declares them: the same list, order and shortcuts as the tabs.
        ...VIEW_LIST.map((v) => item(v.label, { kind: 'view', view: v.name }, v.shortcut === null ? undefined : `CmdOrCtrl+${v.shortcut}`)),
        { type: 'separator' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { label: '实际大小', role: 'resetZoom' },
      ],
    },
    {
      label: '工具(&T)',
      submenu: [item('比较修改稿…', { kind: 'compare' }), item('多个规划汇总…', { kind: 'consolidate' })],
    },
    { label: '帮助(&H)', submenu: [item('使用说明', { kind: 'help' }, 'F1'), { type: 'separator' }, item(`关于${PRODUCT_NAME}`, { kind: 'about' })] },
  ];
  const menu = Menu.buildFromTemplate(template);
  if (win) win.setMenu(menu);
  return menu;
}
