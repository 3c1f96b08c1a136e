import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../electron/node/xlsx/index.ts';
import { formatImportReport } from '../../shared/import/importReport.ts';
import { computePlan } from '../../shared/engine/planEngine.ts';
import { formatPlain, toWan } from '../../shared/money/wan.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';
import { planYears } from '../../shared/model/plan.ts';
import { FIXTURES_DIR } from '../support/fixtures.ts';

// Written by test/fixtures/make_fixtures.py (openpyxl) and committed, so CI has them.
const fixtures = FIXTURES_DIR;
const fixture = (name: string) => path.join(fixtures, name);

describe('importing the partner fixtures', () => {
  it('wuhou-baiyu gives the category table of the bundled sample, maps the project categories by alias and reconciles exactly', async () => {
    const { plan, report } = await importWorkbook(fixture('wuhou-baiyu-2016-2020.xlsx'));
    const sample = wuhouBaiyu();
    expect(plan.firstYear).toBe(2016);
    expect(plan.lastYear).toBe(2020);
    expect(plan.categories.map((c) => c.name)).toEqual(sample.categories.map((c) => c.name));
    for (const [i, c] of plan.categories.entries()) {
      for (const y of planYears(plan)) expect(c.byYear[String(y)], `${c.name} ${y}`).toBe(toWan(sample.categories[i]!.byYear[String(y)] ?? '0'));
    }
    expect(plan.projects).toHaveLength(8);
    expect(plan.projects.map((p) => p.name)).toEqual(sample.projects.map((p) => p.name));
    expect(plan.projects[1]).toMatchObject({
      category: '加快产业优化升级',
      startYear: 2016,
      endYear: 2016,
      byYear: { 2016: '300.00' },
      totalInvestment: '300.00',
    });
    // B6:B9 is one merged cell over projects 2–5.
    expect(plan.projects.slice(1, 5).every((p) => p.category === '加快产业优化升级')).toBe(true);
    expect(plan.projects[6]!.units).toEqual(['白玉县组织部', '农牧科技局']);

    expect(report.decisions).toEqual([
      { id: 'category:1', kind: 'categoryAlias', text: '民生社保项目', categoryName: '民生改善', place: '规划项目表!B5', reason: 'closest' },
      { id: 'category:2', kind: 'categoryAlias', text: '加快产业优化升级', categoryName: '产业优化', place: '规划项目表!B6', reason: 'closest' },
      { id: 'category:3', kind: 'categoryAlias', text: '人才队伍建设', categoryName: '人才培养', place: '规划项目表!B11', reason: 'closest' },
    ]);
    expect(plan.categories.find((c) => c.name === '民生改善')!.aliases).toEqual(['民生社保项目']);

    const results = computePlan(plan);
    expect(formatPlain(results.grandTotal)).toBe('15000.00');
    expect(results.problems.filter((p) => p.code === 'ROLLUP_MISMATCH')).toEqual([]);
    expect(results.problems.filter((p) => p.severity === 'error')).toEqual([]);

    const text = formatImportReport(report).join('\n');
    expect(text).toContain('[识别] 年度投资和领域安排计划表!A9：合计行与各行之和一致');
    expect(text).toContain('[识别] 规划项目表!A4：合计行与8个项目之和一致');
    expect(text).toContain('[处理] 规划项目表!A13：注释行，不作为项目读取');
    expect(report.entries.filter((e) => e.kind === 'problem')).toEqual([]);
    expect(plan.donor).toBe('成都市武侯区');
    expect(plan.recipients.map((r) => r.name)).toEqual(['白玉县']);
  });

  it('longquanyi-ganzi (no category table, no category column) gets categories from its projects, totalling 3563.54', async () => {
    const { plan, report } = await importWorkbook(fixture('longquanyi-ganzi-2020.xlsx'));
    expect([plan.firstYear, plan.lastYear]).toEqual([2020, 2020]);
    expect(plan.projects).toHaveLength(11);
    expect(plan.categories).toHaveLength(11);
    expect(plan.categories[0]).toMatchObject({ name: '住房安全保障', byYear: { 2020: '140.00' } });
    expect(plan.projects[0]).toMatchObject({
      name: '住房安全保障',
      category: '住房安全保障',
      startYear: 2020,
      endYear: 2020,
      fundingSource: '一般公共预算收入的0.5%现金帮扶资金',
    });
    expect(plan.projects[1]!.content.split('\n')).toHaveLength(6);
    expect(plan.projects[4]!.units).toEqual(['区农业农村局', '区文体旅局']);
    expect(plan.projects[9]).toMatchObject({ name: '社会力量帮扶', byYear: {}, fundingSource: '自筹自有资金或协调引进社会资金' });
    const results = computePlan(plan);
    expect(formatPlain(results.grandTotal)).toBe('3563.54');
    expect(results.categories.map((c) => c.share).reduce((a, s) => a + Number(s) * 100, 0)).toBe(10000);
    expect(results.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(formatImportReport(report).join('\n')).toContain('[识别] 项目及投资安排表!A14：合计行与11个项目之和一致');
  });

  it('dongli (money by recipient) gives recipients with their own money and carrier units, and one category per 受援县, totalling 20000.00', async () => {
    const { plan, report } = await importWorkbook(fixture('dongli-three-counties-2016-2020.xlsx'));
    expect(plan.categories.map((c) => c.name)).toEqual(['河北省承德县', '甘肃省临潭县', '甘肃省甘谷县']);
    expect(plan.recipients.map((r) => [r.name, r.carrierUnit])).toEqual([
      ['河北省承德县', '东丽开发区'],
      ['甘肃省临潭县', '东丽湖街'],
      ['甘肃省甘谷县', '华明街'],
    ]);
    expect(plan.categories[0]!.byYear).toEqual({ 2016: '2000.00', 2017: '2000.00', 2018: '2000.00', 2019: '2000.00', 2020: '2000.00' });
    expect(formatPlain(computePlan(plan).grandTotal)).toBe('20000.00');
    expect(plan.recipients[1]!.money).toEqual({ 2016: '1000.00', 2017: '1000.00', 2018: '1000.00', 2019: '1000.00', 2020: '1000.00' });
    expect(report.entries.some((e) => e.kind === 'decision' && e.message.includes('每个受援方也作为一个类别'))).toBe(true);
    expect(computePlan(plan).problems).toEqual([]);
    expect(plan.donor).toBe('东丽区');
  });
});
