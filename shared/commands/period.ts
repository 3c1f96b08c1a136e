import type { Year } from '../model/ids.ts';
import type { Plan, Project, ProjectProgress, YearAmounts } from '../model/plan.ts';
import type { Wan } from '../money/wan.ts';
import { wanToDecimal } from '../money/wan.ts';
import type { Command } from './command.ts';

/**
 * What to do with amounts that fall outside a new 规划期: keep them where they
 * are (they show as problems until fixed), move each to the year at the same
 * place in the new period, or clear them.
 */
export type OutsideChoice = 'keep' | 'move' | 'clear';

/** The choices as the dialog offers them. */
export const OUTSIDE_CHOICE_LABELS: Record<OutsideChoice, string> = {
  keep: '保留为待处理问题',
  move: '移到新规划期的对应年份',
  clear: '清除这些金额',
};

/** One non-zero amount that would lie outside the new period. */
export interface OutsideAmount {
  /** Where, in words: 类别“产业发展”, 第3个项目“…”, 计划资金, 受援方“…”. */
  readonly where: string;
  readonly year: string;
  readonly amount: Wan;
}

const outside = (key: string, first: number, last: number) => Number(key) < first || Number(key) > last;

function amountsOf(plan: Plan): { where: string; byYear: YearAmounts }[] {
  return [
    { where: '计划资金', byYear: plan.yearlyMoney },
    ...(plan.fundingRule ? [{ where: '追加资金', byYear: plan.fundingRule.extra }] : []),
    ...plan.recipients.filter((r) => r.money).map((r) => ({ where: `受援方“${r.name}”的资金`, byYear: r.money! })),
    ...plan.categories.map((c) => ({ where: `类别“${c.name}”`, byYear: c.byYear })),
    ...plan.projects.map((p, i) => ({ where: `第${i + 1}个项目${p.name === '' ? '' : `“${p.name}”`}`, byYear: p.byYear })),
  ];
}

/** The non-zero amounts of the plan that lie outside `first`–`last` (empty: the period can change without asking). */
export function amountsOutside(plan: Plan, first: number, last: number): OutsideAmount[] {
  const found: OutsideAmount[] = [];
  for (const { where, byYear } of amountsOf(plan)) {
    for (const [year, amount] of Object.entries(byYear)) {
      if (outside(year, first, last) && !wanToDecimal(amount).isZero()) found.push({ where, year, amount });
    }
  }
  return found;
}

/** Year amounts with every key moved by `shift` (move) or the outside ones dropped (clear). */
function remap<T>(byYear: Readonly<Record<string, T>>, first: number, last: number, choice: OutsideChoice, shift: number): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(byYear)) {
    const year = choice === 'move' ? String(Number(key) + shift) : key;
    if (choice === 'clear' && outside(year, first, last)) continue;
    out[year] = value;
  }
  return out;
}

/**
 * 规划期 from `first` to `last`. With 'move', every amount shifts by the same
 * number of years as the first year (2016→2021 when 2016—2020 becomes
 * 2021—2025); an amount that still falls outside is kept and shown as a
 * problem. Nothing is ever dropped silently: 'clear' is the user's choice.
 * Undo puts back the plan as it was.
 */
export function changePeriod(plan: Plan, first: Year, last: Year, choice: OutsideChoice): Command {
  const label = '修改规划期';
  const shift = first - plan.firstYear;
  const touch = choice !== 'keep' && amountsOutside(plan, first, last).length + (choice === 'move' && shift !== 0 ? 1 : 0) > 0;
  const map = <T>(byYear: Readonly<Record<string, T>>) => remap(byYear, first, last, choice, shift);
  const project = (p: Project): Project => {
    const moved: Project = { ...p, byYear: map(p.byYear) };
    if (!p.progress) return moved;
    return { ...moved, progress: map<ProjectProgress>(p.progress) };
  };
  return {
    label,
    apply(current) {
      const next: Plan = touch
        ? {
            ...current,
            firstYear: first,
            lastYear: last,
            yearlyMoney: map(current.yearlyMoney),
            fundingRule: current.fundingRule ? { ...current.fundingRule, extra: map(current.fundingRule.extra) } : null,
            recipients: current.recipients.map((r) => (r.money ? { ...r, money: map(r.money) } : r)),
            categories: current.categories.map((c) => ({ ...c, byYear: map(c.byYear) })),
            projects: current.projects.map(project),
          }
        : { ...current, firstYear: first, lastYear: last };
      return { plan: next, inverse: restore(label, current) };
    },
  };
}

function restore(label: string, previous: Plan): Command {
  return { label, apply: (plan) => ({ plan: previous, inverse: restore(label, plan) }) };
}
