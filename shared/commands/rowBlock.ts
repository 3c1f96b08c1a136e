import type { Plan } from '../model/plan.ts';
import { addCategory, blankCategory, deleteCategory } from './categoryRows.ts';
import type { CellTable } from './cellFields.ts';
import { sequence, type Command } from './command.ts';
import { blankProject, deleteProjects, insertProjects } from './projectRows.ts';

/** Rows inserted: the command (one undo step) and the ids of the new rows, top first. */
export interface InsertedRows {
  readonly command: Command;
  readonly ids: readonly string[];
}

/**
 * Inserts `count` blank rows before the row `beforeId` (null: at the end), as
 * Excel's 插入行 inserts as many rows as are selected. New categories are named
 * 新类别N (a category name cannot be blank).
 */
export function insertRows(plan: Plan, table: CellTable, beforeId: string | null, count: number, label = '插入行'): InsertedRows {
  if (table === 'projects') {
    const found = beforeId === null ? -1 : plan.projects.findIndex((p) => p.id === beforeId);
    const at = found < 0 ? plan.projects.length : found;
    const rows = Array.from({ length: count }, () => blankProject());
    return { command: insertProjects(at, rows, label), ids: rows.map((r) => r.id) };
  }
  const found = beforeId === null ? -1 : plan.categories.findIndex((c) => c.id === beforeId);
  const at = found < 0 ? plan.categories.length : found;
  const names = new Set(plan.categories.map((c) => c.name));
  const rows = [];
  for (let n = plan.categories.length + 1; rows.length < count; n++) if (!names.has(`新类别${n}`)) rows.push(blankCategory(`新类别${n}`));
  return {
    command: sequence(
      label,
      rows.map((row, i) => addCategory(at + i, row, label)),
    ),
    ids: rows.map((r) => r.id),
  };
}

/** Deletes every given row, as one undo step. */
export function deleteRows(table: CellTable, ids: readonly string[], label = '删除行'): Command {
  if (table === 'projects') return deleteProjects(ids, label);
  return sequence(
    label,
    ids.map((id) => deleteCategory(id, label)),
  );
}
