import { describe, expect, it } from 'vitest';
import { computePlan } from '../../shared/engine/planEngine.ts';
import { planReport } from '../../shared/report/planReport.ts';
import { formatPlain } from '../../shared/money/wan.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';
import { longquanyiGanzi } from '../../shared/samples/longquanyiGanzi.ts';

describe('《武侯区对口帮扶白玉县规划（2016—2020年）》', () => {
  const plan = wuhouBaiyu();
  const results = computePlan(plan);
  const report = planReport(plan, results);

  it('category totals are 1300, 11700, 1850, 100 and 50, and the grand total is 15000', () => {
    expect(report.categories.map((c) => [c.name, c.total])).toEqual([
      ['产业优化', '1300.00'],
      ['民生改善', '11700.00'],
      ['基础设施建设', '1850.00'],
      ['人才培养', '100.00'],
      ['社会管理', '50.00'],
    ]);
    expect(report.grandTotal).toBe('15000.00');
  });

  it('year totals are 2700, 2852, 2995, 3145 and 3308', () => {
    expect(report.yearTotals).toEqual({ 2016: '2700.00', 2017: '2852.00', 2018: '2995.00', 2019: '3145.00', 2020: '3308.00' });
  });

  it('shares are 8.67, 78.00, 12.33, 0.67 and 0.33 and add up to exactly 100.00', () => {
    const shares = report.categories.map((c) => c.share);
    expect(shares).toEqual(['8.67', '78.00', '12.33', '0.67', '0.33']);
    const hundredths = shares.reduce((acc, s) => acc + Number(s!.replace('.', '')), 0);
    expect(hundredths).toBe(10000);
  });

  it('the rule gives 2717.00, 2852.85, 2995.49, 3145.27 and 3302.53, 15013.14 in all', () => {
    const rule = results.envelope!.map((e) => formatPlain(e.envelope!));
    expect(rule).toEqual(['2717.00', '2852.85', '2995.49', '3145.27', '3302.53']);
    expect(formatPlain(results.envelope!.reduce((a, e) => a.plus(e.envelope!), results.grandTotal.minus(results.grandTotal)))).toBe('15013.14');
  });

  it('the plan departs from the rule by −17.00, −0.85, −0.49, −0.27 and +5.47, and says so year by year', () => {
    expect(Object.values(report.envelope!).map((e) => e.difference)).toEqual(['-17.00', '-0.85', '-0.49', '-0.27', '5.47']);
    const departures = report.problems.filter((p) => p.code === 'MONEY_DEPARTS_FROM_RULE');
    expect(departures.map((p) => p.where.column)).toEqual(['2016', '2017', '2018', '2019', '2020']);
    expect(departures[4]!.message).toContain('多5.47万元');
    expect(departures[0]!.message).toContain('少17.00万元');
  });

  it('the 8 projects roll up exactly to the category table through the category mapping', () => {
    expect(report.projects).toHaveLength(8);
    expect(results.reconciliation.every((c) => c.difference.isZero())).toBe(true);
    expect(report.projects[0]!.mappedCategory).toBe('民生改善');
    expect(report.projects[1]!.mappedCategory).toBe('产业优化');
    expect(report.projectTotals.aid).toBe('15000.00');
  });

  it('河坡民族特色手工业 costs 1500 in all of which the aid is 300', () => {
    const hepo = report.projects.find((p) => p.name === '河坡民族特色手工业')!;
    expect([hepo.totalInvestment, hepo.aid]).toEqual(['1500.00', '300.00']);
  });

  it('has no errors, only the five departures from the rule', () => {
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.problems).toHaveLength(5);
  });
});

describe('《龙泉驿区2020年对口帮扶甘孜县工作要点》', () => {
  const plan = longquanyiGanzi();
  const report = planReport(plan, computePlan(plan));

  it('its 11 projects add up to 3563.54, with 233.54 kept to the cent', () => {
    expect(report.projects).toHaveLength(11);
    expect(report.projectTotals.aid).toBe('3563.54');
    expect(report.grandTotal).toBe('3563.54');
    expect(report.projects[2]!.aid).toBe('233.54');
  });

  it('the project paid from other money has no aid amount and still belongs to its category', () => {
    const social = report.projects[9]!;
    expect(social.aid).toBe('0.00');
    expect(social.fundingSource).toBe('自筹自有资金或协调引进社会资金');
    expect(social.mappedCategory).toBe('加强两地交流互动');
  });

  it('has no problems at all', () => {
    expect(report.problems).toEqual([]);
  });
});
