import { ZERO, type Decimal } from '../money/decimal.ts';
import type { Plan, ProjectStatus } from '../model/plan.ts';
import type { CategoryId } from '../model/ids.ts';
import type { PlanResults } from '../engine/planEngine.ts';

/** Planned, arrived and completed money of a group of projects, with rates and counts by status. */
export interface ProgressRow {
  readonly label: string;
  readonly categoryId: CategoryId | null;
  readonly planned: Decimal;
  readonly arrived: Decimal;
  readonly completed: Decimal;
  /** arrived / planned in percent, two decimals ("28.29"); null when nothing is planned. */
  readonly arrivalRate: string | null;
  /** completed / planned in percent, two decimals; null when nothing is planned. */
  readonly completionRate: string | null;
  readonly projectCount: number;
  /** Projects by their status; 未填 counts those with none reported. */
  readonly byStatus: Readonly<Record<ProjectStatus | '未填', number>>;
}

/** Percent with two decimals, half-up; null for a zero base. */
export function rate(part: Decimal, whole: Decimal): string | null {
  return whole.isZero() ? null : part.times(100).div(whole).toFixed(2);
}

/**
 * 进度表 (《甘孜日报》, docs/domain.md): per category and in total, planned against arrived and
 * completed, for one plan year or (year = null) the whole period, where a
 * project's status is its latest reported one.
 */
export function progressReport(plan: Plan, results: PlanResults, year: number | null): { rows: ProgressRow[]; total: ProgressRow } {
  const first = results.years[0]!;
  type Acc = { planned: Decimal; arrived: Decimal; completed: Decimal; count: number; byStatus: Record<ProjectStatus | '未填', number> };
  const empty = (): Acc => ({ planned: ZERO, arrived: ZERO, completed: ZERO, count: 0, byStatus: { 未开工: 0, 在建: 0, 已完工: 0, 未填: 0 } });
  const groups = new Map<CategoryId | null, Acc>(plan.categories.map((c) => [c.id, empty()]));
  const total = empty();
  for (const project of plan.projects) {
    const facts = results.project(project.id);
    if (!facts) continue;
    const acc = groups.get(facts.categoryId) ?? groups.set(facts.categoryId, empty()).get(facts.categoryId)!;
    const entries = Object.entries(project.progress ?? {}).filter(([y]) => year === null || Number(y) === year);
    const planned = year === null ? facts.aid : (facts.byYear[year - first] ?? ZERO);
    let arrived = ZERO;
    let completed = ZERO;
    for (const [, p] of entries) {
      if (p.arrived !== null) arrived = arrived.plus(p.arrived);
      if (p.completed !== null) completed = completed.plus(p.completed);
    }
    const latest = entries.filter(([, p]) => p.status !== null).sort(([a], [b]) => Number(b) - Number(a))[0]?.[1].status ?? '未填';
    for (const a of [acc, total]) {
      a.planned = a.planned.plus(planned);
      a.arrived = a.arrived.plus(arrived);
      a.completed = a.completed.plus(completed);
      a.count += 1;
      a.byStatus[latest] += 1;
    }
  }
  const row = (label: string, categoryId: CategoryId | null, a: Acc): ProgressRow => ({
    label,
    categoryId,
    planned: a.planned,
    arrived: a.arrived,
    completed: a.completed,
    arrivalRate: rate(a.arrived, a.planned),
    completionRate: rate(a.completed, a.planned),
    projectCount: a.count,
    byStatus: a.byStatus,
  });
  const rows = [...groups].map(([id, a]) => row(id === null ? '未归类' : (plan.categories.find((c) => c.id === id)?.name ?? ''), id, a));
  return { rows: rows.filter((r) => r.categoryId !== null || r.projectCount > 0), total: row('合计', null, total) };
}
