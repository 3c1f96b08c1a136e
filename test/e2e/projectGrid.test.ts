import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, type OpenedApp } from './app.ts';
import { openView, readClipboard, setClipboard, Sheet } from './pageObjects.ts';
import { fixturePath } from '../support/fixtures.ts';

const FIXTURE = fixturePath('wuhou-baiyu-2016-2020.xlsx');

/**
 * The text Excel/WPS-like programs put on the clipboard for a 3×4 block of
 * the fixture's project sheet (its 合计 row with "2700\n\n万元" cells and two
 * project rows): the cells are copied into a workbook of their own with
 * ExcelJS, which LibreOffice then exports as tab-separated text.
 */
async function blockFromFixture(): Promise<string> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(FIXTURE);
  const sheet = source.getWorksheet('规划项目表')!;
  const out = new ExcelJS.Workbook();
  const block = out.addWorksheet('block');
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 4; c++) block.getCell(r + 1, c + 1).value = sheet.getCell(4 + r, 8 + c).value; // H4:K6 (2016–2019)
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aidplan-block-'));
  const xlsx = path.join(dir, 'block.xlsx');
  await out.xlsx.writeFile(xlsx);
  execFileSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):9,34,76,1', '--outdir', dir, xlsx],
    { stdio: 'ignore', timeout: 60_000 },
  );
  const csv = readdirSync(dir).find((f) => f.endsWith('.csv'))!;
  return readFileSync(path.join(dir, csv), 'utf8');
}

let browser: Browser;
let app: OpenedApp;
let sheet: Sheet;
let clipboardBlock: string;

beforeAll(async () => {
  [browser, clipboardBlock] = await Promise.all([launchBrowser(), blockFromFixture()]);
  app = await openApp({ browser });
  sheet = new Sheet(app.page, 'projects');
  await openView(app.page, 'projects');
  await sheet.cell('p1', 'name').waitFor();
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const rowCount = async () => Number(/\d+/.exec((await app.page.getByTestId('project-count').textContent()) ?? '')?.[0]);

describe('项目表: paste, undo and redo', () => {
  it('shows every project with category 小计 rows and the pinned 合计', async () => {
    expect(await sheet.text('sub:c2', '2017')).toBe('2,827.00');
    expect(await sheet.text('sub:c1', 'aid')).toBe('1,300.00');
    expect(await sheet.text('__total', 'aid')).toBe('15,000.00');
    expect(await sheet.text('__total', 'totalInvestment')).toBe('16,200.00');
    await app.screenshot('projects-sample');
  });

  it('an amount typed in a project updates its 小计 and the 合计 at once; other 小计 rows keep theirs; undo restores', async () => {
    expect(await sheet.text('p1', '2017')).toBe('2,827.00');
    await sheet.type('p1', '2017', '2900');
    expect(await sheet.waitText('sub:c2', '2017', '2,900.00')).toBe('2,900.00');
    expect(await sheet.waitText('__total', '2017', '2,925.00')).toBe('2,925.00');
    expect(await sheet.text('sub:c1', 'aid')).toBe('1,300.00');
    expect(await sheet.text('sub:c2', 'aid')).toBe('11,773.00');
    await app.page.keyboard.press('Control+Z');
    expect(await sheet.waitText('sub:c2', '2017', '2,827.00')).toBe('2,827.00');
    expect(await sheet.waitText('__total', 'aid', '15,000.00')).toBe('15,000.00');
  });

  it('an edit still shows after a switch to a view not opened before and straight back, and Ctrl+Z restores it', async () => {
    // 核对 is opened here for the first time: the switch back comes while it loads (the view's grid used to
    // come back with the rows it had when it opened).
    await sheet.typeThenVisit('p1', '2017', '2900', 'reconcile');
    expect(await sheet.waitText('p1', '2017', '2,900.00')).toBe('2,900.00');
    expect(await sheet.text('sub:c2', '2017')).toBe('2,900.00');
    await app.page.keyboard.press('Control+Z');
    expect(await sheet.waitText('p1', '2017', '2,827.00')).toBe('2,827.00');
    expect(await sheet.waitText('sub:c2', '2017', '2,827.00')).toBe('2,827.00');
  });

  it('the fixture block text is what Excel-like programs copy: quoted cells with line breaks and 万元', () => {
    expect(clipboardBlock).toContain('"2700\n\n万元"');
    expect(clipboardBlock.split('\t').length).toBeGreaterThan(9);
  });

  it('a 3×4 block pasted from the .xlsx fills cells, adds a row past the end, and updates totals', async () => {
    await setClipboard(app.page, clipboardBlock);
    await sheet.click('p7', '2016');
    await app.page.keyboard.press('Control+V');
    expect(await sheet.waitText('p7', '2016', '2,700.00')).toBe('2,700.00');
    expect(await sheet.text('p7', '2019')).toBe('3,145.00');
    expect(await sheet.text('p8', '2016')).toBe('');
    expect(await sheet.text('p8', '2019')).toBe('2,870.00');
    expect(await rowCount()).toBe(9);
    expect(await app.page.getByTestId('status-message').textContent()).toContain('新增 1 行');
    // 15000 − p7 (100) − p8 (50) + p7 (2700+2852+2995+3145, its 2020 25 stays) + p8 (2827+2720+2870) + new row (300)
    expect(await sheet.waitText('__total', 'aid', '35,284.00')).toBe('35,284.00');
    await app.screenshot('projects-after-paste');
  });

  it('undo and redo step through an edit, a paste and a row insert, one step each', async () => {
    await sheet.editWithF2('p1', 'name', '白玉县农村危房改造（一期）');
    expect(await sheet.waitText('p1', 'name', '白玉县农村危房改造（一期）')).toBe('白玉县农村危房改造（一期）');
    await sheet.click('p2', 'name');
    await app.page.getByRole('button', { name: '插入行' }).click();
    await expect.poll(rowCount).toBe(10);

    await app.page.keyboard.press('Control+Z'); // the row insert
    await expect.poll(rowCount).toBe(9);
    await app.page.keyboard.press('Control+Z'); // the edit
    expect(await sheet.waitText('p1', 'name', '白玉县农村危房改造')).toBe('白玉县农村危房改造');
    await app.page.keyboard.press('Control+Z'); // the paste, with its added row
    await expect.poll(rowCount).toBe(8);
    expect(await sheet.waitText('__total', 'aid', '15,000.00')).toBe('15,000.00');
    expect(await sheet.text('p7', '2016')).toBe('');

    await app.page.keyboard.press('Control+Y');
    expect(await sheet.waitText('__total', 'aid', '35,284.00')).toBe('35,284.00');
    await app.page.keyboard.press('Control+Y');
    expect(await sheet.waitText('p1', 'name', '白玉县农村危房改造（一期）')).toBe('白玉县农村危房改造（一期）');
    await app.page.keyboard.press('Control+Y');
    await expect.poll(rowCount).toBe(10);
  });

  it('a paste into total cells is refused for those cells with a message', async () => {
    await setClipboard(app.page, '1\t2');
    await sheet.click('__total', '2016');
    await app.page.keyboard.press('Control+V');
    await expect.poll(() => app.page.getByTestId('status-message').textContent()).toContain('不能粘贴');
    expect(await sheet.text('__total', 'aid')).toBe('35,284.00');

    // Over 援建资金 (editable) and 2016 is fine; over 序号 the cell is refused and the rest goes in.
    await setClipboard(app.page, '9\t白玉县测试项目');
    const seq = await sheet.text('p3', 'seq');
    await sheet.click('p3', 'seq');
    await app.page.keyboard.press('Control+V');
    await expect.poll(() => app.page.getByTestId('status-message').textContent()).toContain('序号');
    expect(await sheet.waitText('p3', 'category', '白玉县测试项目')).toBe('白玉县测试项目');
    expect(await sheet.text('p3', 'seq')).toBe(seq);
  });
});

describe('项目表: selection, copy, fill and clear', () => {
  it('Shift+arrows select a block that Ctrl+C copies as tab-separated text', async () => {
    await sheet.click('p2', 'startYear');
    await app.page.keyboard.press('Shift+ArrowRight');
    await app.page.keyboard.press('Shift+ArrowDown');
    await app.page.keyboard.press('Control+C');
    await expect.poll(() => readClipboard(app.page)).toBe('2016\t2016\r\n2016\t2016');
    expect(await app.page.locator('.cell-selected').count()).toBe(4);
  });

  it('End goes to the last column and Home back to the first, scrolling the unfrozen columns back to their first', async () => {
    await sheet.click('p1', 'name');
    await app.page.keyboard.press('End');
    await expect.poll(() => sheet.cell('p1', 'remarks').count()).toBe(1);
    // Columns out of view are not rendered: 建设内容, the first unfrozen column, is scrolled away.
    await expect.poll(() => sheet.cell('p1', 'content').count()).toBe(0);
    await app.page.keyboard.press('Home');
    await expect.poll(() => sheet.cell('p1', 'content').count()).toBe(1);
    expect(await app.page.locator('.cell-active [data-testid="cell-projects-p1-seq"]').count()).toBe(1);
  });

  it('a mouse drag selects a block; Ctrl+D fills it down from its top row, as one undo step', async () => {
    const from = sheet.box('p2', 'deadline');
    const to = sheet.box('p4', 'deadline');
    await sheet.editWithF2('p2', 'deadline', '11月底前');
    expect(await sheet.waitText('p2', 'deadline', '11月底前')).toBe('11月底前');
    await sheet.reveal('p4', 'deadline');
    await from.hover();
    await app.page.mouse.down();
    await to.hover();
    await app.page.mouse.up();
    expect(await app.page.locator('.cell-selected').count()).toBe(3);
    await app.page.keyboard.press('Control+D');
    expect(await sheet.waitText('p4', 'deadline', '11月底前')).toBe('11月底前');
    expect(await sheet.text('p3', 'deadline')).toBe('11月底前');
    await app.page.keyboard.press('Control+Z');
    expect(await sheet.waitText('p4', 'deadline', '')).toBe('');
    expect(await sheet.text('p2', 'deadline')).toBe('11月底前');
  });

  it('Delete clears the selected cells and leaves computed cells alone', async () => {
    const seq = await sheet.text('p6', 'seq');
    await sheet.click('p6', '2016');
    await sheet.click('p6', 'aid', ['Shift']);
    await app.page.keyboard.press('Delete');
    expect(await sheet.waitText('p6', '2016', '')).toBe('');
    expect(await sheet.text('p6', 'totalInvestment')).toBe('1,850.00'); // outside the selection
    expect(await sheet.text('p6', 'seq')).toBe(seq);
  });
});
