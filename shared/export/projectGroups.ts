import { buildCategoryIndex, normaliseCategoryName } from '../model/categoryIndex.ts';
import type { Plan, Project } from '../model/plan.ts';

/** Projects of one category, as the printed 项目表 lists them under a 小计 row. */
export interface ProjectGroup {
  /** The plan category's name, or the project's own category text when it maps to none. */
  readonly label: string;
  readonly mapped: boolean;
  readonly projects: readonly Project[];
}

/**
 * Groups projects by the plan category they roll up into, groups in the order
 * their first project appears and projects in plan order within a group; a
 * plan whose projects are already grouped keeps its order exactly.
 */
export function projectGroups(plan: Pick<Plan, 'categories' | 'projects'>): ProjectGroup[] {
  const index = buildCategoryIndex(plan.categories);
  const nameOf = new Map(plan.categories.map((c) => [c.id as string, c.name]));
  const groups = new Map<string, { label: string; mapped: boolean; projects: Project[] }>();
  for (const p of plan.projects) {
    const id = index.lookup(p.category);
    const key = id ?? `?${normaliseCategoryName(p.category)}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { label: id ? nameOf.get(id)! : p.category.trim(), mapped: id !== null, projects: [] }));
    g.projects.push(p);
  }
  return [...groups.values()];
}

const DIGITS = '零一二三四五六七八九';
/** 一, 二, … 十, 十一, … 九十九 for group numbers; Arabic digits beyond. */
export function chineseNumeral(n: number): string {
  if (n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}
