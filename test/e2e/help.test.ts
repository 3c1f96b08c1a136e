import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../shared/checks/problem.ts';
import { APP_VERSION, openAppForTests, type OpenedApp } from './app.ts';

let app: OpenedApp;

openAppForTests((opened) => (app = opened));

describe('帮助 › 使用说明', () => {
  it('shows the five steps, the shortcuts and every check by its name, and Esc closes it after a click on its text', async () => {
    await app.menu({ kind: 'help' });
    const guide = app.page.getByTestId('guide');
    await guide.waitFor();
    expect(await guide.locator('.guide-steps li').count()).toBe(5);
    const text = (await guide.textContent()) ?? '';
    for (const words of ['确定资金', '按领域和年度分配', '列出项目', '与对方交换修改稿', '打印和报告进度']) expect(text).toContain(words);
    for (const keys of ['Ctrl+Shift+S', 'Ctrl+1 … Ctrl+9', 'F2', 'Shift+方向键', 'Ctrl+D', 'Delete']) expect(text).toContain(keys);
    // One row per check, named as the 问题 panel names it.
    expect(await guide.getByTestId('guide-checks').locator('tbody tr').count()).toBe(Object.keys(PROBLEM_CODES).length);
    expect(await guide.getByTestId('guide-check-ROLLUP_MISMATCH').locator('th').textContent()).toBe('项目汇总与年度领域安排表不一致');
    expect(await guide.getByTestId('guide-check-YEAR_UNDER_MONEY').locator('td').textContent()).toContain('还有资金没有安排');
    await app.screenshot('help-guide');
    // Esc closes it even after a click on its text.
    await guide.locator('.guide-lead').click();
    await app.page.keyboard.press('Escape');
    await guide.waitFor({ state: 'detached' });
  });

  it('F1 opens it from the keyboard', async () => {
    await app.page.getByTestId('tab-categories').click();
    await app.page.keyboard.press('F1');
    await app.page.getByTestId('guide').waitFor();
    await app.page.getByTestId('modal-close').click();
    await app.page.getByTestId('guide').waitFor({ state: 'detached' });
  });
});

describe('帮助 › 关于', () => {
  it('shows the product name, the version from package.json and the licences of the bundled libraries', async () => {
    await app.menu({ kind: 'about' });
    const about = app.page.getByTestId('about');
    await about.waitFor();
    expect(await about.getByTestId('about-name').textContent()).toBe('对口帮扶规划表');
    expect(APP_VERSION).toMatch(/^\d+\.\d+\.\d+/);
    await expect.poll(() => about.getByTestId('about-version').textContent()).toBe(`版本 ${APP_VERSION}`);
    // The licence list is loaded on demand; it names every shipped library with its licence.
    const exceljs = about.getByTestId('license-exceljs');
    await exceljs.waitFor();
    expect(await exceljs.getByTestId('license-id').textContent()).toBe('MIT');
    expect(await about.getByTestId('license-ag-grid-community').getByTestId('license-id').textContent()).toBe('MIT');
    expect(await about.getByTestId('license-count').textContent()).toMatch(/包含以下 \d{2,} 个开源组件/);
    await app.screenshot('help-about');
    await exceljs.getByRole('button', { name: '许可证全文' }).click();
    await expect.poll(() => about.locator('.license-text').first().textContent()).toContain('Permission is hereby granted');
    await app.screenshot('help-about-licence');
    await app.page.getByTestId('modal-close').click();
    await about.waitFor({ state: 'detached' });
  });
});
