import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { VIEW_LIST, VIEW_NAMES } from '../../shared/views.ts';
import { VIEWS } from '../../shared/ipc.ts';
import { shortcutCommand, type ShortcutKey } from '../../renderer/app/shortcuts.ts';
import { VIEW_GUIDE, WINDOW_SHORTCUTS } from '../../renderer/help/guide.ts';

// Electron's Menu replaced at the import boundary: the 视图 menu is checked as built.
vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => ({ template }) } }));
const { buildMenu } = await import('../../electron/main/menu.ts');

const key = (k: string, mods: Partial<ShortcutKey> = {}): ShortcutKey => ({
  key: k,
  ctrlKey: true,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  target: null,
  ...mods,
});

/** The views as each place lists them: [label, shortcut number or null, the view it opens]. */
type Listed = [string, number | null, string];

describe('one registry of views (shared/views.ts)', () => {
  const declared: Listed[] = VIEW_LIST.map((v) => [v.label, v.shortcut, v.name]);

  it('numbers the first nine views Ctrl+1…Ctrl+9 in tab order and leaves the rest without a shortcut', () => {
    expect(VIEW_LIST.map((v) => v.shortcut)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, null, null]);
    expect(new Set(VIEW_LIST.map((v) => v.label)).size).toBe(VIEW_LIST.length);
    expect(VIEWS).toEqual(VIEW_NAMES);
  });

  it('the 视图 menu lists the same views in the same order with the same shortcuts, and each item opens its view', () => {
    const sent: unknown[] = [];
    const menu = buildMenu((c) => sent.push(c), [], null) as unknown as { template: MenuItemConstructorOptions[] };
    const items = (menu.template.find((m) => m.label === '视图(&V)')!.submenu as MenuItemConstructorOptions[]).filter((i) => i.click);
    for (const i of items) i.click!({} as never, undefined, {} as never);
    const listed: Listed[] = items.map((i, n) => [
      i.label!,
      i.accelerator ? Number(/^CmdOrCtrl\+(\d)$/.exec(i.accelerator)![1]) : null,
      (sent[n] as { view: string }).view,
    ]);
    expect(listed).toEqual(declared);
  });

  it('Ctrl+N opens the Nth view, and Ctrl+6 opens the sixth tab', () => {
    const listed: Listed[] = VIEW_LIST.map((v, i) => {
      const n = i + 1;
      const command = n <= 9 ? shortcutCommand(key(String(n))) : null;
      return [v.label, command ? n : null, command && command.kind === 'view' ? command.view : v.name];
    });
    expect(listed).toEqual(declared);
    expect(shortcutCommand(key('6'))).toEqual({ kind: 'view', view: VIEW_LIST[5]!.name });
    expect(shortcutCommand(key('0'))).toBeNull();
    expect(shortcutCommand(key('6', { ctrlKey: false }))).toBeNull();
  });

  it('使用说明 lists the same views in the same order with the same shortcuts, and names the Ctrl+1…9 views in order', () => {
    const listed: Listed[] = VIEW_GUIDE.map((v) => [v.label, v.keys ? Number(v.keys.replace('Ctrl+', '')) : null, v.name]);
    expect(listed).toEqual(declared);
    const row = WINDOW_SHORTCUTS.find((s) => s.keys === 'Ctrl+1 … Ctrl+9')!;
    expect(row.action).toBe(
      `切换视图：${VIEW_LIST.slice(0, 9)
        .map((v) => v.label)
        .join('、')}`,
    );
    for (const v of VIEW_GUIDE) expect(v.text.length).toBeGreaterThan(8);
  });
});
