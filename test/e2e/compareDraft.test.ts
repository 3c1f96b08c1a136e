import { copyFile, mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportWorkbook } from '../../electron/node/xlsx/index.ts';
import { writePlanFile } from '../../shared/file/planFile.ts';
import { PARTNER_SCENARIO, editWithOpenpyxl, resaveWithLibreOffice } from '../support/partnerEdits.ts';
import { asCategoryId, asProjectId } from '../../shared/model/ids.ts';
import { toWan } from '../../shared/money/wan.ts';
import { longPlan } from '../xlsx/longPlan.ts';
import { launchBrowser, openApp, type OpenedApp } from './app.ts';
import { openView } from './pageObjects.ts';

let browser: Browser;
let app: OpenedApp;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-e2e-compare-'));
  const plan = longPlan(20);
  await writeFile(path.join(dir, '规划.aidplan'), writePlanFile(plan));
  // The partner's round trip: our export, edited (rows inserted, deleted, sorted), saved again by LibreOffice.
  await exportWorkbook(plan, path.join(dir, '规划.xlsx'));
  editWithOpenpyxl(path.join(dir, '规划.xlsx'), path.join(dir, '对方修改稿.xlsx'), PARTNER_SCENARIO);
  await copyFile(await resaveWithLibreOffice(path.join(dir, '对方修改稿.xlsx'), path.join(dir, 'lo')), path.join(dir, '修改稿.xlsx'));
  browser = await launchBrowser();
  app = await openApp({ browser, file: path.join(dir, '规划.aidplan') });
}, 300_000);
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const summary = () => app.page.getByTestId('compare-summary').textContent();
const row = (text: string) => app.page.getByTestId('compare-change').filter({ hasText: text });

describe('比较修改稿 with a workbook the partner edited and LibreOffice saved again', () => {
  it('lists exactly the partner’s six changes, matched by 行标识 (no guesses)', async () => {
    app.dialogs.importFile = path.join(dir, '修改稿.xlsx');
    await app.menu({ kind: 'compare' });
    await expect.poll(summary).toBe('还有 6 处差异');
    expect(await app.page.getByTestId('compare-guess').count()).toBe(0);
    expect(await row('的项目名称').locator('.compare-after').textContent()).toBe('第010号帮扶项目（调整）');
    await app.screenshot('compare-partner-roundtrip');
  });

  it('a rejection is kept across a switch of views', async () => {
    await row('的项目名称').getByRole('button', { name: '拒绝' }).click();
    await expect.poll(summary).toBe('还有 5 处差异（已拒绝 1 处）');
    await openView(app.page, 'projects');
    await openView(app.page, 'compare');
    await expect.poll(summary).toBe('还有 5 处差异（已拒绝 1 处）');
  });

  it('全部拒绝 and 全部接受 are each one undo step', async () => {
    await app.page.getByTestId('compare-reject-all').click();
    await expect.poll(summary).toBe('没有未处理的差异（已拒绝 6 处）');
    await app.page.getByTestId('btn-undo').click();
    await expect.poll(summary).toBe('还有 5 处差异（已拒绝 1 处）');
    await app.page.getByTestId('compare-accept-all').click();
    await expect.poll(summary).toBe('没有未处理的差异（已拒绝 1 处）');
    await app.page.getByTestId('btn-undo').click();
    await expect.poll(summary).toBe('还有 5 处差异（已拒绝 1 处）');
  });
});

describe('导出填报模板 from the 文件 menu', () => {
  it('writes the form for the partner, with its 填报说明 first', async () => {
    const file = path.join(dir, '填报模板.xlsx');
    app.dialogs.exportFile = file;
    await app.menu({ kind: 'exportTemplate' });
    await expect
      .poll(() =>
        stat(file)
          .then(() => true)
          .catch(() => false),
      )
      .toBe(true);
    await expect.poll(() => app.page.getByTestId('status-message').textContent()).toContain('已导出填报模板');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['填报说明', '资金测算表', '年度投资和领域安排计划表', '项目表', '下拉选项']);
  });
});

describe('比较修改稿: guesses and dependencies', () => {
  it('rows of a workbook without 行标识 are matched by name and content and marked （推测）', async () => {
    editWithOpenpyxl(path.join(dir, '规划.xlsx'), path.join(dir, '无标识.xlsx'), [
      { op: 'dropIds' },
      { op: 'set', name: '第010号帮扶项目', column: '项目名称', value: '第010号帮扶项目（调整）' },
    ]);
    app.dialogs.importFile = await resaveWithLibreOffice(path.join(dir, '无标识.xlsx'), path.join(dir, 'lo-legacy'));
    await app.page.getByTestId('compare-open').click();
    await expect.poll(summary).toBe('还有 1 处差异');
    expect(await app.page.getByTestId('compare-guess').count()).toBe(1);
    await app.screenshot('compare-guess');
  });

  it('accepting a project added into a new category brings the category along and says so', async () => {
    const plan = longPlan(20);
    const category = { id: asCategoryId('c9'), name: '人才交流', aliases: [], byYear: { 2018: toWan(50) } };
    const project = {
      ...plan.projects[0]!,
      id: asProjectId('p99'),
      category: '人才交流',
      name: '干部双向挂职',
      content: '互派干部',
      byYear: { 2018: toWan(50) },
    };
    await writeFile(
      path.join(dir, '新类别.aidplan'),
      writePlanFile({ ...plan, categories: [...plan.categories, category], projects: [...plan.projects, project] }),
    );
    app.dialogs.importFile = path.join(dir, '新类别.aidplan');
    await app.page.getByTestId('compare-open').click();
    await expect.poll(summary).toBe('还有 2 处差异');
    await row('新增项目').getByRole('button', { name: '接受' }).click();
    await expect.poll(summary).toBe('没有未处理的差异');
    expect(await app.page.getByTestId('status-message').textContent()).toContain('同时接受了“新增类别“人才交流””');
    await app.page.getByTestId('btn-undo').click();
    await expect.poll(summary).toBe('还有 2 处差异');
  });
});
