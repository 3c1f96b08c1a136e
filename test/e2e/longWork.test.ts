import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../support/fixtures.ts';
import { launchBrowser, openApp, type OpenedApp } from './app.ts';

let browser: Browser;
let app: OpenedApp;
let folder: string;
/** Enough partner workbooks that reading them takes seconds, as a provincial 汇总 does. */
const WORKBOOKS = 60;

beforeAll(async () => {
  folder = path.join(await mkdtemp(path.join(tmpdir(), 'aidplan-e2e-work-')), '全省结对规划');
  await mkdir(folder);
  for (let i = 1; i <= WORKBOOKS; i++) await copyFile(fixturePath('wuhou-baiyu-2016-2020.xlsx'), path.join(folder, `结对${String(i).padStart(2, '0')}.xlsx`));
  browser = await launchBrowser();
  app = await openApp({ browser });
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

describe('汇总 of many files shows progress and can be cancelled', () => {
  it('the bar counts the files read; 取消 stops it with a message and no result', async () => {
    app.dialogs.folder = folder;
    await app.menu({ kind: 'consolidate' });
    const bar = app.page.getByTestId('work-progress');
    await bar.waitFor();
    await expect.poll(() => app.page.getByTestId('work-progress-count').textContent()).toMatch(new RegExp(`^[1-9]\\d* / ${WORKBOOKS}$`));
    await app.screenshot('long-work-progress');
    await app.page.getByTestId('work-cancel').click();
    await bar.waitFor({ state: 'detached' });
    await expect.poll(() => app.page.getByTestId('status-message').textContent()).toContain('已取消汇总，没有生成汇总结果');
    expect(await app.page.getByTestId('consolidate-pairings-grand-total').count()).toBe(0);
  });

  it('left to run, it reads every file, flags the copies of one plan and the bar goes away', async () => {
    await app.menu({ kind: 'consolidate' });
    await app.page.getByTestId('work-progress').waitFor();
    await app.page.getByTestId('work-progress').waitFor({ state: 'detached', timeout: 60_000 });
    // Sixty copies of the 武侯区 plan: every one read and listed as describing the same plan; only the first counted (15,000.00 万元).
    const duplicates = app.page.getByTestId('consolidate-duplicates').locator('input[type=checkbox]');
    await expect.poll(() => duplicates.count()).toBe(WORKBOOKS);
    await expect.poll(() => app.page.getByTestId('consolidate-pairings-grand-total').textContent()).toBe('15,000.00');
  });
});
