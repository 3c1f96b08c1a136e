import fc from 'fast-check';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportWorkbook, importWorkbook } from '../../electron/node/xlsx/index.ts';
import { projectGroups } from '../../shared/export/projectGroups.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { toWan } from '../../shared/money/wan.ts';
import { longquanyiGanzi } from '../../shared/samples/longquanyiGanzi.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';
import { excelPlanArb } from './excelPlanArbitrary.ts';
import { fixturePath } from '../support/fixtures.ts';

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-roundtrip-'));
});

async function roundTrip(plan: Plan): Promise<Plan> {
  const file = path.join(dir, `plan${++n}.xlsx`);
  await exportWorkbook(plan, file);
  return (await importWorkbook(file)).plan;
}

/**
 * What a workbook carries of a plan: everything, except recipients' carrier
 * units when no recipient has money of its own (no 受援方资金表 is written then)
 * and actual revenues of years no plan year uses; projects in the grouped
 * order of the 项目表, each with its own id.
 */
function asExcelKeepsIt(plan: Plan): Plan {
  const projects = projectGroups(plan).flatMap((g) => g.projects);
  const recipientColumn = plan.recipients.length > 1 || plan.projects.some((p) => p.recipientId !== undefined && p.recipientId !== null);
  const moneySheet = plan.recipients.some((r) => r.money !== undefined && Object.keys(r.money).length > 0);
  return {
    ...plan,
    recipients: plan.recipients.map((r) => (moneySheet ? { ...r, money: r.money ?? {} } : { ...r, carrierUnit: '' })),
    // Categories and projects keep their ids: the hidden 行标识 column carries them.
    // With several recipients (or any project assigned) the 项目表 has a 受援方 column, where a blank reads as "not assigned".
    projects: projects.map((p) => ({ ...p, ...(recipientColumn ? { recipientId: p.recipientId ?? null } : {}) })),
  };
}

describe('Excel round trip: export then import gives back the same plan', () => {
  it('for generated plans (categories with their aliases, amounts, every project field, the recipient of each project)', async () => {
    await fc.assert(
      fc.asyncProperty(excelPlanArb, async (plan) => {
        expect(await roundTrip(plan)).toEqual(asExcelKeepsIt(plan));
      }),
      { numRuns: 25 },
    );
  });

  it('for the wuhou-baiyu sample', async () => {
    const sample = wuhouBaiyu();
    expect(await roundTrip(sample)).toEqual(asExcelKeepsIt(sample));
  });

  it('for a funding rule with actual revenues, extra money and money adopted for some years only', async () => {
    const sample = wuhouBaiyu();
    const plan: Plan = {
      ...sample,
      fundingRule: { ...sample.fundingRule!, actualRevenue: { 2016: '571234.56', 2018: '600000.12345678' }, extra: { 2018: toWan('1092'), 2019: toWan('0') } },
      yearlyMoney: { 2016: toWan('2700'), 2020: toWan('3308') },
    };
    const back = await roundTrip(plan);
    expect(back.fundingRule).toEqual(plan.fundingRule);
    expect(back.yearlyMoney).toEqual(plan.yearlyMoney);
    expect(back).toEqual(asExcelKeepsIt(plan));
  });

  it('for the dongli fixture: recipients with their own money and carrier units', async () => {
    const { plan } = await importWorkbook(fixturePath('dongli-three-counties-2016-2020.xlsx'));
    expect(await roundTrip(plan)).toEqual(asExcelKeepsIt(plan));
  });

  it('for the longquanyi-ganzi sample, whose projects come back grouped by category', async () => {
    const sample = longquanyiGanzi();
    const back = await roundTrip(sample);
    expect(back).toEqual(asExcelKeepsIt(sample));
    expect(back.projects.map((p) => p.name).slice(4, 6)).toEqual(['就业帮扶促进', '基础设施建设']);
  });
});
