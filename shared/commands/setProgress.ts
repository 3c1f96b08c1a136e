import type { Plan, Project, ProjectProgress } from '../model/plan.ts';
import type { ProjectId } from '../model/ids.ts';
import { replaceRows, type Command } from './command.ts';

const EMPTY: ProjectProgress = { arrived: null, completed: null, status: null, asOf: '' };

/**
 * 进度: sets some of a project's progress figures for one year (到位资金,
 * 完成投资, 状态, 截至日期). A year left with nothing in it is removed, so an
 * emptied progress leaves the project as it was. One undo step.
 */
export function setProgress(projectId: ProjectId, year: number, patch: Partial<ProjectProgress>): Command {
  return {
    label: '修改进度',
    apply(plan: Plan) {
      const project = plan.projects.find((p) => p.id === projectId);
      if (!project) return { plan, inverse: replaceRows('修改进度', {}) };
      const key = String(year);
      const next: ProjectProgress = { ...EMPTY, ...project.progress?.[key], ...patch };
      const progress: Record<string, ProjectProgress> = { ...project.progress };
      if (next.arrived === null && next.completed === null && next.status === null && next.asOf === '') delete progress[key];
      else progress[key] = next;
      const { progress: _old, ...rest } = project;
      const updated: Project = Object.keys(progress).length > 0 ? { ...rest, progress } : rest;
      return replaceRows('修改进度', { projects: [updated] }).apply(plan);
    },
  };
}
