import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { writePlanFile } from '../../shared/file/planFile.ts';
import { toWan } from '../../shared/money/wan.ts';
import { longquanyiGanzi } from '../../shared/samples/longquanyiGanzi.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';
import { fixturePath } from '../support/fixtures.ts';
import { openAppForTests, type OpenedApp } from './app.ts';
import { openView, Sheet } from './pageObjects.ts';

let app: OpenedApp;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-e2e-exchange-'));
});
openAppForTests((opened) => (app = opened));

const text = (testId: string) => app.page.getByTestId(testId).textContent();

describe('进度: progress through the year', () => {
  it('money arrived typed for a project changes the rates at once, and undo takes it back', async () => {
    await openView(app.page, 'progress');
    await app.page.getByTestId('progress-year').selectOption('2017');
    expect(await text('progress-total-arrival-rate')).toBe('0.00%');
    const arrived = app.page.getByTestId('progress-arrived-1');
    await arrived.fill('1,426');
    await arrived.press('Enter');
    // 1426 of 2852 planned for 2017
    await expect.poll(() => text('progress-total-arrival-rate')).toBe('50.00%');
    await app.page.getByTestId('progress-status-1').selectOption('在建');
    await expect.poll(() => app.page.getByTestId('progress-total').textContent()).toContain('1,426.00');
    await app.screenshot('progress');
    await app.page.getByTestId('btn-undo').click();
    await app.page.getByTestId('btn-undo').click();
    await expect.poll(() => text('progress-total-arrival-rate')).toBe('0.00%');
  });

  it('completed above arrived is marked on its cell', async () => {
    const arrived = app.page.getByTestId('progress-arrived-1');
    await arrived.fill('100');
    await arrived.press('Enter');
    const completed = app.page.getByTestId('progress-completed-1');
    await completed.fill('200');
    await completed.press('Enter');
    await expect.poll(() => completed.locator('xpath=ancestor::td').getAttribute('title')).toContain('完成投资200.00万元，超过到位资金100.00万元');
    await app.page.getByTestId('btn-undo').click();
    await app.page.getByTestId('btn-undo').click();
  });
});

describe('比较修改稿: comparing a partner’s revised draft', () => {
  it('lists the differences, accepts one as an undo step, and rejects the rest', async () => {
    const plan = wuhouBaiyu();
    const revised = { ...plan, projects: plan.projects.map((p, i) => (i === 0 ? { ...p, byYear: { ...p.byYear, 2020: toWan(3183) } } : p)).slice(0, 7) };
    const file = path.join(dir, '修改稿.aidplan');
    await writeFile(file, writePlanFile(revised));
    app.dialogs.importFile = file;
    await app.menu({ kind: 'compare' });
    await expect.poll(() => text('compare-summary')).toBe('还有 2 处差异');
    await app.screenshot('compare');
    // The grids mark what the draft changes while it is compared.
    await openView(app.page, 'projects');
    const projects = new Sheet(app.page, 'projects');
    expect(await projects.box('p1', '2020').getAttribute('class')).toContain('cell-changed');
    expect(await projects.box('p8', 'name').getAttribute('class')).toContain('cell-changed');
    expect(await projects.box('p2', '2016').getAttribute('class')).not.toContain('cell-changed');
    await app.screenshot('compare-marks-in-grid');
    await openView(app.page, 'compare');
    const row = app.page.getByTestId('compare-change').filter({ hasText: '2020年' });
    await row.getByRole('button', { name: '接受' }).click();
    await expect.poll(() => text('compare-summary')).toBe('还有 1 处差异');
    await app.page.getByTestId('btn-undo').click();
    await expect.poll(() => text('compare-summary')).toBe('还有 2 处差异');
    await row.getByRole('button', { name: '接受' }).click();
    await openView(app.page, 'projects');
    expect(await new Sheet(app.page, 'projects').box('p1', '2020').getAttribute('class')).not.toContain('cell-changed');
    await openView(app.page, 'compare');
    await app.page.getByTestId('compare-reject-all').click();
    await expect.poll(() => text('compare-summary')).toContain('没有未处理的差异');
    await app.page.getByTestId('btn-undo').click();
  });
});

describe('汇总: many plans from a folder', () => {
  it('sums the readable plans, lists the unreadable file, and exports the summary workbook', async () => {
    const folder = path.join(dir, '各结对规划');
    await mkdir(folder);
    await writeFile(path.join(folder, '武侯.aidplan'), writePlanFile(wuhouBaiyu()));
    await writeFile(path.join(folder, '龙泉驿.aidplan'), writePlanFile(longquanyiGanzi()));
    await writeFile(path.join(folder, '损坏.aidplan'), '{');
    app.dialogs.folder = folder;
    await app.menu({ kind: 'consolidate' });
    await expect.poll(() => text('consolidate-pairings-grand-total')).toBe('18,563.54');
    expect(await text('consolidate-failures')).toContain('损坏.aidplan');
    await app.screenshot('consolidate');
    app.dialogs.exportFile = path.join(dir, '汇总');
    await app.page.getByTestId('consolidate-export').click();
    await expect
      .poll(() =>
        stat(path.join(dir, '汇总.xlsx'))
          .then((s) => s.size)
          .catch(() => 0),
      )
      .toBeGreaterThan(1000);
  });
});

describe('Excel and PDF from the 文件 menu', () => {
  it('导出Excel writes the annex workbook with live totals', async () => {
    app.dialogs.exportFile = path.join(dir, '附件表.xlsx');
    await app.menu({ kind: 'exportWorkbook' });
    await expect
      .poll(() =>
        stat(path.join(dir, '附件表.xlsx'))
          .then(() => true)
          .catch(() => false),
      )
      .toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, '附件表.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toContain('年度投资和领域安排计划表');
  });

  it('打印预览 exports the PDF of the chosen annexes, and 打印 sends the same document', async () => {
    await openView(app.page, 'print');
    await app.page.getByTestId('print-preview-frame').waitFor();
    await app.screenshot('print-preview');
    app.dialogs.exportFile = path.join(dir, '附件.pdf');
    await app.page.getByRole('button', { name: '导出PDF…' }).click();
    await expect
      .poll(
        () =>
          stat(path.join(dir, '附件.pdf'))
            .then((s) => s.size)
            .catch(() => 0),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(1000);
    const pdfText = execFileSync('pdftotext', ['-layout', path.join(dir, '附件.pdf'), '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('附件1');
    expect(pdfText).toContain('单位：万元');
    expect(pdfText).toContain('附件2');
    await app.page.getByRole('button', { name: '打印…' }).click();
    await expect.poll(() => app.printed.length).toBe(1);
    expect(app.printed[0]).toContain('附件2');
  });

  it('图表 shows the shares and the money per year', async () => {
    await openView(app.page, 'charts');
    expect(await app.page.getByTestId('chart-shares').textContent()).toContain('78.00%');
    await app.screenshot('charts');
  });

  it('导入Excel shows its import report, then replaces the document with the partner workbook when accepted', async () => {
    app.dialogs.importFile = fixturePath('longquanyi-ganzi-2020.xlsx');
    app.dialogs.unsaved = 'discard';
    await app.menu({ kind: 'importWorkbook' });
    await expect.poll(() => app.page.getByTestId('import-report').isVisible()).toBe(true);
    await app.page.getByTestId('import-accept').click();
    await expect.poll(() => text('doc-title')).toContain('longquanyi-ganzi-2020');
    expect(await text('status-message')).toContain('导入“longquanyi-ganzi-2020.xlsx”');
  });
});
