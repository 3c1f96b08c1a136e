import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePlanFile } from '../../shared/file/planFile.ts';
import { toWan } from '../../shared/money/wan.ts';
import { asCategoryId, asProjectId, asRecipientId, asYear } from '../../shared/model/ids.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { launchBrowser, openApp, type OpenedApp } from './app.ts';
import { openView } from './pageObjects.ts';

/** 《东丽区对口帮扶实施方案》: 东丽区 → 承德县 2000万, 临潭县 1000万, 甘谷县 1000万 a year (one year here), two projects not yet assigned. */
const dongli: Plan = {
  title: '东丽区对口帮扶实施方案',
  donor: '天津市东丽区',
  recipients: [
    { id: asRecipientId('r1'), name: '承德县', carrierUnit: '东丽开发区', money: { 2016: toWan(2000) } },
    { id: asRecipientId('r2'), name: '临潭县', carrierUnit: '东丽湖街', money: { 2016: toWan(1000) } },
    { id: asRecipientId('r3'), name: '甘谷县', carrierUnit: '华明街', money: { 2016: toWan(1000) } },
  ],
  firstYear: asYear(2016),
  lastYear: asYear(2016),
  unit: '万元',
  fundingRule: null,
  yearlyMoney: { 2016: toWan(4000) },
  categories: [{ id: asCategoryId('c1'), name: '教育', aliases: [], byYear: { 2016: toWan(2600) } }],
  projects: [
    {
      id: asProjectId('p1'),
      category: '教育',
      name: '东丽小学',
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
    },
    {
      id: asProjectId('p2'),
      category: '教育',
      name: '东丽卫生院',
      content: '',
      startYear: asYear(2016),
      endYear: asYear(2016),
      totalInvestment: null,
      aid: null,
      byYear: { 2016: toWan(500) },
      fundingSource: '',
      units: [],
      deadline: '',
      remarks: '',
    },
  ],
};

let browser: Browser;
let app: OpenedApp;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'aidplan-e2e-recipients-'));
  const file = path.join(dir, '东丽.aidplan');
  await writeFile(file, writePlanFile(dongli));
  browser = await launchBrowser();
  app = await openApp({ browser, file });
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

describe('受援方: one donor, several recipients', () => {
  it('a project assigned to a recipient counts against that recipient’s own money, marked when over', async () => {
    await openView(app.page, 'recipients');
    const projects = app.page.getByTestId('recipient-projects-1-2016');
    expect(await projects.textContent()).toBe('0.00');
    await app.page.getByTestId('project-recipient-1').selectOption({ label: '承德县' });
    await expect.poll(() => projects.textContent()).toBe('2,100.00');
    await expect.poll(() => projects.getAttribute('title')).toContain('承德县2016年项目安排2100.00万元，超过其帮扶资金2000.00万元');
    await app.screenshot('recipients');
  });

  it('raising the recipient’s money turns the error into a note of money left, and undo brings it back', async () => {
    const money = app.page.getByTestId('recipient-money-1-2016');
    await money.fill('2200');
    await money.press('Enter');
    const projects = app.page.getByTestId('recipient-projects-1-2016');
    await expect.poll(() => projects.getAttribute('title')).toContain('比其帮扶资金2200.00万元少100.00万元');
    await app.page.getByTestId('btn-undo').click();
    await expect.poll(() => projects.getAttribute('title')).toContain('超过其帮扶资金');
  });
});
