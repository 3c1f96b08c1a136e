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
