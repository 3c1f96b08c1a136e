import { clearContents, copy, cut, paste } from './clipboardActions.ts';
import { fillDown } from './fillDown.ts';
import { redo, undo } from './historyActions.ts';
import { deleteRows, insertRows } from './rowActions.ts';
import { extendSelection, jumpToEdge, selectAll, selectColumn, selectRow, toFirstCell, toLastCell } from './selectionActions.ts';
import type { GridAction } from './types.ts';

export type { GridAction, GridActionContext, GridKeys } from './types.ts';

/**
 * Every grid action, in the order the right-click menu and the help list
 * them. The sheet's key handler, its context menu and the conformance tests
 * read this list; the keys the cell editor itself handles (Enter, Tab, F2,
 * Esc, Alt+Enter, arrows in Enter mode) are in docs/grid-keys.md.
 */
export const GRID_ACTIONS: readonly GridAction[] = [
  cut,
  copy,
  paste,
  insertRows,
  deleteRows,
  clearContents,
  fillDown,
  selectAll,
  selectRow,
  selectColumn,
  extendSelection,
  jumpToEdge,
  toFirstCell,
  toLastCell,
  undo,
  redo,
];

/** The action a keydown asks for (null: the grid's own navigation or typing). */
export function actionForKey(e: KeyboardEvent): GridAction | null {
  return GRID_ACTIONS.find((a) => a.keys.some((k) => k.test(e))) ?? null;
}

export function actionByName(name: string): GridAction {
  const action = GRID_ACTIONS.find((a) => a.name === name);
  if (!action) throw new Error(`未知的表格操作：${name}`);
  return action;
}
