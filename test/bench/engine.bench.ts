/**
 * Recompute after one edit on a 10,000-project, 10-year, 50-category plan:
 * the incremental engine against a full recompute of the same plan (the
 * baseline). Goal: ≤ 2 ms median.
 */
import { PlanEngine, computePlan } from '../../shared/engine/planEngine.ts';
import { toWan } from '../../shared/money/wan.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { bigPlan } from '../support/bigPlan.ts';
import type { BenchLog } from './run.ts';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(3)} ms`;

function editProject(plan: Plan, i: number, cents: number): Plan {
  const projects = plan.projects.slice();
  const p = projects[i]!;
  projects[i] = { ...p, byYear: { ...p.byYear, [String(p.startYear)]: toWan(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`) } };
  return { ...plan, projects };
}

function editCategory(plan: Plan, i: number, cents: number): Plan {
  const categories = plan.categories.slice();
  const c = categories[i]!;
  categories[i] = { ...c, byYear: { ...c.byYear, [String(plan.firstYear)]: toWan(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`) } };
  return { ...plan, categories };
}

export default async function bench(log: BenchLog): Promise<void> {
  let plan = bigPlan({ projects: 10_000, years: 10, categories: 50 });
  log(`plan: ${plan.projects.length} projects, ${plan.lastYear - plan.firstYear + 1} years, ${plan.categories.length} categories`);

  const full: number[] = [];
  for (let i = 0; i < 12; i++) {
    const t = performance.now();
    computePlan(plan);
    full.push(performance.now() - t);
  }
  full.sort((a, b) => a - b);

  const engine = new PlanEngine();
  engine.update(plan);
  const incremental: Record<'project cell' | 'category cell', number[]> = { 'project cell': [], 'category cell': [] };
  for (let i = 0; i < 400; i++) {
    const kind = i % 4 === 3 ? 'category cell' : 'project cell';
    plan = kind === 'project cell' ? editProject(plan, (i * 7919) % plan.projects.length, i * 37) : editCategory(plan, i % plan.categories.length, i * 41);
    const t = performance.now();
    const results = engine.update(plan);
    void results.problems.length;
    incremental[kind].push(performance.now() - t);
  }
  const baseline = percentile(full, 50);
  log(`full recompute (baseline): median ${ms(baseline)}, p95 ${ms(percentile(full, 95))} over ${full.length} runs`);
  for (const [kind, times] of Object.entries(incremental)) {
    times.sort((a, b) => a - b);
    const median = percentile(times, 50);
    log(
      `after one ${kind} edit: median ${ms(median)}, p95 ${ms(percentile(times, 95))} over ${times.length} edits` +
        ` — ${(baseline / median).toFixed(0)}× faster than the baseline; goal ≤ 2 ms median: ${median <= 2 ? 'met' : 'NOT MET'}`,
    );
  }
}
