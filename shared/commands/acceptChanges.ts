import { applyChange } from '../diff/applyChange.ts';
import type { PlanChange } from '../diff/planDiff.ts';
import type { Plan } from '../model/plan.ts';
import type { Command } from './command.ts';

/** Puts a whole earlier plan back; its inverse puts the replaced one back (rows keep their identity both ways). */
function restorePlan(label: string, previous: Plan): Command {
  return { label, apply: (plan) => ({ plan: previous, inverse: restorePlan(label, plan) }) };
}

/**
 * 比较修改稿 › 接受: takes some changes of a revised draft into the plan as
 * one undo step (one change, or all of them with 全部接受).
 */
export function acceptChanges(
  changes: readonly PlanChange[],
  label = changes.length === 1 ? `接受修改：${changes[0]!.label}` : `接受${changes.length}处修改`,
): Command {
  return {
    label,
    apply(plan) {
      const next = changes.reduce(applyChange, plan);
      return { plan: next, inverse: restorePlan(label, plan) };
    },
  };
}
