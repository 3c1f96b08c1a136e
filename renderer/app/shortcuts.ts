import type { MenuCommand, ViewName } from '../../shared/ipc.ts';
import { VIEWS } from '../../shared/ipc.ts';

/**
 * The window's keyboard shortcuts (Windows habits), handled in the page so
 * they work the same with or without Electron's menu: the menu shows them
 * but does not register them (electron/main/menu.ts).
 */
export function shortcutCommand(e: KeyboardEvent): MenuCommand | null {
  const ctrl = e.ctrlKey || e.metaKey;
  if (e.key === 'F1' && !ctrl && !e.altKey && !e.shiftKey) return { kind: 'help' };
  if (!ctrl || e.altKey) return null;
  const key = e.key.toLowerCase();
  const inTextField = e.target instanceof HTMLElement && (e.target.tagName === 'INPUT' || e.target.tagName === 'TEXTAREA' || e.target.isContentEditable);
  if (key === 's') return { kind: e.shiftKey ? 'saveAs' : 'save' };
  if (key === 'n' && !e.shiftKey) return { kind: 'new' };
  if (key === 'o' && !e.shiftKey) return { kind: 'open' };
  if (key === 'p' && !e.shiftKey) return { kind: 'print' };
  // In a text field, undo/redo belong to the field.
  if (!inTextField && key === 'z' && !e.shiftKey) return { kind: 'undo' };
  if (!inTextField && (key === 'y' || (key === 'z' && e.shiftKey))) return { kind: 'redo' };
  const n = Number(e.key);
  if (n >= 1 && n <= VIEWS.length) return { kind: 'view', view: VIEWS[n - 1] as ViewName };
  return null;
}
