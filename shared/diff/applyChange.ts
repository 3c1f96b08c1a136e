import { asCategoryId, asProjectId, newId } from '../model/ids.ts';
import type { Wan } from '../money/wan.ts';
import type { Plan, YearAmounts } from '../model/plan.ts';
import type { PlanChange } from './planDiff.ts';

function setYear(amounts: YearAmounts, year: string, value: Wan | null): YearAmounts {
  const next = { ...amounts };
  if (value === null) delete next[year];
  else next[year] = value;
  return next;
}

/**
 * Accepts one change of a comparison into `plan`: the plan becomes what the
 * revised draft says for that one thing. Only the touched row is a new object.
 * A change whose row is gone (deleted meanwhile) leaves the plan as it is.
 */
export function applyChange(plan: Plan, change: PlanChange): Plan {
  switch (change.kind) {
    case 'info':
      return { ...plan, [change.field]: change.value };
    case 'period':
      return { ...plan, firstYear: change.firstYear, lastYear: change.lastYear };
    case 'yearlyMoney':
      return { ...plan, yearlyMoney: setYear(plan.yearlyMoney, change.year, change.value) };
    case 'categoryAmount':
      return {
        ...plan,
        categories: plan.categories.map((c) => (c.id === change.categoryId ? { ...c, byYear: setYear(c.byYear, change.year, change.value) } : c)),
      };
    case 'categoryName':
      return { ...plan, categories: plan.categories.map((c) => (c.id === change.categoryId ? { ...c, name: change.name } : c)) };
    case 'categoryAliases':
      return { ...plan, categories: plan.categories.map((c) => (c.id === change.categoryId ? { ...c, aliases: [...change.aliases] } : c)) };
    case 'categoryAdded': {
      const taken = plan.categories.some((c) => c.id === change.category.id);
      const category = taken ? { ...change.category, id: asCategoryId(newId('c')) } : change.category;
      const categories = [...plan.categories];
      categories.splice(Math.min(change.index, categories.length), 0, category);
      return { ...plan, categories };
    }
    case 'categoryRemoved':
      return { ...plan, categories: plan.categories.filter((c) => c.id !== change.categoryId) };
    case 'projectAdded': {
      const taken = plan.projects.some((p) => p.id === change.project.id);
      const project = taken ? { ...change.project, id: asProjectId(newId('p')) } : change.project;
      const projects = [...plan.projects];
      projects.splice(Math.min(change.index, projects.length), 0, project);
      return { ...plan, projects };
    }
    case 'projectRemoved':
      return { ...plan, projects: plan.projects.filter((p) => p.id !== change.projectId) };
    case 'projectField':
      return { ...plan, projects: plan.projects.map((p) => (p.id === change.projectId ? { ...p, [change.field]: change.value } : p)) };
    case 'projectYears':
      return { ...plan, projects: plan.projects.map((p) => (p.id === change.projectId ? { ...p, startYear: change.startYear, endYear: change.endYear } : p)) };
    case 'projectAmount':
      return { ...plan, projects: plan.projects.map((p) => (p.id === change.projectId ? { ...p, byYear: setYear(p.byYear, change.year, change.value) } : p)) };
  }
}

/** Accepts every change, in order: the result compares equal to the revised draft. */
export function applyAll(plan: Plan, changes: readonly PlanChange[]): Plan {
  return changes.reduce(applyChange, plan);
}
