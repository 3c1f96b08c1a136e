import { flushSync } from 'react-dom';
import { setCells } from '../../shared/commands/setCells.ts';
import { cellKey } from '../store/documentStore.ts';
import { hideCellNote } from './cellNote.ts';
import type { SheetCore } from './sheetCore.ts';
import type { SheetEditing } from './sheetContext.ts';

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
      // The focus first, then the store. Moving the focus makes the browser lay the page out (focus() does,
      // even without scrolling, and so does the caret of the contenteditable cell): done while the page is
      // still as the last frame drew it, that layout has almost nothing to do; the store's views, rendered
      // next, are laid out once, by the frame. (The other way round, the focus forced a layout of every
      // changed row and total before the frame's: ≈ 2 ms of main-thread CPU per commit.) The focus moves
      // while the editor is still open: the grid closes it on the way (its value ignored: the store is
      // about to hold it) and the browser focus goes straight to the next cell. Closed first, the grid
      // would give the focus back to the old cell (one more layout and round of focus events).
      core.closingEditor = true;
      try {
        core.moveTo(at.rowIndex + dRow, core.colIndex(at.colId) + dCol);
        core.api?.stopEditing(true); // a move that stays on the cell (the last row) leaves it open
      } finally {
        core.closingEditor = false;
      }
      // Rendered now (not in a microtask), so the frame that follows paints the new values.
      flushSync(() => {
        if (prepared.command) store.execute(prepared.command, [], [ref]);
        else if (store.getSnapshot().cellErrors.has(cellKey(ref))) store.execute(null, [], [ref]);
      });
      return null;
    },
    cancel(at) {
      hideCellNote();
      core.api?.stopEditing(true);
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
