import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES } from '../../shared/samples/index.ts';
import { formatGrouped, wanToDecimal } from '../../shared/money/wan.ts';
import { launchBrowser, openApp, type OpenedApp } from './app.ts';
import { openView, Sheet } from './pageObjects.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const sample = SAMPLES['wuhou-baiyu-2016-2020']();
const shown = (id: string, year: string) => formatGrouped(wanToDecimal(sample.categories.find((c) => c.id === id)!.byYear[year]));

async function setFirstYear(app: OpenedApp, year: string): Promise<void> {
  const field = app.page.getByTestId('info-first-year');
  await field.fill(year);
  await field.press('Enter');
}
const problemsLine = (app: OpenedApp) => app.page.getByTestId('status-problems').textContent();
const errorCount = async (app: OpenedApp) => Number(/错误 (\d+)/.exec((await problemsLine(app)) ?? '')![1]);

describe('changing the 规划期 with amounts outside the new one asks what to do, in Chinese', () => {
  it('取消 keeps the period; 保留为待处理问题 keeps the amounts as errors; 清除这些金额 removes them; 移到新规划期的对应年份 moves them', async () => {
    const app = await openApp({ browser });
    await openView(app.page, 'info');
    const errorsBefore = await errorCount(app);

    await setFirstYear(app, '2017');
    const dialog = app.page.getByTestId('period-dialog');
    await dialog.waitFor();
    expect(await app.page.getByTestId('period-dialog-summary').textContent()).toMatch(/^新的规划期为2017—2020年，有\d+处金额（合计[\d,.]+万元）不在新的规划期内：$/);
    expect(await dialog.locator('button').allTextContents()).toEqual(['保留为待处理问题', '移到新规划期的对应年份？', '清除这些金额', '取消']);
    await app.screenshot('period-dialog');

    await app.page.getByTestId('period-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => app.page.getByTestId('info-first-year').inputValue()).toBe('2016');
    expect(await errorCount(app)).toBe(errorsBefore);

    await setFirstYear(app, '2017');
    await app.page.getByTestId('period-keep').click();
    await expect.poll(() => app.page.getByTestId('info-first-year').inputValue()).toBe('2017');
    await expect.poll(() => errorCount(app)).toBeGreaterThan(errorsBefore);
    await openView(app.page, 'problems');
    await expect.poll(() => app.page.getByText(/在2016年安排了资金，但该年不在规划期2017—2020年内/).count()).toBeGreaterThan(0);
    await app.page.getByTestId('btn-undo').click();

    await openView(app.page, 'info');
    await expect.poll(() => app.page.getByTestId('info-first-year').inputValue()).toBe('2016');
    await setFirstYear(app, '2017');
    await app.page.getByTestId('period-clear').click();
    await expect.poll(() => app.page.getByTestId('info-first-year').inputValue()).toBe('2017');
    await openView(app.page, 'problems');
    await expect.poll(() => app.page.getByText(/在2016年安排了资金/).count()).toBe(0);
    await app.page.getByTestId('btn-undo').click();

    // 2016—2020 to 2021—2025: the last year first (no amount falls outside), then the first year moves every amount five years on.
    await openView(app.page, 'info');
    const last = app.page.getByTestId('info-last-year');
    await last.fill('2025');
    await last.press('Enter');
    await expect.poll(() => last.inputValue()).toBe('2025');
    expect(await app.page.getByTestId('period-dialog').count()).toBe(0);
    await setFirstYear(app, '2021');
    await app.page.getByTestId('period-move').click();
    await expect.poll(() => app.page.getByTestId('info-first-year').inputValue()).toBe('2021');
    await openView(app.page, 'categories');
    const categories = new Sheet(app.page, 'categories');
    expect(await categories.waitText('c1', '2021', shown('c1', '2016'))).toBe(shown('c1', '2016'));
    expect(await categories.text('c1', '2025')).toBe(shown('c1', '2020'));
    await app.close();
  });

  it('a first year after the last year is refused with its reason, and nothing changes', async () => {
    const app = await openApp({ browser });
    await openView(app.page, 'info');
    await setFirstYear(app, '2021');
    await expect.poll(() => app.page.getByTestId('status-message').textContent()).toBe('修改规划期未完成：“规划期终止年”：规划期起始年（2021年）不能晚于终止年（2020年）');
    await expect.poll(() => app.page.getByTestId('info-first-year').inputValue()).toBe('2016');
    await app.close();
  });
});

describe('an autosave that keeps failing is shown until one succeeds', () => {
  it('two failed copies put the reason in the status bar; the next copy that works takes it away', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aidplan-data-'));
    const blocker = path.join(dataDir, 'recovery');
    writeFileSync(blocker, 'a file where the recovery folder should be');
    const app = await openApp({ browser, dataDir });
    const categories = new Sheet(app.page, 'categories');
    await categories.type('c1', '2016', '1000');
    await categories.waitText('c1', '2016', '1,000.00');
    const line = app.page.getByTestId('status-autosave');
    const blur = () => app.page.evaluate(() => window.dispatchEvent(new Event('blur')));
    // Each blur copies again once the last copy failed; the line appears from the second failure in a row.
    await expect
      .poll(async () => {
        await blur();
        return line.count();
      })
      .toBe(1);
    const text = (await line.textContent()) ?? '';
    expect(text).toMatch(/^自动保存已连续失败(\d+)次，未保存的修改没有恢复副本：无法写入恢复副本“current\.json”：路径中有一项不是文件夹$/);
    expect(Number(/(\d+)次/.exec(text)![1])).toBeGreaterThanOrEqual(2);
    await app.screenshot('autosave-failing');
    rmSync(blocker);
    await blur();
    await expect.poll(() => line.count()).toBe(0);
    await app.close();
  });
});
