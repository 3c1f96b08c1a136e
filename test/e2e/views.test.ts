import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { VIEW_LIST, type ViewName } from '../../shared/views.ts';
import { openApp, openAppForTests, type OpenedApp } from './app.ts';
import { openView } from './pageObjects.ts';

let browser: Browser;
let app: OpenedApp;

openAppForTests((opened, launched) => {
  app = opened;
  browser = launched;
});

/**
 * Where the keyboard is: the grid cell (its table and column) or the field (its test id or label) that has
 * the focus. A grid holds the focus on its keys element, and the keys go to its active cell.
 */
const focused = () =>
  app.page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'nothing';
    const cell = active.matches('[data-testid="sheet-keys"]') ? active.parentElement?.querySelector('.ag-cell.cell-active') : active.closest('.ag-cell');
    const view = active.closest('.view')?.getAttribute('aria-label') ?? '';
    if (cell) return `${view} cell ${cell.getAttribute('col-id') ?? ''}`;
    return `${view} ${active.tagName.toLowerCase()} ${active.getAttribute('data-testid') ?? active.getAttribute('aria-label') ?? ''}`.trim();
  });
/** The label of the selected tab. */
const activeTab = () => app.page.locator('[role=tab][aria-selected=true]').evaluate((t) => t.firstChild?.textContent ?? '');

describe('the tabs, Ctrl+1…9 and the 视图 menu', () => {
  it('the tabs are the declared views, in order', async () => {
    const tabs = await app.page.locator('[role=tab]').evaluateAll((ts) => ts.map((t) => `${t.getAttribute('data-testid')} ${t.firstChild?.textContent ?? ''}`));
    expect(tabs).toEqual(VIEW_LIST.map((v) => `tab-${v.name} ${v.label}`));
    await app.screenshot('views-tabs');
  });

  it('Ctrl+N opens the Nth tab: Ctrl+6 opens 受援方, the sixth', async () => {
    await openView(app.page, 'categories');
    for (const v of VIEW_LIST.filter((x) => x.shortcut !== null)) {
      await app.page.keyboard.press(`Control+${v.shortcut}`);
      await expect.poll(activeTab).toBe(v.label);
    }
    await app.page.keyboard.press('Control+6');
    await expect.poll(activeTab).toBe('受援方');
    expect(VIEW_LIST[5]!.label).toBe('受援方');
  });
});

describe('the keyboard goes to the active view', () => {
  it('at start the 年度领域安排表 grid has it, and typing goes into its first cell', async () => {
    const fresh = await openApp({ browser });
    try {
      const at = () =>
        fresh.page.evaluate(() => {
          const keys = document.activeElement?.matches('[data-testid="sheet-keys"]') ? document.activeElement : null;
          const cell = keys?.parentElement?.querySelector('.ag-cell.cell-active');
          return cell ? `${cell.closest('.view')?.getAttribute('aria-label') ?? ''} ${cell.getAttribute('col-id') ?? ''}` : 'nothing';
        });
      await expect.poll(at).toMatch(/^年度领域安排表 /);
    } finally {
      await fresh.close();
    }
  });

  it('after a click on a tab, after Ctrl+number and after the 视图 menu, the grid of the view has it', async () => {
    await openView(app.page, 'projects');
    await expect.poll(focused).toMatch(/^项目表 cell /);
    await app.page.keyboard.press('Control+2');
    await expect.poll(focused).toMatch(/^年度领域安排表 cell /);
    await app.page.keyboard.press('Control+3');
    await expect.poll(focused).toMatch(/^项目表 cell /);
    await app.menu({ kind: 'view', view: 'categories' });
    await expect.poll(focused).toMatch(/^年度领域安排表 cell /);
    // A click on the tab already shown gives the keyboard back to its grid.
    await openView(app.page, 'categories');
    await expect.poll(focused).toMatch(/^年度领域安排表 cell /);
  });

  it('after 使用说明 or 关于 is closed, the grid has it again', async () => {
    await openView(app.page, 'categories');
    await expect.poll(focused).toMatch(/^年度领域安排表 cell /);
    await app.page.keyboard.press('F1');
    await app.page.getByTestId('guide').waitFor();
    await app.page.keyboard.press('Escape');
    await app.page.getByTestId('guide').waitFor({ state: 'detached' });
    await expect.poll(focused).toMatch(/^年度领域安排表 cell /);
    // Also when nothing had the keyboard before the dialog opened (a click on the status bar's text).
    await app.page.locator('.status-unit').click();
    expect(await focused()).toBe('nothing');
    await app.menu({ kind: 'about' });
    await app.page.getByTestId('about').waitFor();
    await app.page.getByTestId('modal-close').click();
    await app.page.getByTestId('about').waitFor({ state: 'detached' });
    await expect.poll(focused).toMatch(/^年度领域安排表 cell /);
  });

  it('a view without a grid gives it to its first field', async () => {
    const first: Partial<Record<ViewName, RegExp>> = { info: /^规划信息 input info-title$/, progress: /^进度 select progress-year$/ };
    for (const [view, expected] of Object.entries(first)) {
      await openView(app.page, view as ViewName);
      await expect.poll(focused).toMatch(expected);
    }
  });
});

describe('a refused value in a field is never silently reverted', () => {
  it('规划信息: 计划资金 “abc” stays, marked, with the reason beside it; Enter and Tab keep the focus; Esc restores', async () => {
    await openView(app.page, 'info');
    const money = app.page.getByTestId('yearly-money-2016');
    const before = await money.inputValue();
    await money.fill('abc');
    await money.press('Enter');
    const refusal = app.page.getByTestId('yearly-money-2016-refusal');
    await expect.poll(() => refusal.textContent()).toContain('“abc”不是金额');
    expect(await money.inputValue()).toBe('abc');
    expect(await money.getAttribute('aria-invalid')).toBe('true');
    expect(await focused()).toBe('规划信息 input yearly-money-2016');
    await money.press('Tab');
    expect(await focused()).toBe('规划信息 input yearly-money-2016');
    expect(await money.inputValue()).toBe('abc');
    await app.screenshot('views-info-refused');
    // The message sits right beside the field: just below it, aligned with its right edge (an amount is right-aligned).
    const [field, message] = [await money.boundingBox(), await refusal.boundingBox()];
    expect(Math.abs(message!.y - (field!.y + field!.height))).toBeLessThan(12);
    expect(Math.abs(message!.x + message!.width - (field!.x + field!.width))).toBeLessThan(12);
    await money.press('Escape');
    expect(await money.inputValue()).toBe(before);
    expect(await refusal.count()).toBe(0);
    expect(await money.getAttribute('aria-invalid')).toBeNull();
  });

  it('规划信息: a refused value stays when the mouse leaves the field, and a valid one is then stored as one step', async () => {
    const rate = app.page.getByTestId('rule-rate');
    await rate.fill('百分之零点五');
    await app.page.getByTestId('info-donor').click();
    expect(await rate.inputValue()).toBe('百分之零点五');
    await expect.poll(() => app.page.getByTestId('rule-rate-refusal').textContent()).toContain('比例应为数字');
    await rate.fill('0.6');
    await rate.press('Enter');
    await expect.poll(() => app.page.getByTestId('envelope-rule-2016').textContent()).toBe('3,260.40');
    expect(await app.page.getByTestId('rule-rate-refusal').count()).toBe(0);
    await app.page.getByTestId('btn-undo').click();
    await expect.poll(() => rate.inputValue()).toBe('0.5');
  });

  it('进度: 到位资金 “一千” stays with the reason, the old value is not stored over; Esc restores', async () => {
    await openView(app.page, 'progress');
    const arrived = app.page.getByTestId('progress-arrived-1');
    await arrived.fill('一千');
    await arrived.press('Enter');
    await expect.poll(() => app.page.getByTestId('progress-arrived-1-refusal').textContent()).toContain('“一千”不是金额');
    expect(await arrived.inputValue()).toBe('一千');
    expect(await focused()).toBe('进度 input progress-arrived-1');
    await arrived.press('Tab');
    expect(await focused()).toBe('进度 input progress-arrived-1');
    await app.screenshot('views-progress-refused');
    await arrived.press('Escape');
    expect(await arrived.inputValue()).toBe('');
    expect(await app.page.getByTestId('progress-arrived-1-refusal').count()).toBe(0);
  });

  it('受援方: 帮扶资金 “abc” stays with the reason; Esc restores', async () => {
    await openView(app.page, 'recipients');
    const money = app.page.getByTestId('recipient-money-1-2016');
    const before = await money.inputValue();
    await money.fill('abc');
    await money.press('Tab');
    await expect.poll(() => app.page.getByTestId('recipient-money-1-2016-refusal').textContent()).toContain('“abc”不是金额');
    expect(await money.inputValue()).toBe('abc');
    expect(await focused()).toBe('受援方 input recipient-money-1-2016');
    await money.press('Escape');
    expect(await money.inputValue()).toBe(before);
  });
});
