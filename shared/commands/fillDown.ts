import type { Plan } from '../model/plan.ts';
import type { CellTable } from './cellFields.ts';
import { cellText } from './cellFields.ts';
import { setCells, type CellWrite, type PreparedEdit } from './setCells.ts';

/** A rectangular selection: its data rows (display order) and its columns. */
export interface Selection {
  readonly table: CellTable;
  readonly rowIds: readonly string[];
  readonly columns: readonly string[];
}

/**
 * Ctrl+D as in Excel: the top row of the selection is copied into the rows
 * below it; a one-row selection takes the row above. One undo step.
 * `above` is the id of the data row just above the selection, if any.
 */
export function fillDown(plan: Plan, selection: Selection, above?: string): PreparedEdit {
  const rows = selection.table === 'categories' ? plan.categories : plan.projects;
  const byId = new Map<string, (typeof rows)[number]>(rows.map((r) => [r.id, r]));
  const sourceId = selection.rowIds.length > 1 ? selection.rowIds[0] : above;
  const targets = selection.rowIds.length > 1 ? selection.rowIds.slice(1) : selection.rowIds;
  const source = sourceId === undefined ? undefined : byId.get(sourceId);
  if (!source) return { command: null, refused: [] };
  const writes: CellWrite[] = [];
  for (const rowId of targets) {
    for (const column of selection.columns) {
      writes.push({ ref: { table: selection.table, rowId, column }, text: cellText(source, selection.table, column) });
    }
  }
  return setCells(plan, '向下填充', writes);
}
