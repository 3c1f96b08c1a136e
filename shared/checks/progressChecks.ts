import { Decimal, ZERO } from '../money/decimal.ts';
import { formatPlain } from '../money/wan.ts';
import type { Project } from '../model/plan.ts';
import type { Year } from '../model/ids.ts';
import type { Problem } from './problem.ts';

/**
 * Progress figures of one project against its plan, year by year: money
 * arrived (到位) or investment completed (完成投资) above the year's planned aid,
 * and completed above arrived, are errors in the progress table.
 */
export function progressProblems(project: Project, planned: readonly Decimal[], years: readonly Year[], label: string): Problem[] {
  const problems: Problem[] = [];
  if (!project.progress) return problems;
  const first = years[0]!;
  for (const [key, p] of Object.entries(project.progress)) {
    const i = Number(key) - first;
    const plan = planned[i] ?? ZERO;
    const where = (column: string) => ({ table: 'progress' as const, rowId: project.id, column: `${key}.${column}` });
    const arrived = p.arrived === null ? null : new Decimal(p.arrived);
    const completed = p.completed === null ? null : new Decimal(p.completed);
    if (arrived?.gt(plan)) {
      problems.push({
        code: 'PROGRESS_ARRIVED_OVER_PLAN',
        severity: 'error',
        where: where('arrived'),
        message: `${label}${key}年到位资金${formatPlain(arrived)}万元，超过当年计划${formatPlain(plan)}万元`,
      });
    }
    if (completed?.gt(plan)) {
      problems.push({
        code: 'PROGRESS_COMPLETED_OVER_PLAN',
        severity: 'error',
        where: where('completed'),
        message: `${label}${key}年完成投资${formatPlain(completed)}万元，超过当年计划${formatPlain(plan)}万元`,
      });
    }
    if (completed && arrived && completed.gt(arrived)) {
      problems.push({
        code: 'PROGRESS_COMPLETED_OVER_ARRIVED',
        severity: 'error',
        where: where('completed'),
        message: `${label}${key}年完成投资${formatPlain(completed)}万元，超过到位资金${formatPlain(arrived)}万元`,
      });
    }
  }
  return problems;
}
