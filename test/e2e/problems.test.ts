import { describe, expect, it } from 'vitest';
import { openAppForTests, type OpenedApp } from './app.ts';
import { openView, Sheet } from './pageObjects.ts';

let app: OpenedApp;

openAppForTests((opened) => (app = opened));

/** The test id of the cell the grid has focused. */
const focusedCell = () => app.page.locator('.ag-cell.cell-active [data-testid]').first().getAttribute('data-testid');

describe('问题, 核对 and 规划信息', () => {
  it('a project year outside the period is listed, and clicking it selects that cell, marked with the message', async () => {
    await openView(app.page, 'projects');
    const projects = new Sheet(app.page, 'projects');
    await projects.type('p2', 'startYear', '2030');
    expect(await projects.waitText('p2', 'startYear', '2030')).toBe('2030');
    await openView(app.page, 'problems');
    const item = app.page.getByTestId('problem-YEAR_OUTSIDE_PERIOD');
    expect(await item.textContent()).toContain('项目表 第2行（昌台牦牛养殖和帐篷城建设） 开工年限');
    await app.screenshot('problems');
    await item.click();
    await expect.poll(focusedCell).toBe('cell-projects-p2-startYear');
    expect(await projects.box('p2', 'startYear').getAttribute('class')).toContain('cell-problem-error');
    await projects.box('p2', 'startYear').hover();
    await expect
      .poll(() =>
        app.page
          .locator('.ag-tooltip')
          .textContent()
          .catch(() => ''),
      )
      .toContain('不在规划期2016—2020年内');
    await app.page.keyboard.press('Control+Z');
  });

  it('a category amount that departs from the projects shows in 核对 and jumps from 问题 to its cell', async () => {
    await openView(app.page, 'categories');
    const categories = new Sheet(app.page, 'categories');
    await categories.type('c1', '2016', '900');
    expect(await categories.waitText('c1', '2016', '900.00')).toBe('900.00');
    await openView(app.page, 'reconcile');
    const diff = app.page.getByTestId('reconcile-c1-2016');
    expect(await diff.textContent()).toBe('-100.00');
    expect(await diff.getAttribute('class')).toContain('diff-bad');
    expect(await app.page.getByTestId('reconcile-summary').textContent()).toBe('1 处不一致');
    await app.screenshot('reconcile');

    await openView(app.page, 'problems');
    await app.page.getByTestId('problem-ROLLUP_MISMATCH').first().click();
    await expect.poll(focusedCell).toBe('cell-categories-c1-2016');
    // The year over its money is marked on the 合计 row.
    await openView(app.page, 'problems');
    await app.page.getByTestId('problem-YEAR_OVER_MONEY').first().click();
    await expect.poll(focusedCell).toBe('cell-categories-__total-2016');
    expect(await categories.box('__total', '2016').getAttribute('class')).toContain('cell-problem-error');
    await app.screenshot('categories-with-problems');
  });

  it('规划信息 shows the rule envelope beside the plan money, and edits are one undo step', async () => {
    await openView(app.page, 'info');
    expect(await app.page.getByTestId('envelope-rule-2016').textContent()).toBe('2,717.00');
    expect(await app.page.getByTestId('envelope-diff-2020').textContent()).toBe('5.47');
    const rate = app.page.getByTestId('rule-rate');
    await rate.fill('0.6');
    await rate.press('Enter');
    await expect.poll(() => app.page.getByTestId('envelope-rule-2016').textContent()).toBe('3,260.40');
    await app.screenshot('info');
    await app.page.getByTestId('btn-undo').click();
    await expect.poll(() => app.page.getByTestId('envelope-rule-2016').textContent()).toBe('2,717.00');
    // Text that is not a number is not stored, and not thrown away either: it stays, with the reason; Esc restores.
    await rate.fill('abc');
    await rate.press('Enter');
    expect(await rate.inputValue()).toBe('abc');
    expect(await app.page.getByTestId('rule-rate-refusal').textContent()).toContain('应为数字');
    await rate.press('Escape');
    expect(await rate.inputValue()).toBe('0.5');
  });
});
