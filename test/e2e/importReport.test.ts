import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/cli.ts';
import { openAppForTests, type OpenedApp } from './app.ts';
import { openView, Sheet } from './pageObjects.ts';

/** Workbooks written by openpyxl (test/fixtures/make/import_layouts.py). */
const layout = (name: string) => path.join(repoRoot, 'test/fixtures', name);

let app: OpenedApp;

openAppForTests((opened) => (app = opened));

const text = (testId: string) => app.page.getByTestId(testId).textContent();

describe('导入报告: the import is shown before anything changes', () => {
  it('取消 in the report leaves the open plan as it was', async () => {
    const before = await text('doc-title');
    app.dialogs.importFile = layout('import-total-off.xlsx');
    await app.menu({ kind: 'importWorkbook' });
    await expect.poll(() => app.page.getByTestId('import-report').isVisible()).toBe(true);
    expect(await text('import-problems')).toContain('项目表!C6');
    await app.page.getByTestId('import-cancel').click();
    await expect.poll(() => app.page.getByTestId('import-report').count()).toBe(0);
    expect(await text('doc-title')).toBe(before);
    expect(await app.page.getByTestId('btn-import-report').count()).toBe(0);
  });

  it('a category guess changed to 新建类别 and one confirmed: the plan is built with those choices when accepted', async () => {
    const before = await text('doc-title');
    app.dialogs.importFile = layout('import-category-guess.xlsx');
    app.dialogs.unsaved = 'discard';
    await app.menu({ kind: 'importWorkbook' });
    const dialog = app.page.getByTestId('import-report');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // Nothing has changed yet.
    expect(await text('doc-title')).toBe(before);
    const first = app.page.getByTestId('import-guess-category:1');
    const second = app.page.getByTestId('import-guess-category:2');
    expect(await first.textContent()).toContain('“产业项目”');
    expect(await first.textContent()).toContain('作为“产业发展”的别名（名称最接近）');
    expect(await second.textContent()).toContain('作为“民生改善”的别名');
    await first.getByTestId('import-guess-select').selectOption({ label: '新建类别“产业项目”' });
    await second.getByTestId('import-guess-confirm').click();
    await expect.poll(() => second.getByTestId('import-guess-confirm').textContent()).toBe('已确认');
    await app.screenshot('import-report');

    await app.page.getByTestId('import-accept').click();
    await expect.poll(() => text('doc-title')).toContain('import-category-guess');
    expect(await text('status-message')).toContain('已导入“import-category-guess.xlsx”：3个类别、2个项目');
    await openView(app.page, 'categories');
    const categories = new Sheet(app.page, 'categories');
    expect(await categories.box('c1', 'name').textContent()).toBe('产业发展');
    expect(await categories.box('c3', 'name').textContent()).toBe('产业项目');
    // 产业项目 is its own category now, with no money in the category table: the roll-up says so.
    await openView(app.page, 'problems');
    await expect.poll(() => app.page.getByTestId('problem-ROLLUP_MISMATCH').count()).toBeGreaterThan(0);

    // The report stays available, with the choices made.
    await app.page.getByTestId('btn-import-report').click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await first.getByTestId('import-guess-select').inputValue()).toBe('__new__');
    expect(await first.getByTestId('import-guess-select').isDisabled()).toBe(true);
    await app.page.getByTestId('modal-close').click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('an import problem is a plan problem: clicking it in 问题 shows the source cell and its text', async () => {
    app.dialogs.importFile = layout('import-total-off.xlsx');
    app.dialogs.unsaved = 'discard';
    await app.menu({ kind: 'importWorkbook' });
    await expect.poll(() => app.page.getByTestId('import-report').isVisible()).toBe(true);
    await app.page.getByTestId('import-accept').click();
    await expect.poll(() => text('doc-title')).toContain('import-total-off');
    await openView(app.page, 'problems');
    await app.page.getByTestId('problem-IMPORT_TOTAL_MISMATCH').click();
    await expect.poll(() => text('problem-source')).toContain('来源单元格：项目表!C6，内容：“510”');
    await app.screenshot('import-problem-source');
  });
});
