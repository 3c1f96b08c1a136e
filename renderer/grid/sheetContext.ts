import type { CellTable } from '../../shared/commands/cellFields.ts';
import type { Problem } from '../../shared/checks/problem.ts';
import type { PlanResults } from '../../shared/engine/planEngine.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { cellKey, type CellError } from '../store/documentStore.ts';
import type { CellRange } from './selection.ts';

/** Every row shown in a sheet has an id: a category or project id, or a made-up one for computed rows. */
export interface SheetRow {
  readonly id: string;
}

/** Where an editor is: the row's display index and id, and the column. */
export interface EditAt {
  readonly rowIndex: number;
  readonly rowId: string;
  readonly colId: string;
}

/** What the cell editor asks of its sheet (see cellEditor.ts). */
export interface SheetEditing {
  /**
   * Writes the text typed into a cell as one undo step, closes the editor and
   * moves the focus by [rows, columns]; returns the reason when the text is
   * refused (the editor then stays open).
   */
  commit(at: EditAt, text: string, move: readonly [number, number]): string | null;
  /** Esc: the editor closes, the cell keeps its value and its refusal mark goes. */
  cancel(at: EditAt): void;
  /** Text typed through an IME that opened the editor (Enter mode), taken once by that editor. */
  takeTyped(): string | null;
}

/**
 * What the column definitions read while rendering (AG Grid's `context`): one
 * mutable object per grid, updated before each refresh, so that column
 * definitions never have to be rebuilt for a new plan, selection or problem.
 */
export interface SheetContext {
  table: CellTable;
  plan: Plan;
  results: PlanResults;
  selection: CellRange | null;
  /** Index of a column among the displayed ones. */
  colIndex: (colId: string) => number;
  problems: ReadonlyMap<string, readonly Problem[]>;
  cellErrors: ReadonlyMap<string, CellError>;
  /** Cells a compared revised draft changes (比较修改稿), with the draft's value. */
  changes: ReadonlyMap<string, string>;
  editing: SheetEditing;
}

/** Problems of one table by cell key; a problem without a row marks the 合计 row, without a column the name. */
export function problemsByCell(problems: readonly Problem[], table: CellTable): Map<string, Problem[]> {
  const map = new Map<string, Problem[]>();
  for (const p of problems) {
    if (p.where.table !== table) continue;
    const key = cellKey({ table, rowId: p.where.rowId ?? '__total', column: p.where.column ?? 'name' });
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  }
  return map;
}
