import { flushSync } from 'react-dom';
import { setCells } from '../../shared/commands/setCells.ts';
import { cellKey } from '../store/documentStore.ts';
import { hideCellNote } from './cellNote.ts';
import type { SheetCore } from './sheetCore.ts';
import type { SheetEditing } from './sheetContext.ts';

/**
 * Closes the open editor without storing its value, the keyboard back on the sheet (its keys element).
 * The focus moves first, while the page is still as the last frame drew it: the grid, which closes an
 * editor as it loses the focus, is kept from seeing that focusout, or the focus change would recalculate
 * the style and layout of a page it had just changed. The editor closes after, as one more change for the
 * frame to lay out.
 */
function closeEditor(core: SheetCore): void {
  const editor = document.activeElement;
  const unseen = (e: Event) => e.stopPropagation();
  core.closingEditor = true;
  try {
    editor?.addEventListener('focusout', unseen);
    core.focusKeys();
    core.api?.stopEditing(true);
  } finally {
    editor?.removeEventListener('focusout', unseen);
    core.closingEditor = false;
  }
}

/**
 * Commit-and-move without the grid's own Enter handling: the text goes to the
 * store as one undo step, the editor closes, the focus moves. A refused text
 * leaves the editor open (the editor shows the reason beside the cell).
 */
export function sheetEditing(core: SheetCore): SheetEditing {
  const refOf = (at: { rowId: string; colId: string }) => ({ table: core.table, rowId: at.rowId, column: at.colId });
  return {
    commit(at, text, [dRow, dCol]) {
      const { store } = core;
      const ref = refOf(at);
      const prepared = setCells(store.getSnapshot().plan, '编辑', [{ ref, text }]);
      if (prepared.refused.length > 0) {
        store.execute(null, prepared.refused, [ref]);
        return prepared.refused[0]!.reason;
      }
      // The keyboard back to the sheet and the editor closed (closeEditor), the active cell moves (two
      // cells' classes) and the store's views render: the frame lays all of it out once.
      closeEditor(core);
      core.moveTo(at.rowIndex + dRow, core.colIndex(at.colId) + dCol);
      // Rendered now (not in a microtask), so the frame that follows paints the new values.
      flushSync(() => {
        if (prepared.command) store.execute(prepared.command, [], [ref]);
        else if (store.getSnapshot().cellErrors.has(cellKey(ref))) store.execute(null, [], [ref]);
      });
      return null;
    },
    cancel(at) {
      hideCellNote();
      closeEditor(core);
      const ref = refOf(at);
      if (core.store.getSnapshot().cellErrors.has(cellKey(ref))) core.store.execute(null, [], [ref]);
      core.moveTo(at.rowIndex, core.colIndex(at.colId));
    },
    takeTyped() {
      const text = core.typed;
      core.typed = null;
      return text;
    },
  };
}
