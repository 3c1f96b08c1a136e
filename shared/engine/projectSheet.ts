import { sum, type Decimal } from '../money/decimal.ts';
import type { CategoryId } from '../model/ids.ts';
import type { Plan, Project } from '../model/plan.ts';
import type { PlanResults } from './planEngine.ts';

/** A 小计 row of the project table: one category's projects summed by the engine's roll-up. */
export interface ProjectSubtotal {
  readonly kind: 'subtotal';
  /** "sub:<category id>", or "sub:none" for projects whose category maps to none. */
  readonly id: string;
  readonly categoryId: CategoryId | null;
  readonly name: string;
  /** Per plan year, from PlanResults.rollup. */
  readonly byYear: readonly Decimal[];
  /** Sum of the years: the category's aid. */
  readonly aid: Decimal;
}

export type ProjectSheetEntry = { readonly kind: 'project'; readonly project: Project; readonly seq: number } | ProjectSubtotal;

/**
 * The rows of the 项目表 in order: the projects, and after the last project
 * of each category a 小计 row with that category's roll-up (so a category's
 * projects need not be contiguous; the 小计 still holds all of them).
 */
export function projectSheetEntries(plan: Plan, results: PlanResults): ProjectSheetEntry[] {
  const lastOf = new Map<CategoryId | null, number>();
  plan.projects.forEach((p, i) => lastOf.set(results.project(p.id)?.categoryId ?? null, i));
  const after = new Map<number, CategoryId | null>();
  for (const [categoryId, index] of lastOf) after.set(index, categoryId);
  const names = new Map(plan.categories.map((c) => [c.id as CategoryId | null, c.name]));
  const entries: ProjectSheetEntry[] = [];
  plan.projects.forEach((project, i) => {
    entries.push({ kind: 'project', project, seq: i + 1 });
    if (after.has(i)) entries.push(projectSubtotal(after.get(i)!, names, results));
  });
  return entries;
}

/** The 小计 row of one category (null: projects whose category maps to none), from the engine's roll-up. */
export function projectSubtotal(categoryId: CategoryId | null, names: ReadonlyMap<CategoryId | null, string>, results: PlanResults): ProjectSubtotal {
  const byYear = categoryId === null ? results.unmappedRollup : (results.rollup.get(categoryId) ?? []);
  return {
    kind: 'subtotal',
    id: `sub:${categoryId ?? 'none'}`,
    categoryId,
    name: categoryId === null ? '未归类 小计' : `${names.get(categoryId) ?? ''} 小计`,
    byYear,
    aid: sum(byYear),
  };
}
