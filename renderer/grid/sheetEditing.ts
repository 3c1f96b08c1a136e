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
      // The store first, then cancel (not stop: the grid must not write the value again). The cell then
      // closes straight onto the new value, painted once, instead of onto the old one and again.
      if (prepared.command) store.execute(prepared.command, [], [ref]);
      else if (store.getSnapshot().cellErrors.has(cellKey(ref))) store.execute(null, [], [ref]);
      core.api?.stopEditing(true);
      core.moveTo(at.rowIndex + dRow, core.colIndex(at.colId) + dCol);
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
