import type { Category, Plan, Project } from '../model/plan.ts';

/** What applying a command gives: the new plan and the command that undoes it. */
export interface Applied {
  readonly plan: Plan;
  readonly inverse: Command;
}

/**
 * One undoable edit of a plan. `apply` is pure: it never changes the plan it
 * is given and returns a new plan in which every changed row is a new object
 * and every unchanged row keeps its identity (the engine relies on that).
 */
export interface Command {
  /** Chinese name of the edit, for the 编辑 menu ("撤销 粘贴"). */
  readonly label: string;
  apply(plan: Plan): Applied;
}

/** Several commands as one undo step; the inverse undoes them in reverse order. */
export function sequence(label: string, commands: readonly Command[]): Command {
  return {
    label,
    apply(plan) {
      const inverses: Command[] = [];
      let current = plan;
      for (const command of commands) {
        const applied = command.apply(current);
        current = applied.plan;
        inverses.unshift(applied.inverse);
      }
      return { plan: current, inverse: sequence(label, inverses) };
    },
  };
}

/** Rows to put back by id (the rows of the plan before an edit). */
export interface RowsById {
  readonly categories?: readonly Category[];
  readonly projects?: readonly Project[];
}

function replaceById<T extends { readonly id: string }>(rows: readonly T[], replacements: readonly T[] | undefined, previous: T[]): readonly T[] {
  if (!replacements || replacements.length === 0) return rows;
  const byId = new Map(replacements.map((r) => [r.id, r]));
  return rows.map((row) => {
    const next = byId.get(row.id);
    if (!next) return row;
    previous.push(row);
    return next;
  });
}

/**
 * Puts the given row objects in place of the rows with the same ids. Its
 * inverse puts the old objects back, so undo restores the very same rows.
 */
export function replaceRows(label: string, rows: RowsById): Command {
  return {
    label,
    apply(plan) {
      const oldCategories: Category[] = [];
      const oldProjects: Project[] = [];
      const categories = replaceById(plan.categories, rows.categories, oldCategories);
      const projects = replaceById(plan.projects, rows.projects, oldProjects);
      return {
        plan: categories === plan.categories && projects === plan.projects ? plan : { ...plan, categories, projects },
        inverse: replaceRows(label, { categories: oldCategories, projects: oldProjects }),
      };
    },
  };
}
