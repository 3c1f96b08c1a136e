import { describe, expect, it } from 'vitest';
import { amountsOutside, changePeriod } from '../../shared/commands/period.ts';
import { applyChecked } from '../../shared/commands/validEdit.ts';
import { computePlan } from '../../shared/engine/planEngine.ts';
import { asYear } from '../../shared/model/ids.ts';
import type { Plan } from '../../shared/model/plan.ts';
import type { Problem } from '../../shared/checks/problem.ts';
import { formatPlain } from '../../shared/money/wan.ts';
import { ZERO } from '../../shared/money/decimal.ts';
import { SAMPLES } from '../../shared/samples/index.ts';

const sample = () => SAMPLES['wuhou-baiyu-2016-2020']();
const apply = (plan: Plan, first: number, last: number, choice: 'keep' | 'move' | 'clear') => {
  const checked = applyChecked(plan, changePeriod(plan, asYear(first), asYear(last), choice));
  if (!checked.ok) throw new Error(checked.reason);
  return checked.applied;
};
/** An amount outside the period (not a project's 开工/竣工年限 outside it, which is its own problem). */
const isOutsideAmount = (p: Problem) => p.code === 'YEAR_OUTSIDE_PERIOD' && /^\d{4}$/.test(p.where.column ?? '');
const sumOfCategories = (plan: Plan) => formatPlain(computePlan(plan).categories.reduce((sum, c) => sum.plus(c.total), ZERO));

describe('a period is a period: amounts outside a new 规划期 are asked about, never hidden', () => {
  it('lists the amounts that would fall outside 2017—2020 (the 2016 column of 《武侯区对口帮扶白玉县规划（2016—2020年）》)', () => {
    const plan = sample();
    const outside = amountsOutside(plan, 2017, 2020);
    expect(outside.length).toBeGreaterThan(0);
    expect(new Set(outside.map((a) => a.year))).toEqual(new Set(['2016']));
    expect(amountsOutside(plan, 2016, 2020)).toEqual([]);
  });

  it('保留为待处理问题: the amounts stay, each is an error the status bar counts, and 合计 agrees with the categories', () => {
    const plan = sample();
    const kept = apply(plan, 2017, 2020, 'keep').plan;
    expect(kept.categories.map((c) => c.byYear['2016'])).toEqual(plan.categories.map((c) => c.byYear['2016']));
    const results = computePlan(kept);
    const outside = results.problems.filter(isOutsideAmount);
    expect(outside.length).toBe(amountsOutside(plan, 2017, 2020).length);
    expect(outside[0]!.message).toMatch(/2016年.*不在规划期2017—2020年内/);
    expect(formatPlain(results.grandTotal)).toBe(sumOfCategories(kept));
  });

  it('移到新规划期的对应年份: 2016—2020 to 2021—2025 moves every amount five years on, and undo brings them back', () => {
    const plan = sample();
    const moved = apply(plan, 2021, 2025, 'move');
    expect(moved.plan.categories[0]!.byYear['2021']).toBe(plan.categories[0]!.byYear['2016']);
    expect(moved.plan.yearlyMoney['2025']).toBe(plan.yearlyMoney['2020']);
    expect(formatPlain(computePlan(moved.plan).grandTotal)).toBe(formatPlain(computePlan(plan).grandTotal));
    expect(amountsOutside(moved.plan, 2021, 2025)).toEqual([]);
    expect(moved.inverse.apply(moved.plan).plan).toBe(plan);
  });

  it('清除这些金额: only the amounts outside the new period are removed', () => {
    const plan = sample();
    const cleared = apply(plan, 2017, 2020, 'clear').plan;
    expect(amountsOutside(cleared, 2017, 2020)).toEqual([]);
    expect(cleared.categories[0]!.byYear['2017']).toBe(plan.categories[0]!.byYear['2017']);
    expect(computePlan(cleared).problems.filter(isOutsideAmount)).toEqual([]);
  });

  it('a reversed or over-long period is refused whatever the choice', () => {
    const plan = sample();
    for (const choice of ['keep', 'move', 'clear'] as const) {
      expect(() => apply(plan, 2021, 2020, choice)).toThrow('修改规划期未完成：“规划期终止年”：规划期起始年（2021年）不能晚于终止年（2020年）');
      expect(() => apply(plan, 2016, 2026, choice)).toThrow('规划期最长10年');
    }
  });

  it('kept 计划资金 outside the period is a problem too', () => {
    const plan = sample();
    const kept = apply(plan, 2016, 2019, 'keep').plan;
    expect(computePlan(kept).problems.some((p) => p.where.table === 'envelope' && p.where.column === '2020' && p.code === 'YEAR_OUTSIDE_PERIOD')).toBe(
      plan.yearlyMoney['2020'] !== undefined,
    );
  });
});
