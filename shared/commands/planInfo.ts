import type { Plan } from '../model/plan.ts';
import type { Command } from './command.ts';

/** The plan-level fields edited in 规划信息 (not the rows of the tables). */
export type PlanInfo = Pick<Plan, 'title' | 'donor' | 'recipients' | 'firstYear' | 'lastYear' | 'fundingRule' | 'yearlyMoney'>;

/** Changes plan-level fields. Inverse: the old values of the same fields. */
export function editPlanInfo(patch: Partial<PlanInfo>, label = '修改规划信息'): Command {
  return {
    label,
    apply(plan) {
      const old: Record<string, unknown> = {};
      for (const key of Object.keys(patch) as (keyof PlanInfo)[]) old[key] = plan[key];
      return { plan: { ...plan, ...patch }, inverse: editPlanInfo(old as Partial<PlanInfo>, label) };
    },
  };
}
