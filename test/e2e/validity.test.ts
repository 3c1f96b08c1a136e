import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES } from '../../shared/samples/index.ts';
import { readPlanFile, writePlanFile } from '../../shared/file/planFile.ts';
import { fixturePath } from '../support/fixtures.ts';
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
    expect(await app.page.getByTestId('period-dialog-summary').textContent()).toMatch(
      /^新的规划期为2017—2020年，有\d+处金额（合计[\d,.]+万元）不在新的规划期内：$/,
    );
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
    await expect
      .poll(() => app.page.getByTestId('status-message').textContent())
      .toBe('修改规划期未完成：“规划期终止年”：规划期起始年（2021年）不能晚于终止年（2020年）');
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

describe('汇总 flags files that describe the same plan', () => {
  it('our .aidplan and the partner’s .xlsx: a warning lists the group, the second is not counted until ticked', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'aidplan-e2e-dup-'));
    writeFileSync(path.join(folder, '1-龙泉驿.aidplan'), writePlanFile(SAMPLES['longquanyi-ganzi-2020']()));
    copyFileSync(fixturePath('longquanyi-ganzi-2020.xlsx'), path.join(folder, '2-龙泉驿（对方）.xlsx'));
    const app = await openApp({ browser });
    app.dialogs.folder = folder;
    await app.menu({ kind: 'consolidate' });
    const warning = app.page.getByTestId('consolidate-duplicates');
    await warning.waitFor();
    expect(await warning.textContent()).toContain(
      '注意：以下2个文件描述同一规划（帮扶方、受援方和规划期相同（龙泉驿区 → 甘孜县，2020年）），全部计入会重复汇总',
    );
    const summary = app.page.getByTestId('consolidate-summary');
    expect(await summary.textContent()).toContain('已汇总 1 个规划');
    expect(await app.page.getByTestId('duplicate-1-龙泉驿.aidplan').isChecked()).toBe(true);
    const theirs = app.page.getByTestId('duplicate-2-龙泉驿（对方）.xlsx');
    expect(await theirs.isChecked()).toBe(false);
    await app.screenshot('consolidate-duplicates');
    // The box follows the sum made again in the main process, so it changes when that answer arrives.
    await theirs.click();
    await expect.poll(() => summary.textContent()).toContain('已汇总 2 个规划');
    expect(await theirs.isChecked()).toBe(true);
    await app.page.getByTestId('duplicate-1-龙泉驿.aidplan').click();
    await expect.poll(() => summary.textContent()).toContain('已汇总 1 个规划');
    expect(await app.page.getByTestId('consolidate-pairings').locator('tbody th[scope=row]').first().textContent()).toBe('龙泉驿区 → 甘孜县'); // the partner's spelling: now theirs is the one counted
    await app.close();
  });
});

describe('保存 over a file marked read-only', () => {
  it('says so, leaves the file as it was, and offers 另存为', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'aidplan-e2e-ro-'));
    const file = path.join(folder, '只读.aidplan');
    writeFileSync(file, writePlanFile(sample));
    chmodSync(file, 0o444);
    const app = await openApp({ browser, file });
    const categories = new Sheet(app.page, 'categories');
    await categories.type('c1', '2016', '1000');
    await categories.waitText('c1', '2016', '1,000.00');
    const copy = path.join(folder, '副本.aidplan');
    app.dialogs.saveFile = copy;
    await app.page.keyboard.press('Control+S');
    // The 另存为 dialog was offered (and answered): the work is in the copy, the read-only file unchanged.
    await expect.poll(() => app.dialogs.asked.length).toBe(1);
    expect(app.dialogs.asked[0]).toMatch(/^save:/);
    await expect.poll(() => app.page.getByTestId('status-message').textContent()).toBe(`已保存到 ${copy}`);
    expect(readFileSync(file, 'utf8')).toBe(writePlanFile(sample));
    expect(readPlanFile(readFileSync(copy, 'utf8'))).toMatchObject({ ok: true });

    // Cancelled, the message stays.
    chmodSync(copy, 0o444);
    await categories.type('c1', '2016', '900');
    await categories.waitText('c1', '2016', '900.00');
    app.dialogs.saveFile = null;
    await app.page.keyboard.press('Control+S');
    await expect.poll(() => app.page.getByTestId('status-message').textContent()).toBe('文件“副本.aidplan”是只读的，未保存。请用“另存为”保存到其他文件');
    expect(app.dialogs.asked).toHaveLength(2);
    await app.screenshot('read-only-save');
    await app.close();
  });
});
