import { useCallback, useRef } from 'react';
import { readOnlyReason } from '../../shared/commands/setCells.ts';
import { actionForKey, GRID_ACTIONS, type GridActionContext } from './actions/index.ts';
import { showCellNote } from './cellNote.ts';
import { openContextMenu } from './contextMenu.ts';
import type { SheetCore } from './sheetCore.ts';

/**
 * Is the key or clipboard event meant for a cell editor? Decided by where the event happens
 * (an editor's text field), not by the grid's editing state, which settles a task late.
 */
const inEditor = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('.ag-cell-inline-editing, .ag-popup-editor') !== null);

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

/** Why the focused cell cannot be typed into (a computed cell or row), or null. */
function focusedReadOnlyReason(core: SheetCore): { cell: HTMLElement; reason: string } | null {
  const f = core.api?.getFocusedCell();
  if (!f) return null;
  const node = f.rowPinned ? core.api!.getPinnedBottomRow(f.rowIndex) : core.api!.getDisplayedRowAtIndex(f.rowIndex);
  const colId = f.column.getColId();
  if (!node?.data || f.column.isCellEditable(node)) return null;
  const rowId = core.idOf(node);
  const reason = readOnlyReason(core.store.getSnapshot().plan, { table: core.table, rowId: rowId ?? '', column: colId }, rowId !== null);
  const cell = document.activeElement instanceof HTMLElement && document.activeElement.classList.contains('ag-cell') ? document.activeElement : null;
  return reason && cell ? { cell, reason } : null;
}

/** Keys, clipboard events and the right-click menu on the element around the grid. */
export function useContainerListeners(core: SheetCore): (element: HTMLElement | null) => void {
  const attached = useRef<(() => void) | null>(null);
  return useCallback(
    (element: HTMLElement | null) => {
      attached.current?.();
      attached.current = null;
      core.root = element;
      if (!element) return;
      const onKey = (e: KeyboardEvent) => {
        if (!core.api || inEditor(e.target) || e.isComposing) return;
        const action = actionForKey(e);
        if (action) {
          if (action.keys.some((k) => k.native && k.test(e))) return; // the copy/cut/paste event follows
          e.preventDefault();
          e.stopPropagation();
          const ctx = actionContext(core, e);
          core.keyActions++;
          if (action.enabled(ctx)) void action.perform(ctx);
          return;
        }
        // Typing into a computed cell: say why nothing happens, beside the cell.
        if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
          const readOnly = focusedReadOnlyReason(core);
          if (readOnly) {
            e.preventDefault();
            showCellNote(readOnly.cell, readOnly.reason);
          }
        }
      };
      const clip = (name: 'copy' | 'cut' | 'paste') => (e: ClipboardEvent) => {
        if (!core.api || inEditor(e.target)) return;
        e.preventDefault();
        const action = GRID_ACTIONS.find((a) => a.name === name)!;
        const ctx = actionContext(core, undefined, e.clipboardData ?? undefined);
        if (action.enabled(ctx)) void action.perform(ctx);
      };
      const onMenu = (e: MouseEvent) => {
        if (inEditor(e.target)) return;
        const cell = (e.target as HTMLElement).closest<HTMLElement>('.ag-cell');
        const rowEl = cell?.closest<HTMLElement>('.ag-row');
        const colId = cell?.getAttribute('col-id');
        if (!cell || !rowEl || !colId || !core.api) return;
        e.preventDefault();
        // Body rows are numbered 0, 1, …; the pinned 合计 rows b-0, b-1, ….
        const rowIndex = rowEl.getAttribute('row-index') ?? '';
        const pinned = rowIndex.startsWith('b-');
        const row = Number(pinned ? rowIndex.slice(2) : rowIndex);
        const col = core.colIndex(colId);
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
        if (pinned) core.api.setFocusedCell(row, colId, 'bottom');
        else if (!b || row < b.top || row > b.bottom || col < b.left || col > b.right) core.moveTo(row, col);
        const ctx = actionContext(core);
        const refocus = () => {
          const f = core.api?.getFocusedCell();
          if (f) core.api?.setFocusedCell(f.rowIndex, f.column, f.rowPinned);
        };
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
      // A selected cell is editable to the browser, so an IME composes in it (a plain focused
      // element gets no composition at all); what it composes opens the editor in Enter mode.
      // Nothing is ever typed into the cell itself: every other input is cancelled.
      const onFocusIn = (e: FocusEvent) => {
        const cell = e.target instanceof HTMLElement && e.target.classList.contains('ag-cell') ? e.target : null;
        if (cell && !cell.classList.contains('ag-cell-inline-editing')) cell.contentEditable = 'true';
      };
      const onFocusOut = (e: FocusEvent) => {
        if (e.target instanceof HTMLElement && e.target.classList.contains('ag-cell')) e.target.removeAttribute('contenteditable');
      };
      const typedIntoCell = (text: string) => {
        if (core.startTyped(text)) return;
        const readOnly = focusedReadOnlyReason(core);
        if (readOnly) showCellNote(readOnly.cell, readOnly.reason);
      };
      const onCompositionEnd = (e: CompositionEvent) => {
        if (inEditor(e.target) || !e.data) return;
        const cell = e.target instanceof HTMLElement ? e.target.closest('.ag-cell') : null;
        typedIntoCell(e.data);
        // The composition's characters were written into the cell's own DOM: the grid repaints it.
        if (cell) core.api?.refreshCells({ force: true });
      };
      const onBeforeInput = (e: InputEvent) => {
        if (inEditor(e.target) || e.inputType === 'insertCompositionText') return;
        e.preventDefault();
        if (e.inputType === 'insertText' && e.data) typedIntoCell(e.data);
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
      on('focusin', onFocusIn);
      on('focusout', onFocusOut);
      on('compositionend', onCompositionEnd);
      on('beforeinput', onBeforeInput);
      attached.current = () => removers.forEach((remove) => remove());
    },
    [core],
  );
}
