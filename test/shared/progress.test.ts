import { describe, expect, it } from 'vitest';
import { computePlan } from '../../shared/engine/planEngine.ts';
import { progressReport } from '../../shared/progress/progressReport.ts';
import { yibinXinlong } from '../support/yibinXinlong.ts';
import { toWan } from '../../shared/money/wan.ts';
import { asCategoryId, asProjectId, asRecipientId, asYear } from '../../shared/model/ids.ts';
import type { Plan } from '../../shared/model/plan.ts';

describe('the progress table', () => {
  const plan = yibinXinlong();
  const results = computePlan(plan);

  it('totals planned, arrived and completed money with rates to two decimals (《甘孜日报》, docs/domain.md: 500万 of 1767.75万 arrived)', () => {
    const { total } = progressReport(plan, results, 2013);
    expect([total.planned.toFixed(2), total.arrived.toFixed(2), total.completed.toFixed(2)]).toEqual(['1767.75', '500.00', '230.00']);
    expect(total.arrivalRate).toBe('28.28');
    expect(total.completionRate).toBe('13.01');
    expect(total.byStatus).toEqual({ 未开工: 2, 在建: 3, 已完工: 0, 未填: 0 });
  });

  it('splits the same by category', () => {
    const { rows } = progressReport(plan, results, null);
    expect(rows.map((r) => [r.label, r.planned.toFixed(2), r.arrived.toFixed(2), r.arrivalRate, r.projectCount])).toEqual([
      ['民生', '567.75', '350.00', '61.65', 2],
      ['产业', '200.00', '150.00', '75.00', 1],
      ['基础设施', '1000.00', '0.00', '0.00', 2],
    ]);
  });

  it('flags arrived or completed above plan, and completed above arrived, at the project’s progress cell', () => {
    const broken: Plan = {
      ...plan,
      projects: plan.projects.map((p, i) =>
        i === 0 ? { ...p, progress: { 2013: { arrived: toWan('350'), completed: toWan('360'), status: '在建', asOf: '' } } } : p,
      ),
    };
    const problems = computePlan(broken).problems.filter((p) => p.where.table === 'progress');
    expect(problems.map((p) => [p.code, p.where.column])).toEqual([
      ['PROGRESS_ARRIVED_OVER_PLAN', '2013.arrived'],
      ['PROGRESS_COMPLETED_OVER_PLAN', '2013.completed'],
      ['PROGRESS_COMPLETED_OVER_ARRIVED', '2013.completed'],
    ]);
    expect(problems[2]!.message).toContain('完成投资360.00万元，超过到位资金350.00万元');
  });
});

describe('several recipients (《东丽区对口帮扶实施方案》: 东丽区 → 承德县 2000万/年, 临潭县 1000万/年, 甘谷县 1000万/年)', () => {
  const recipients = [
    { id: asRecipientId('r1'), name: '承德县', carrierUnit: '东丽开发区', money: { 2016: toWan(2000) } },
    { id: asRecipientId('r2'), name: '临潭县', carrierUnit: '东丽湖街', money: { 2016: toWan(1000) } },
    { id: asRecipientId('r3'), name: '甘谷县', carrierUnit: '华明街', money: { 2016: toWan(1000) } },
  ];
  const plan: Plan = {
    title: '东丽区对口帮扶',
    donor: '天津市东丽区',
    recipients,
    firstYear: asYear(2016),
    lastYear: asYear(2016),
    unit: '万元',
    fundingRule: null,
    yearlyMoney: { 2016: toWan(4000) },
    categories: [{ id: asCategoryId('c1'), name: '教育', aliases: [], byYear: { 2016: toWan(2100) } }],
    projects: [
      {
        id: asProjectId('p1'),
        category: '教育',
        name: '东丽小学（承德县）',
        content: '',
        startYear: asYear(2016),
        endYear: asYear(2016),
        totalInvestment: null,
        aid: null,
        byYear: { 2016: toWan(2100) },
        fundingSource: '',
        units: [],
        deadline: '',
        remarks: '',
        recipientId: asRecipientId('r1'),
      },
    ],
  };

  it('each recipient’s projects are checked against its own money', () => {
    const r = computePlan(plan);
    expect(r.recipients.map((x) => [x.recipient.name, x.projects[0]!.toFixed(2), x.projectCount])).toEqual([
      ['承德县', '2100.00', 1],
      ['临潭县', '0.00', 0],
      ['甘谷县', '0.00', 0],
    ]);
    const over = r.problems.find((p) => p.code === 'RECIPIENT_OVER_MONEY')!;
    expect(over.where).toEqual({ table: 'recipients', rowId: 'r1', column: '2016' });
    expect(over.message).toContain('承德县2016年项目安排2100.00万元，超过其帮扶资金2000.00万元');
  });

  it('the recipients’ money together must fit the year’s money', () => {
    const r = computePlan({ ...plan, yearlyMoney: { 2016: toWan(3500) } });
    expect(r.problems.find((p) => p.code === 'RECIPIENTS_OVER_MONEY')!.message).toContain('各受援方帮扶资金合计4000.00万元，超过当年资金3500.00万元');
  });

  it('a project for a recipient the plan does not have is an error', () => {
    const r = computePlan({ ...plan, projects: [{ ...plan.projects[0]!, recipientId: asRecipientId('r9') }] });
    expect(r.problems.some((p) => p.code === 'PROJECT_UNKNOWN_RECIPIENT')).toBe(true);
  });
});
