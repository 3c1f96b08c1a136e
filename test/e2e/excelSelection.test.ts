/**
 * docs/grid-keys.md, rows 27–48: selection, clipboard, rows, the right-click
 * menu, focus and the category dropdown, each row of the table one test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openAppForTests, type OpenedApp } from './app.ts';
import { openView, setClipboard, Sheet } from './pageObjects.ts';
import { clipboardText, gridState, keyboardOnActiveCell } from './gridState.ts';

let app: OpenedApp;
let sheet: Sheet;
const page = () => app.page;
const press = (...keys: string[]) => keys.reduce((p, k) => p.then(() => page().keyboard.press(k)), Promise.resolve());
const state = () => gridState(page());
/** Waits until the grid shows a selection of `n` cells (the grid reports mouse presses a task late). */
const selected = (n: number) => expect.poll(() => page().locator('.ag-cell.cell-selected').count()).toBe(n);
/** Ids of the body rows of a grid in display order. */
const rowIds = (table: string) =>
  page()
    .locator(`[data-testid="grid-${table}"] .ag-grid-scrolling-container > .ag-row`)
    .evaluateAll((els) =>
      els.sort((a, b) => Number(a.getAttribute('row-index')) - Number(b.getAttribute('row-index'))).map((el) => el.getAttribute('row-id') ?? ''),
    );

openAppForTests((opened) => (app = opened));
beforeAll(async () => {
  sheet = new Sheet(app.page, 'categories');
  await sheet.cell('c1', '2016').waitFor();
});

describe('Focus and copy', () => {
  it('46: at start the 年度领域安排表 has the keyboard on its first cell', async () => {
    await expect.poll(state).toMatchObject({ at: 'c1:name', editing: false });
    expect(await keyboardOnActiveCell(page())).toBe(true);
  });

  it('27: Ctrl+A then Ctrl+C copies the whole table as Excel text, amounts without 千分位', async () => {
    await sheet.click('c1', '2016');
    await press('Control+A', 'Control+C');
    const text = await clipboardText(page());
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines.every((l) => l.split('\t').length === 9)).toBe(true);
    expect(lines[0]).toBe('产业优化\t加快产业优化升级、产业优化升级、产业化项目\t800.00\t0.00\t250.00\t250.00\t0.00\t1300.00\t8.67');
    expect(await state()).toMatchObject({ at: 'c1:2016', editing: false });
    await expect.poll(() => page().getByTestId('status-message').textContent()).toContain('已复制 5 行 × 9 列');
  });

  it('48: a second Ctrl+A takes the header row too (as Excel selects the whole sheet); Ctrl+C copies its labels first', async () => {
    await sheet.click('c1', '2016');
    // The click ends the whole-table selection an earlier test left (the grid reports a press a task late).
    await selected(1);
    await press('Control+A');
    await selected(45);
    expect(await page().locator('.sheet-headers-selected').count()).toBe(0);
    await press('Control+A', 'Control+C');
    const lines = (await clipboardText(page())).split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]!.split('\t')).toHaveLength(9);
    expect(lines[0]).toMatch(/^类别\t.*2016.*\t.*占比/);
    expect(lines[1]).toMatch(/^产业优化\t/);
    expect(
      await page().locator('[data-testid="grid-categories"].sheet-headers-selected, [data-testid="grid-categories"] .sheet-headers-selected').count(),
    ).toBe(1);
    expect(await state()).toMatchObject({ at: 'c1:2016', editing: false });
    await expect.poll(() => page().getByTestId('status-message').textContent()).toContain('已复制 6 行 × 9 列');
    await app.screenshot('grid-select-all-with-headers');
    // Moving on drops the whole selection, the header's shade with it.
    await press('ArrowDown');
    await expect.poll(() => page().locator('.sheet-headers-selected').count()).toBe(0);
  });

  it('28: Shift+→ Shift+↓ then Ctrl+C copies the 2×2 block', async () => {
    await sheet.click('c2', '2016');
    await press('Shift+ArrowRight', 'Shift+ArrowDown', 'Control+C');
    expect(await clipboardText(page())).toBe('0.00\t2827.00\r\n1850.00\t0.00');
    expect(await state()).toMatchObject({ at: 'c3:2017', editing: false });
  });

  it('37: Shift+Space selects the row (the cursor stays), Ctrl+C copies it', async () => {
    await sheet.click('c2', '2016');
    await press('Shift+Space', 'Control+C');
    const text = await clipboardText(page());
    expect(text.startsWith('民生改善\t')).toBe(true);
    expect(text.split('\t')).toHaveLength(9);
    expect(text).not.toContain('\n');
    expect(await state()).toMatchObject({ at: 'c2:2016', editing: false });
  });

  it('38: Ctrl+Space selects the column, Ctrl+C copies it', async () => {
    await sheet.click('c2', '2016');
    await press('Control+Space', 'Control+C');
    expect(await clipboardText(page())).toBe('800.00\r\n0.00\r\n1850.00\r\n0.00\r\n50.00');
    expect(await state()).toMatchObject({ at: 'c2:2016', editing: false });
  });
});

describe('Moving around', () => {
  it('34: Ctrl+Home goes to the first cell, Ctrl+End to the last', async () => {
    await sheet.click('c3', '2017');
    await press('Control+Home');
    expect(await state()).toMatchObject({ at: 'c1:name', editing: false });
    await press('Control+End');
    expect(await state()).toMatchObject({ at: 'c5:share', editing: false });
  });

  it('35: Ctrl+↓ goes to the edge of the data', async () => {
    await sheet.click('c1', '2016');
    await press('Control+ArrowDown');
    expect(await state()).toMatchObject({ at: 'c5:2016', editing: false });
  });

  it('36: Ctrl+→ goes to the edge of the data', async () => {
    await sheet.click('c1', '2016');
    await press('Control+ArrowRight');
    expect(await state()).toMatchObject({ at: 'c1:share', editing: false });
  });
});

describe('Paste, cut and move', () => {
  it('30: Ctrl+X then Ctrl+V moves the cell, and one Ctrl+Z puts both back', async () => {
    await sheet.click('c1', '2016');
    await press('Control+X');
    expect(await clipboardText(page())).toBe('800.00');
    await sheet.click('c5', '2020');
    await press('Control+V');
    expect(await sheet.waitText('c5', '2020', '800.00')).toBe('800.00');
    expect(await sheet.waitText('c1', '2016', '')).toBe('');
    expect(await state()).toMatchObject({ at: 'c5:2020', editing: false });
    await press('Control+Z');
    expect(await sheet.waitText('c1', '2016', '800.00')).toBe('800.00');
    expect(await sheet.waitText('c5', '2020', '0.00')).toBe('0.00');
  });

  it('31: one value pasted over a selection fills every cell of it', async () => {
    await setClipboard(page(), '7');
    await sheet.click('c1', '2016');
    await sheet.click('c2', '2017', ['Shift']);
    await selected(4);
    await press('Control+V');
    for (const [row, col] of [
      ['c1', '2016'],
      ['c1', '2017'],
      ['c2', '2016'],
      ['c2', '2017'],
    ] as const)
      expect(await sheet.waitText(row, col, '7.00')).toBe('7.00');
    await press('Control+Z');
    expect(await sheet.waitText('c2', '2017', '2,827.00')).toBe('2,827.00');
  });

  it('32: "-" and "—" pasted into an amount are 0 (Excel\'s accounting zero)', async () => {
    for (const dash of ['-', '—']) {
      await setClipboard(page(), dash);
      await sheet.click('c1', '2016');
      await press('Control+V');
      expect(await sheet.waitText('c1', '2016', '0.00')).toBe('0.00');
      expect(await sheet.box('c1', '2016').getAttribute('class')).not.toContain('cell-refused');
      await press('Control+Z');
      expect(await sheet.waitText('c1', '2016', '800.00')).toBe('800.00');
    }
  });

  it('33: a paste past the last category asks, and adds categories when told to', async () => {
    await setClipboard(page(), '1\r\n2\r\n3\r\n');
    await sheet.click('c5', '2016');
    const question = new Promise<string>((resolve) => page().once('dialog', (d) => void d.accept().then(() => resolve(d.message()))));
    await press('Control+V');
    expect(await question).toContain('是否添加 2 个类别');
    await expect.poll(async () => (await rowIds('categories')).length).toBe(7);
    const ids = await rowIds('categories');
    expect(await sheet.waitText(ids[6]!, '2016', '3.00')).toBe('3.00');
    expect(await sheet.text('c5', '2016')).toBe('1.00');
    await press('Control+Z');
    await expect.poll(async () => (await rowIds('categories')).length).toBe(5);
    expect(await sheet.waitText('c5', '2016', '50.00')).toBe('50.00');
  });
});

describe('Rows', () => {
  it('39: Insert with two rows selected inserts two rows above them, the cursor on the first; one undo step', async () => {
    await sheet.click('c2', '2016');
    await sheet.click('c3', '2016', ['Shift']);
    await selected(2);
    await press('Insert');
    await expect.poll(async () => (await rowIds('categories')).length).toBe(7);
    const ids = await rowIds('categories');
    expect(ids.slice(3)).toEqual(['c2', 'c3', 'c4', 'c5']);
    await expect.poll(state).toMatchObject({ at: `${ids[1]}:2016`, editing: false });
    await press('Control+Z');
    await expect.poll(rowIds.bind(null, 'categories')).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  });

  it('40: Ctrl+Shift+= inserts a row above the selected one', async () => {
    await sheet.click('c2', 'name');
    await selected(1);
    await press('Control+Shift+Equal');
    await expect.poll(async () => (await rowIds('categories')).length).toBe(6);
    const ids = await rowIds('categories');
    expect(ids[2]).toBe('c2');
    await expect.poll(state).toMatchObject({ at: `${ids[1]}:name`, editing: false });
    await press('Control+Z');
    await expect.poll(rowIds.bind(null, 'categories')).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  });

  it('41: Ctrl+- deletes every selected row, as one undo step', async () => {
    await sheet.click('c2', '2016');
    await sheet.click('c3', '2017', ['Shift']);
    await selected(4);
    await press('Control+Minus');
    await expect.poll(rowIds.bind(null, 'categories')).toEqual(['c1', 'c4', 'c5']);
    await press('Control+Z');
    await expect.poll(rowIds.bind(null, 'categories')).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  });
});

describe('The right-click menu', () => {
  it('44: right-click opens 剪切 复制 粘贴 插入行 删除行 清除内容 with their keys', async () => {
    await sheet.box('c1', '2016').click({ button: 'right' });
    const menu = page().getByTestId('grid-menu');
    await menu.waitFor();
    const items = await menu.getByRole('menuitem').allTextContents();
    expect(items).toEqual(['剪切Ctrl+X', '复制Ctrl+C', '粘贴Ctrl+V', '插入行Insert', '删除行Ctrl+-', '清除内容Delete']);
    expect(await state()).toMatchObject({ at: 'c1:2016', editing: false });
    await app.screenshot('grid-context-menu');
    await press('Escape');
    expect(await menu.count()).toBe(0);
  });

  it('45: 清除内容 from the menu clears the whole selection', async () => {
    await sheet.click('c1', '2016');
    await sheet.click('c1', '2017', ['Shift']);
    await selected(2);
    await sheet.box('c1', '2017').click({ button: 'right' });
    await page().getByTestId('grid-menu-clearContents').click();
    expect(await sheet.waitText('c1', '2016', '')).toBe('');
    expect(await sheet.text('c1', '2017')).toBe('');
    await press('Control+Z');
    expect(await sheet.waitText('c1', '2016', '800.00')).toBe('800.00');
  });
});

describe('项目表', () => {
  let projects: Sheet;
  const count = async () => Number(/\d+/.exec((await page().getByTestId('project-count').textContent()) ?? '')?.[0]);
  beforeAll(async () => {
    await openView(page(), 'projects');
    projects = new Sheet(page(), 'projects');
    await projects.cell('p1', 'name').waitFor();
  });

  it('29: a cell with a line break is copied quoted, as Excel does', async () => {
    await projects.click('p8', 'name');
    await page().keyboard.type('甲');
    await press('Alt+Enter');
    await page().keyboard.type('乙');
    await press('Enter');
    await expect.poll(() => projects.text('p8', 'name')).toBe('甲\n乙');
    await projects.click('p8', 'name');
    await press('Control+C');
    expect(await clipboardText(page())).toBe('"甲\n乙"');
    await press('Control+Z');
    await expect.poll(() => projects.text('p8', 'name')).toBe('社会管理创新');
  });

  it('42: 删除行 deletes every selected row', async () => {
    await projects.click('p2', 'name');
    await projects.click('p3', 'name', ['Shift']);
    await selected(2);
    await page().getByRole('button', { name: '删除行' }).click();
    await expect.poll(count).toBe(6);
    expect(await projects.cell('p2', 'name').count()).toBe(0);
    expect(await projects.cell('p3', 'name').count()).toBe(0);
    await press('Control+Z');
    await expect.poll(count).toBe(8);
  });

  it('43: 末尾添加行 puts the cursor on the new last row, in view', async () => {
    await projects.click('p1', 'name');
    await page().getByRole('button', { name: '末尾添加行' }).click();
    await expect.poll(count).toBe(9);
    const ids = await rowIds('projects');
    const added = ids.find((id) => !/^(p\d|sub:)/.test(id))!;
    await expect.poll(state).toMatchObject({ at: `${added}:name`, editing: false });
    const box = await page().locator(`[data-testid="grid-projects"] .ag-row[row-id="${added}"] .ag-cell[col-id="name"]`).boundingBox();
    const grid = await page().getByTestId('grid-projects').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(grid!.y + grid!.height);
    await press('Control+Z');
    await expect.poll(count).toBe(8);
  });

  it('47: the 项目类别 list opens on the category an alias maps to (人才队伍建设 → 人才培养)', async () => {
    await projects.click('p7', 'category');
    await press('F2');
    const shown = page().locator('[data-testid="grid-projects"] .ag-cell-inline-editing .ag-picker-field-display, .ag-popup-editor .ag-picker-field-display');
    await expect.poll(() => shown.first().textContent()).toBe('人才培养');
    await press('Escape');
    expect(await projects.text('p7', 'category')).toBe('人才队伍建设');
  });

  it('55: a category chosen from the 项目类别 list is stored as one undo step, and the sheet has the keyboard again', async () => {
    await projects.click('p7', 'category');
    // F2 opens the list editor, Alt+↓ its list (as Excel's data-validation lists), ↓ the next category, Enter takes it.
    await press('F2', 'Alt+ArrowDown', 'ArrowDown', 'Enter');
    expect(await projects.waitText('p7', 'category', '社会管理')).toBe('社会管理');
    await expect.poll(() => keyboardOnActiveCell(page())).toBe(true);
    await press('Control+Z');
    expect(await projects.waitText('p7', 'category', '人才队伍建设')).toBe('人才队伍建设');
  });
});
