import type { PlanChange } from './planDiff.ts';

/** A grid cell that a revised draft changes, with what the draft says (for the mark and its tooltip). */
export interface ChangedCell {
  readonly table: 'categories' | 'projects';
  readonly rowId: string;
  /** The grid's column id: a year ("2017") or a field name ("units"). */
  readonly column: string;
  readonly after: string;
}

/**
 * Where the differences of 比较修改稿 fall in the 年度领域安排表 and 项目表
 * grids, so the grids can mark them while a draft is compared. A project the
 * draft deletes is marked on its name.
 */
export function changedCells(changes: readonly PlanChange[]): ChangedCell[] {
  const cells: ChangedCell[] = [];
  for (const c of changes) {
    switch (c.kind) {
      case 'categoryAmount':
        cells.push({ table: 'categories', rowId: c.categoryId, column: c.year, after: c.after });
        break;
      case 'categoryName':
        cells.push({ table: 'categories', rowId: c.categoryId, column: 'name', after: c.after });
        break;
      case 'categoryAliases':
        cells.push({ table: 'categories', rowId: c.categoryId, column: 'aliases', after: c.after });
        break;
      case 'categoryRemoved':
        cells.push({ table: 'categories', rowId: c.categoryId, column: 'name', after: '（修改稿删除了此类别）' });
        break;
      case 'projectField':
        cells.push({ table: 'projects', rowId: c.projectId, column: c.field, after: c.after });
        break;
      case 'projectYears':
        // One change of 开工、竣工年限, marked on both cells.
        for (const column of ['startYear', 'endYear']) cells.push({ table: 'projects', rowId: c.projectId, column, after: c.after });
        break;
      case 'projectAmount':
        cells.push({ table: 'projects', rowId: c.projectId, column: c.year, after: c.after });
        break;
      case 'projectRemoved':
        cells.push({ table: 'projects', rowId: c.projectId, column: 'name', after: '（修改稿删除了此项目）' });
        break;
      default:
        break; // plan information, yearly money and added rows have no cell in these grids
    }
  }
  return cells;
}
