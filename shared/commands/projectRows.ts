import { asProjectId, newId } from '../model/ids.ts';
import type { Plan, Project } from '../model/plan.ts';
import type { Command } from './command.ts';

/** A new empty project row (every field blank). */
export function blankProject(id: string = newId('p')): Project {
  return {
    id: asProjectId(id),
    category: '',
    name: '',
    content: '',
    startYear: null,
    endYear: null,
    totalInvestment: null,
    aid: null,
    byYear: {},
    fundingSource: '',
    units: [],
    deadline: '',
    remarks: '',
  };
}

/** Inserts project rows at `index` (0 = before the first; past the end appends). Inverse: deletes them. */
export function insertProjects(index: number, rows: readonly Project[], label = '插入项目行'): Command {
  return {
    label,
    apply(plan) {
      const at = Math.max(0, Math.min(index, plan.projects.length));
      const projects = [...plan.projects.slice(0, at), ...rows, ...plan.projects.slice(at)];
      return {
        plan: { ...plan, projects },
        inverse: deleteProjects(
          rows.map((r) => r.id),
          label,
        ),
      };
    },
  };
}

/** Deletes project rows by id. Inverse: puts the very same rows back where they were. */
export function deleteProjects(ids: readonly string[], label = '删除项目行'): Command {
  return {
    label,
    apply(plan) {
      const gone = new Set(ids);
      const removed: { index: number; row: Project }[] = [];
      plan.projects.forEach((row, index) => {
        if (gone.has(row.id)) removed.push({ index, row });
      });
      const projects = plan.projects.filter((row) => !gone.has(row.id));
      return { plan: { ...plan, projects }, inverse: restoreProjects(removed, label) };
    },
  };
}

function restoreProjects(removed: readonly { index: number; row: Project }[], label: string): Command {
  return {
    label,
    apply(plan: Plan) {
      const projects = [...plan.projects];
      for (const { index, row } of removed) projects.splice(index, 0, row); // ascending indexes: each lands where it was
      return {
        plan: { ...plan, projects },
        inverse: deleteProjects(
          removed.map((r) => r.row.id),
          label,
        ),
      };
    },
  };
}

/** Moves one project row to position `to` (in the list after removal). Inverse: moves it back. */
export function moveProject(id: string, to: number, label = '移动项目行'): Command {
  return {
    label,
    apply(plan) {
      const from = plan.projects.findIndex((p) => p.id === id);
      if (from < 0) return { plan, inverse: moveProject(id, to, label) };
      const projects = [...plan.projects];
      const [row] = projects.splice(from, 1);
      const target = Math.max(0, Math.min(to, projects.length));
      projects.splice(target, 0, row!);
      return { plan: { ...plan, projects }, inverse: moveProject(id, from, label) };
    },
  };
}
