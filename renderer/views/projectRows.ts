import { useLayoutEffect, useRef, useState } from 'react';
import type { GridApi, IRowNode } from 'ag-grid-community';
import type { PlanResults } from '../../shared/engine/planEngine.ts';
import { projectSheetEntries, projectSubtotal, type ProjectSubtotal } from '../../shared/engine/projectSheet.ts';
import type { CategoryId } from '../../shared/model/ids.ts';
import type { Plan, Project } from '../../shared/model/plan.ts';
import type { SheetRow } from '../grid/sheetContext.ts';

/** A row of the 项目表: a project, a category 小计, or the pinned 合计. */
export type ProjectRow = SheetRow &
  (
    | { readonly kind: 'project'; readonly project: Project; readonly seq: number; readonly categoryId: CategoryId | null }
    | { readonly kind: 'subtotal'; readonly entry: ProjectSubtotal }
    | { readonly kind: 'total' }
  );

interface Shown {
  readonly plan: Plan;
  readonly rows: readonly ProjectRow[];
  /** Where each row is in `rows`, by id, and where the 小计 rows are: an edit of cells keeps both. */
  readonly position: ReadonlyMap<string, number>;
  readonly subtotals: readonly number[];
}

function shownOf(plan: Plan, rows: readonly ProjectRow[]): Shown {
  const position = new Map<string, number>();
  const subtotals: number[] = [];
  rows.forEach((row, i) => {
    position.set(row.id, i);
    if (row.kind === 'subtotal') subtotals.push(i);
  });
  return { plan, rows, position, subtotals };
}

function allRows(plan: Plan, results: PlanResults, cache: WeakMap<Project, ProjectRow>): ProjectRow[] {
  return projectSheetEntries(plan, results).map((e) => {
    if (e.kind === 'subtotal') return { id: e.id, kind: 'subtotal', entry: e };
    const categoryId = results.project(e.project.id)?.categoryId ?? null;
    const cached = cache.get(e.project);
    if (cached?.kind === 'project' && cached.seq === e.seq && cached.categoryId === categoryId) return cached;
    const row: ProjectRow = { id: e.project.id, kind: 'project', project: e.project, seq: e.seq, categoryId };
    cache.set(e.project, row);
    return row;
  });
}

/**
 * Keeps the 项目表's rows in step with the plan. After an edit of cells (same
 * rows in the same order, same categories), only the changed project rows,
 * their 小计 rows and the pinned 合计 repaint (IRowNode.updateData), so a commit
 * on a 10,000-project plan repaints in a frame; any other change (rows
 * inserted, deleted, moved, re-categorised, another plan) replaces the rows,
 * with unchanged rows keeping their objects.
 */
export function useProjectRows(
  api: () => GridApi | null,
  plan: Plan,
  results: PlanResults,
  rowHeight: (row: ProjectRow) => number,
): { initialRows: readonly ProjectRow[] } {
  const cache = useRef(new WeakMap<Project, ProjectRow>());
  const [initialRows] = useState(() => allRows(plan, results, cache.current));
  const [initialShown] = useState(() => shownOf(plan, initialRows));
  const shown = useRef<Shown>(initialShown);

  useLayoutEffect(() => {
    const grid = api();
    const before = shown.current;
    if (!grid || before.plan === plan) return;
    const update = cellEditUpdate(before, plan, results);
    if (!update) {
      const rows = allRows(plan, results, cache.current);
      grid.setGridOption('rowData', rows as ProjectRow[]);
      grid.refreshCells(); // problem marks of unchanged rows may have changed (e.g. a category renamed)
      shown.current = shownOf(plan, rows);
      return;
    }
    // Each changed row takes its new data and repaints; the row model is left alone (no re-sort, no re-layout).
    let heightChanged = false;
    for (const row of update.rows) {
      const node: IRowNode | undefined = grid.getRowNode(row.id);
      if (!node) continue;
      node.updateData(row);
      if (row.kind === 'project' && node.rowHeight !== rowHeight(row)) {
        node.setRowHeight(rowHeight(row));
        heightChanged = true;
      }
    }
    if (heightChanged) grid.onRowHeightChanged();
    // The pinned 合计 reads the results through the grid's context: its cells repaint where they changed.
    const total = grid.getPinnedBottomRow(0);
    if (total) grid.refreshCells({ rowNodes: [total] });
    shown.current = { ...before, plan, rows: update.all };
  }, [api, plan, results, rowHeight]);

  return { initialRows };
}

/** The rows to update when only cells changed; null when the rows must be replaced. */
function cellEditUpdate(before: Shown, plan: Plan, results: PlanResults): { rows: ProjectRow[]; all: ProjectRow[] } | null {
  const old = before.plan.projects;
  const now = plan.projects;
  if (
    old.length !== now.length ||
    before.plan.categories !== plan.categories ||
    before.plan.firstYear !== plan.firstYear ||
    before.plan.lastYear !== plan.lastYear
  )
    return null;
  const all = before.rows.slice();
  const changed: ProjectRow[] = [];
  for (let i = 0; i < now.length; i++) {
    const p = now[i]!;
    if (p === old[i]) continue;
    if (p.id !== old[i]!.id) return null;
    const at = before.position.get(p.id);
    const previous = at === undefined ? undefined : before.rows[at];
    const categoryId = results.project(p.id)?.categoryId ?? null;
    if (previous?.kind !== 'project' || previous.categoryId !== categoryId) return null; // 小计 rows move
    const row: ProjectRow = { id: p.id, kind: 'project', project: p, seq: previous.seq, categoryId };
    changed.push(row);
    all[at!] = row;
  }
  const names = new Map<CategoryId | null, string>(plan.categories.map((c) => [c.id, c.name]));
  const subtotals: ProjectRow[] = [];
  for (const at of before.subtotals) {
    const row = before.rows[at]!;
    if (row.kind !== 'subtotal') return null;
    // The engine keeps the roll-up array of a category none of whose projects changed: that 小计 row stays.
    const { categoryId } = row.entry;
    const rollup = categoryId === null ? results.unmappedRollup : results.rollup.get(categoryId);
    if (rollup === row.entry.byYear) continue;
    const fresh: ProjectRow = { id: row.id, kind: 'subtotal', entry: projectSubtotal(categoryId, names, results) };
    subtotals.push(fresh);
    all[at] = fresh;
  }
  return { rows: [...changed, ...subtotals], all };
}
