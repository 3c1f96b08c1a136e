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
      // Cancel, not stop: the value is already in the store; the grid must not write it again.
      core.api?.stopEditing(true);
      if (prepared.command) store.execute(prepared.command, [], [ref]);
      else if (store.getSnapshot().cellErrors.has(cellKey(ref))) store.execute(null, [], [ref]);
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
