import { useCallback, useRef } from 'react';
import { actionForKey, GRID_ACTIONS, type GridActionContext } from './actions/index.ts';
import { showCellNote } from './cellNote.ts';
import { openContextMenu } from './contextMenu.ts';
import type { SheetCore } from './sheetCore.ts';
import { SheetEditor } from './sheetEditor.ts';
import { navigate } from './sheetNavigation.ts';

/**
 * Is the key, mouse or clipboard event meant for a cell editor: the sheet's field while it edits a cell,
 * or the grid's own list editor (项目类别)? The grid's editing state settles a task late: the list
 * editor is known by where the event happens.
 */
const inEditor = (core: SheetCore, target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target === core.keys
    ? core.editor?.isEditing === true
    : ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('.ag-cell-inline-editing, .ag-popup-editor') !== null);

/** The body or pinned cell under a mouse event: its row (pinned rows are b-0, b-1, … in the grid's DOM) and column. */
function cellAt(core: SheetCore, target: EventTarget | null): { cell: HTMLElement; row: number; col: number; pinned: boolean } | null {
  const cell = target instanceof Element ? target.closest<HTMLElement>('.ag-cell') : null;
  const rowIndex = cell?.closest('.ag-row')?.getAttribute('row-index');
  const colId = cell?.getAttribute('col-id');
  if (!cell || rowIndex == null || !colId) return null;
  const pinned = rowIndex.startsWith('b-');
  return { cell, row: Number(pinned ? rowIndex.slice(2) : rowIndex), col: core.colIndex(colId), pinned };
}

/** The action context for a key or a menu choice; the clipboard is the event's, or the system's through the browser. */
export function actionContext(core: SheetCore, event?: KeyboardEvent, data?: DataTransfer): GridActionContext {
  // The event's data can be read only while the event is dispatched: read it now.
  const pasted = data?.getData('text/plain') ?? '';
  return {
    core,
    ...(event ? { event } : {}),
    clipboard: data
      ? { write: (text) => data.setData('text/plain', text), read: () => Promise.resolve(pasted) }
      : { write: (text) => navigator.clipboard.writeText(text), read: () => navigator.clipboard.readText() },
    confirm: (question) => window.confirm(question),
  };
}

/** Keys, mouse presses, clipboard events and the right-click menu on the element around the grid, and the sheet's keys element in it. */
export function useContainerListeners(core: SheetCore): (element: HTMLElement | null) => void {
  const attached = useRef<(() => void) | null>(null);
  return useCallback(
    (element: HTMLElement | null) => {
      attached.current?.();
      attached.current = null;
      core.root = element;
      if (!element) return;
      const onKey = (e: KeyboardEvent) => {
        if (!core.api || inEditor(core, e.target) || e.isComposing) return;
        const action = actionForKey(e);
        if (action) {
          if (action.keys.some((k) => k.native && k.test(e))) return; // the copy/cut/paste event follows
          e.preventDefault();
          e.stopPropagation();
          const ctx = actionContext(core, e);
          if (action.enabled(ctx)) void action.perform(ctx);
          return;
        }
        if (e.target !== core.keys) return;
        if (navigate(core, e)) {
          e.preventDefault();
          e.stopPropagation();
          return;
        }
        // Typing into a computed cell: say why nothing happens, beside the cell. (Into any other cell,
        // the character's input opens the editor: sheetEditor.ts.)
        if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
          const readOnly = core.readOnlyNote();
          if (readOnly) {
            e.preventDefault();
            showCellNote(readOnly.cell, readOnly.reason);
          }
        }
      };
      // A press on a cell makes it active (Shift: extends the selection to it). The browser's focus
      // stays on the sheet's field. An open editor commits first; refused, it stays and nothing moves.
      const onMouseDown = (e: MouseEvent) => {
        if (!core.api || inEditor(core, e.target)) return;
        if (core.editor && !core.editor.leave()) {
          e.preventDefault();
          return;
        }
        const at = cellAt(core, e.target);
        // A header keeps its sorting and resizing (the grid's own listeners), not the keyboard; the scrollbars are left alone.
        if (!at && e.target instanceof Element && e.target.closest('.ag-header')) {
          e.preventDefault();
          core.focusKeys();
        }
        if (!at) return;
        e.preventDefault();
        core.focusKeys();
        if (e.button !== 0) return; // the right button: the menu decides (onMenu)
        if (at.pinned) core.moveToPinned(at.row, at.col);
        else core.moveTo(at.row, at.col, e.shiftKey);
      };
      // A double-click opens the cell's editor in Edit mode (the press before it made the cell active).
      const onDoubleClick = (e: MouseEvent) => {
        const at = cellAt(core, e.target);
        if (!core.api || !at || at.pinned || inEditor(core, e.target)) return;
        core.startEditing('edit', null);
      };
      const clip = (name: 'copy' | 'cut' | 'paste') => (e: ClipboardEvent) => {
        if (!core.api || inEditor(core, e.target)) return;
        e.preventDefault();
        const action = GRID_ACTIONS.find((a) => a.name === name)!;
        const ctx = actionContext(core, undefined, e.clipboardData ?? undefined);
        if (action.enabled(ctx)) void action.perform(ctx);
      };
      const onMenu = (e: MouseEvent) => {
        if (inEditor(core, e.target)) return;
        const at = cellAt(core, e.target);
        if (!at || !core.api) return;
        e.preventDefault();
        const { row, col, pinned } = at;
        // A right-click outside the selection selects the cell under the pointer (as Excel).
        const range = core.currentRange();
        const b = range
          ? {
              top: Math.min(range.anchor.row, range.focus.row),
              bottom: Math.max(range.anchor.row, range.focus.row),
              left: Math.min(range.anchor.col, range.focus.col),
              right: Math.max(range.anchor.col, range.focus.col),
            }
          : null;
        if (pinned) core.moveToPinned(row, col);
        else if (!b || row < b.top || row > b.bottom || col < b.left || col > b.right) core.moveTo(row, col);
        const ctx = actionContext(core);
        const refocus = () => core.focusKeys();
        openContextMenu(
          e.clientX,
          e.clientY,
          GRID_ACTIONS.filter((a) => a.inMenu).map((a) => ({
            name: a.name,
            label: a.label,
            shortcut: a.keys[0]?.shortcut ?? '',
            enabled: a.enabled(ctx),
            run: () => {
              refocus();
              void a.perform(ctx);
            },
          })),
          refocus,
        );
      };
      const cutEvent = clip('cut');
      const copyEvent = clip('copy');
      const pasteEvent = clip('paste');
      // Each listener added here is removed by the same entry when the grid's container goes.
      const removers: (() => void)[] = [];
      const on = <K extends keyof HTMLElementEventMap>(type: K, listener: (e: HTMLElementEventMap[K]) => void) => {
        element.addEventListener(type, listener);
        removers.push(() => element.removeEventListener(type, listener));
      };
      on('keydown', onKey);
      on('copy', copyEvent);
      on('cut', cutEvent);
      on('paste', pasteEvent);
      on('contextmenu', onMenu);
      on('mousedown', onMouseDown);
      on('dblclick', onDoubleClick);
      const editor = new SheetEditor(core, element);
      core.keys = editor.field;
      core.editor = editor;
      removers.push(() => {
        editor.detach();
        if (core.editor === editor) {
          core.keys = null;
          core.editor = null;
        }
      });
      attached.current = () => removers.forEach((remove) => remove());
    },
    [core],
  );
}
