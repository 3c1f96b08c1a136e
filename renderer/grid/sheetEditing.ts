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
      // The store first, and its views rendered now (not in a microtask), so that the layout the focus
      // change forces is the only one before the frame's. Then the focus moves while the editor is still
      // open: the grid closes it on the way (its value ignored: the store holds it) and the browser focus
      // goes straight to the next cell. Closed first, the grid would give the focus back to the old cell
      // (one more forced layout and round of focus events per commit, measured ≈ 1.5 ms of 10 ms).
      flushSync(() => {
        if (prepared.command) store.execute(prepared.command, [], [ref]);
        else if (store.getSnapshot().cellErrors.has(cellKey(ref))) store.execute(null, [], [ref]);
      });
      core.closingEditor = true;
      try {
        core.moveTo(at.rowIndex + dRow, core.colIndex(at.colId) + dCol);
        core.api?.stopEditing(true); // a move that stays on the cell (the last row) leaves it open
      } finally {
        core.closingEditor = false;
      }
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
