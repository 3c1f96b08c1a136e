import type { Plan } from '../model/plan.ts';
import { sequence, type Command } from './command.ts';
import type { CellRef, CellTable } from './cellFields.ts';
import { blankProject, insertProjects } from './projectRows.ts';
import { insertRows } from './rowBlock.ts';
import { setCells, type CellWrite, type PreparedEdit, type Refusal } from './setCells.ts';

/** Where a block lands: the grid's data rows and columns in display order, and the top-left cell. */
export interface PasteTarget {
  readonly table: CellTable;
  /** Ids of the editable data rows in display order (subtotal and total rows left out). */
  readonly rowIds: readonly string[];
  /** Column keys in display order. */
  readonly columns: readonly string[];
  readonly row: number;
  readonly column: number;
}

/**
 * Prepares pasting a block of cells (from parseTsv) at a cell. A block that
 * runs past the last project row adds project rows; past the last category
 * it adds categories when `addCategories` (the user agreed), else those cells
 * are refused, as are cells past the last column. Read-only and invalid
 * cells are refused one by one; everything is one undo step.
 */
export function pasteBlock(
  plan: Plan,
  target: PasteTarget,
  block: readonly (readonly string[])[],
  newIds?: () => string,
  options: { addCategories?: boolean } = {},
): PreparedEdit & { readonly addedRows: number } {
  const refused: Refusal[] = [];
  const writes: CellWrite[] = [];
  const rowIds = [...target.rowIds];
  const added = [];
  const overflow = target.row + block.length - rowIds.length;
  if (overflow > 0 && target.table === 'projects') {
    for (let i = 0; i < overflow; i++) {
      const row = newIds ? blankProject(newIds()) : blankProject();
      added.push(row);
      rowIds.push(row.id);
    }
  }
  const categoryRows = overflow > 0 && target.table === 'categories' && options.addCategories ? insertRows(plan, 'categories', null, overflow, '粘贴') : null;
  if (categoryRows) rowIds.push(...categoryRows.ids);
  block.forEach((cells, i) => {
    const rowId = rowIds[target.row + i];
    cells.forEach((text, j) => {
      const column = target.columns[target.column + j];
      if (rowId === undefined || column === undefined) {
        refused.push({
          ref: { table: target.table, rowId: rowId ?? '', column: column ?? '' },
          reason: rowId === undefined ? '粘贴区域超出了最后一个类别' : '粘贴区域超出了表格最右列',
        });
        return;
      }
      writes.push({ ref: { table: target.table, rowId, column } satisfies CellRef, text });
    });
  });

  const insert = added.length > 0 ? insertProjects(plan.projects.length, added) : (categoryRows?.command ?? null);
  const planWithRows = insert ? insert.apply(plan).plan : plan;
  const edit = setCells(planWithRows, '粘贴', writes);
  refused.push(...edit.refused);
  const steps: Command[] = [];
  if (insert) steps.push(insert);
  if (edit.command) steps.push(edit.command);
  return { command: steps.length === 0 ? null : sequence('粘贴', steps), refused, addedRows: added.length + (categoryRows?.ids.length ?? 0) };
}
