import { formatPlain } from '../money/wan.ts';
import type { Decimal } from '../money/decimal.ts';
import type { Category } from '../model/plan.ts';
import type { Year } from '../model/ids.ts';
import type { Problem } from './problem.ts';

/** One category × year cell: the table's amount beside the projects' roll-up. */
export interface ReconcileCell {
  readonly categoryId: Category['id'];
  readonly year: Year;
  readonly table: Decimal;
  readonly projects: Decimal;
  /** projects − table. */
  readonly difference: Decimal;
}

/**
 * Projects rolled up by category must equal the category table, year by year;
 * every differing cell is a problem in the category table.
 */
export function reconciliationProblems(cells: readonly ReconcileCell[], categories: readonly Category[]): Problem[] {
  const nameOf = new Map(categories.map((c) => [c.id, c.name]));
  return cells
    .filter((c) => !c.difference.isZero())
    .map((c) => ({
      code: 'ROLLUP_MISMATCH' as const,
      severity: 'error' as const,
      where: { table: 'categories' as const, rowId: c.categoryId, column: String(c.year) },
      message: `“${nameOf.get(c.categoryId) ?? ''}”${c.year}年：项目合计${formatPlain(c.projects)}万元，年度领域安排表为${formatPlain(c.table)}万元，相差${formatPlain(c.difference)}万元`,
    }));
}
