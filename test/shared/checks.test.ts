import { describe, expect, it } from 'vitest';
import { computePlan } from '../../shared/engine/planEngine.ts';
import { toWan, type Wan } from '../../shared/money/wan.ts';
import { asYear } from '../../shared/model/ids.ts';
import type { Plan, Project } from '../../shared/model/plan.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';
import type { ProblemCode } from '../../shared/checks/problem.ts';

const base = wuhouBaiyu();
const withProject = (i: number, change: Partial<Project>): Plan => ({
  ...base,
  projects: base.projects.map((p, j) => (j === i ? { ...p, ...change } : p)),
});
const problemsOf = (plan: Plan, code: ProblemCode) => computePlan(plan).problems.filter((p) => p.code === code);

describe('the checks of a plan', () => {
  it('an amount outside a project’s start–end years is an error at that year’s cell', () => {
    const plan = withProject(1, { byYear: { 2016: toWan(250), 2017: toWan(50) } });
    const [p] = problemsOf(plan, 'PROJECT_AMOUNT_OUTSIDE_YEARS');
    expect(p).toMatchObject({ severity: 'error', where: { table: 'projects', rowId: 'p2', column: '2017' } });
    expect(p!.message).toContain('昌台牦牛养殖和帐篷城建设');
  });

  it('aid above the total investment is an error', () => {
    const [p] = problemsOf(withProject(3, { totalInvestment: toWan(200) }), 'PROJECT_AID_OVER_INVESTMENT');
    expect(p).toMatchObject({ severity: 'error', where: { rowId: 'p4', column: 'totalInvestment' } });
  });

  it('a declared aid that the years do not add up to is an error', () => {
    const [p] = problemsOf(withProject(0, { aid: toWan(11000) }), 'PROJECT_AID_MISMATCH');
    expect(p!.message).toContain('11700.00');
  });

  it('amounts beyond whole cents (17 digits and more) are compared exactly, as Decimals', () => {
    const huge = { startYear: asYear(2016), endYear: asYear(2017), byYear: { 2016: toWan('12345678901234567.89'), 2017: toWan('0.11') } };
    expect(problemsOf(withProject(0, { ...huge, aid: toWan('12345678901234568.00') }), 'PROJECT_AID_MISMATCH')).toHaveLength(0);
    expect(problemsOf(withProject(0, { ...huge, aid: toWan('12345678901234568.01') }), 'PROJECT_AID_MISMATCH')).toHaveLength(1);
    expect(problemsOf(withProject(0, { ...huge, totalInvestment: toWan('12345678901234567.99') }), 'PROJECT_AID_OVER_INVESTMENT')).toHaveLength(1);
    expect(problemsOf(withProject(0, { ...huge, totalInvestment: toWan('12345678901234568.00') }), 'PROJECT_AID_OVER_INVESTMENT')).toHaveLength(0);
  });

  it('minus zero, as a file may write it, is no negative amount', () => {
    const plan = withProject(0, { byYear: { ...base.projects[0]!.byYear, 2016: '-0.00' as Wan }, totalInvestment: '-0' as Wan });
    expect(problemsOf(plan, 'NEGATIVE_AMOUNT')).toHaveLength(0);
  });

  it('a completion year before the start year is an error', () => {
    expect(problemsOf(withProject(0, { startYear: asYear(2020), endYear: asYear(2018) }), 'PROJECT_YEARS_REVERSED')).toHaveLength(1);
  });

  it('a project year outside the plan period is an error', () => {
    expect(problemsOf(withProject(0, { endYear: asYear(2021) }), 'YEAR_OUTSIDE_PERIOD')[0]!.where.column).toBe('endYear');
  });

  it('a project category that is neither a name nor an alias is an error, and its money does not roll up', () => {
    const plan = withProject(7, { category: '其他' });
    expect(problemsOf(plan, 'PROJECT_UNKNOWN_CATEGORY')).toHaveLength(1);
    const [mismatch] = problemsOf(plan, 'ROLLUP_MISMATCH');
    expect(mismatch).toMatchObject({ where: { table: 'categories', rowId: 'c5', column: '2016' } });
    expect(mismatch!.message).toContain('相差-50.00万元');
  });

  it('projects that do not add up to the category table are shown cell by cell', () => {
    const plan = withProject(0, { byYear: { 2017: toWan(2827), 2018: toWan(2720), 2019: toWan(2870), 2020: toWan(3000) } });
    const found = problemsOf(plan, 'ROLLUP_MISMATCH');
    expect(found.map((p) => [p.where.rowId, p.where.column])).toEqual([['c2', '2020']]);
  });

  it('spending over a year’s money is an error and under it a warning', () => {
    const categories = base.categories.map((c, i) => (i === 0 ? { ...c, byYear: { ...c.byYear, 2016: toWan(900), 2017: toWan(0) } } : c));
    const categoriesUnder = base.categories.map((c, i) => (i === 0 ? { ...c, byYear: { ...c.byYear, 2016: toWan(700) } } : c));
    expect(problemsOf({ ...base, categories }, 'YEAR_OVER_MONEY')[0]).toMatchObject({ severity: 'error', where: { column: '2016' } });
    expect(problemsOf({ ...base, categories: categoriesUnder }, 'YEAR_UNDER_MONEY')[0]).toMatchObject({ severity: 'warning', where: { column: '2016' } });
  });

  it('without adopted yearly money the rule’s envelope is the year’s money', () => {
    const over = problemsOf({ ...base, yearlyMoney: {} }, 'YEAR_OVER_MONEY');
    expect(over.map((p) => p.where.column)).toEqual(['2020']);
    expect(over[0]!.message).toContain('超出5.47万元');
  });

  it('actual revenue replaces the projection from that year on', () => {
    const plan: Plan = { ...base, fundingRule: { ...base.fundingRule!, actualRevenue: { 2016: '580000' } } };
    const envelope = computePlan(plan).envelope!;
    expect(envelope.map((e) => e.envelope!.toFixed(2))).toEqual(['2717.00', '2900.00', '3045.00', '3197.25', '3357.11']);
    expect(envelope[1]!.revenueIsActual).toBe(true);
  });

  it('extra money is added to the rule’s envelope', () => {
    const plan: Plan = { ...base, fundingRule: { ...base.fundingRule!, extra: { 2016: toWan(1092) } } };
    expect(computePlan(plan).envelope![0]!.envelope!.toFixed(2)).toBe('3809.00');
  });

  it('negative amounts are errors wherever they are', () => {
    const categories = base.categories.map((c, i) => (i === 1 ? { ...c, byYear: { ...c.byYear, 2016: toWan(-1) } } : c));
    expect(problemsOf({ ...base, categories }, 'NEGATIVE_AMOUNT')[0]!.where).toEqual({ table: 'categories', rowId: 'c2', column: '2016' });
  });

  it('a name used by two categories is an error', () => {
    const categories = base.categories.map((c, i) => (i === 1 ? { ...c, aliases: [...c.aliases, '产业优化'] } : c));
    expect(problemsOf({ ...base, categories }, 'DUPLICATE_CATEGORY')).toHaveLength(1);
  });
});
