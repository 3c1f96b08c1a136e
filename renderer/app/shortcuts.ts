import type { MenuCommand } from '../../shared/ipc.ts';
import { viewOfShortcut } from '../../shared/views.ts';

/** The parts of a key event the shortcuts read (a plain object in the unit tests). */
export type ShortcutKey = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target'>;

const isTextField = (target: EventTarget | null) =>
  typeof HTMLElement !== 'undefined' &&
  target instanceof HTMLElement &&
  (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);

/**
 * The window's keyboard shortcuts (Windows habits), handled in the page so
 * they work the same with or without Electron's menu: the menu shows them
 * but does not register them (electron/main/menu.ts). Ctrl+1…9 open the
 * views in tab order (shared/views.ts).
 */
export function shortcutCommand(e: ShortcutKey): MenuCommand | null {
  const ctrl = e.ctrlKey || e.metaKey;
  if (e.key === 'F1' && !ctrl && !e.altKey && !e.shiftKey) return { kind: 'help' };
  if (!ctrl || e.altKey) return null;
  const key = e.key.toLowerCase();
  const inTextField = isTextField(e.target);
  if (key === 's') return { kind: e.shiftKey ? 'saveAs' : 'save' };
  if (key === 'n' && !e.shiftKey) return { kind: 'new' };
  if (key === 'o' && !e.shiftKey) return { kind: 'open' };
  if (key === 'p' && !e.shiftKey) return { kind: 'print' };
  // In a text field, undo/redo belong to the field.
  if (!inTextField && key === 'z' && !e.shiftKey) return { kind: 'undo' };
  if (!inTextField && (key === 'y' || (key === 'z' && e.shiftKey))) return { kind: 'redo' };
  const view = !e.shiftKey && /^[1-9]$/.test(e.key) ? viewOfShortcut(Number(e.key)) : null;
  return view ? { kind: 'view', view } : null;
}
