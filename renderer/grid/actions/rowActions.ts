import { deleteRows as deleteRowsCommand, insertRows as insertRowsCommand } from '../../../shared/commands/rowBlock.ts';
import type { SheetCore } from '../sheetCore.ts';
import { key, type GridAction } from './types.ts';

/** After the grid has shown the new rows (the store's change reaches the grid in React's next render). */
const afterRender = (run: () => void) => requestAnimationFrame(() => requestAnimationFrame(run));

/**
 * Inserts `count` rows before `beforeId` (null: at the end), one undo step,
 * then puts the cursor on the first new row, scrolled into view.
 */
export function insertRowsAt(core: SheetCore, beforeId: string | null, count: number, label?: string): void {
  const col = Math.max(0, core.focusedPos()?.col ?? 0);
  const inserted = insertRowsCommand(core.store.getSnapshot().plan, core.table, beforeId, count, label);
  core.store.execute(inserted.command);
  core.store.setMessage({ kind: 'info', text: `已插入 ${count} 行` });
  afterRender(() => core.moveToRow(inserted.ids[0]!, col));
}

/** Deletes every selected row, one undo step; the cursor stays at the same place. */
export function deleteSelectedRows(core: SheetCore): void {
  const ids = core.selectedRowIds();
  if (ids.length === 0) {
    core.store.setMessage({ kind: 'error', text: '请先选中要删除的行（合计、小计行由程序计算，不能删除）' });
    return;
  }
  const at = core.focusedPos() ?? { row: 0, col: 0 };
  const top = Math.min(at.row, core.currentRange()?.anchor.row ?? at.row);
  core.store.execute(deleteRowsCommand(core.table, ids, core.table === 'categories' ? '删除类别' : '删除行'));
  core.store.setMessage({ kind: 'info', text: `已删除 ${ids.length} 行` });
  afterRender(() => core.moveTo(top, at.col));
}

export const insertRows: GridAction = {
  name: 'insertRows',
  label: '插入行',
  keys: [
    { test: key('Insert'), shortcut: 'Insert' },
    { test: (e) => (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && (e.key === '+' || e.key === '='), shortcut: 'Ctrl+Shift+=' },
  ],
  inMenu: true,
  enabled: (ctx) => ctx.core.selectedRowIds().length > 0,
  perform({ core }) {
    const ids = core.selectedRowIds();
    insertRowsAt(core, ids[0] ?? null, Math.max(1, ids.length));
  },
};

export const deleteRows: GridAction = {
  name: 'deleteRows',
  label: '删除行',
  keys: [{ test: (e) => (e.ctrlKey || e.metaKey) && !e.altKey && (e.key === '-' || e.key === '_'), shortcut: 'Ctrl+-' }],
  inMenu: true,
  enabled: (ctx) => ctx.core.selectedRowIds().length > 0,
  perform: ({ core }) => deleteSelectedRows(core),
};
