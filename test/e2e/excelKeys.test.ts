/**
 * docs/grid-keys.md, rows 1–26 and 49–54: Excel's Enter and Edit modes, text
 * cells, feedback and leaving an edited cell in the grids, each row of the
 * table one test (named by its number).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openAppForTests, type OpenedApp } from './app.ts';
import { openView, setClipboard, Sheet } from './pageObjects.ts';
import { gridState, keyboardOnActiveCell } from './gridState.ts';

let app: OpenedApp;
let sheet: Sheet;
const page = () => app.page;
const press = (...keys: string[]) => keys.reduce((p, k) => p.then(() => page().keyboard.press(k)), Promise.resolve());
const state = () => gridState(page());
const note = () => page().getByTestId('cell-note');
const projectSheet = () => new Sheet(page(), 'projects');

openAppForTests((opened) => (app = opened));
beforeAll(async () => {
  sheet = new Sheet(app.page, 'categories');
  await sheet.cell('c1', '2016').waitFor();
});

describe('Enter mode: typing replaces, every move key commits and moves, none opens the next cell', () => {
  const moves: [number, string, string, string, string][] = [
    // row, start cell, key, where the focus goes
    [1, 'c1:2016', 'ArrowDown', 'c2:2016', 'c1:2016'],
    [2, 'c1:2016', 'ArrowRight', 'c1:2017', 'c1:2016'],
    [3, 'c1:2017', 'ArrowLeft', 'c1:2016', 'c1:2017'],
    [4, 'c2:2016', 'ArrowUp', 'c1:2016', 'c2:2016'],
    [5, 'c1:2016', 'Tab', 'c1:2017', 'c1:2016'],
    [6, 'c1:2017', 'Shift+Tab', 'c1:2016', 'c1:2017'],
    [7, 'c1:2016', 'Enter', 'c2:2016', 'c1:2016'],
    [8, 'c2:2016', 'Shift+Enter', 'c1:2016', 'c2:2016'],
  ];
  it.each(moves)('%i: 111 then %s… commits and moves without opening an editor', async (_n, start, key, to, written) => {
    const [row, col] = start.split(':') as [string, string];
    const before = await sheet.text(row, col);
    await sheet.click(row, col);
    await page().keyboard.type('111');
    expect(await state()).toMatchObject({ at: start, editing: true, value: '111', mode: 'enter' });
    await press(key);
    const [wRow, wCol] = written.split(':') as [string, string];
    expect(await sheet.waitText(wRow, wCol, '111.00')).toBe('111.00');
    expect(await state()).toMatchObject({ at: to, editing: false });
    // One cell selected and active, and the sheet has the keyboard (the editor closes on the way).
    expect(await page().locator('[data-testid="grid-categories"] .ag-cell.cell-selected').count()).toBe(1);
    expect(await keyboardOnActiveCell(page(), true)).toBe(true);
    await press('Control+Z');
    expect(await sheet.waitText(row, col, before)).toBe(before);
  });

  it('9: typing 9 Tab 8 Tab puts 9 and 8 in two cells (the second digit replaces, never appends)', async () => {
    await sheet.click('c1', '2016');
    await page().keyboard.type('9');
    await press('Tab');
    await page().keyboard.type('8');
    expect(await state()).toMatchObject({ at: 'c1:2017', editing: true, value: '8', mode: 'enter' });
    await press('Tab');
    expect(await sheet.waitText('c1', '2017', '8.00')).toBe('8.00');
    expect(await sheet.text('c1', '2016')).toBe('9.00');
    expect(await state()).toMatchObject({ at: 'c1:2018', editing: false });
    await press('Control+Z', 'Control+Z');
    expect(await sheet.waitText('c1', '2016', '800.00')).toBe('800.00');
  });
});

describe('Edit mode: F2 and double-click edit the value as typed; arrows move the caret', () => {
  it('10: F2 on 2,827.00 opens the editor holding 2827 in Edit mode', async () => {
    await sheet.click('c2', '2017');
    await press('F2');
    expect(await state()).toMatchObject({ at: 'c2:2017', editing: true, value: '2827', mode: 'edit' });
    await press('Escape');
  });

  it('11: F2 on 2,827.50 holds 2827.5', async () => {
    await sheet.type('c2', '2017', '2827.5');
    await sheet.click('c2', '2017');
    await press('F2');
    expect(await state()).toMatchObject({ value: '2827.5', mode: 'edit' });
    await press('Escape', 'Control+Z');
    expect(await sheet.waitText('c2', '2017', '2,827.00')).toBe('2,827.00');
  });

  it('12: F2, 5, Enter appends the digit to 2827', async () => {
    await sheet.click('c2', '2017');
    await press('F2');
    await page().keyboard.type('5');
    await press('Enter');
    expect(await sheet.waitText('c2', '2017', '28,275.00')).toBe('28,275.00');
    expect(await state()).toMatchObject({ at: 'c3:2017', editing: false });
    await press('Control+Z');
    expect(await sheet.waitText('c2', '2017', '2,827.00')).toBe('2,827.00');
  });

  it('13: in Edit mode ← ← move the caret: F2 ← ← 0 Enter gives 28027', async () => {
    await sheet.click('c2', '2017');
    await press('F2', 'ArrowLeft', 'ArrowLeft');
    expect(await state()).toMatchObject({ at: 'c2:2017', editing: true, value: '2827' });
    await page().keyboard.type('0');
    await press('Enter');
    expect(await sheet.waitText('c2', '2017', '28,027.00')).toBe('28,027.00');
    await press('Control+Z');
    expect(await sheet.waitText('c2', '2017', '2,827.00')).toBe('2,827.00');
  });

  it('14: F2 toggles to Enter mode, where → commits and moves', async () => {
    await sheet.click('c2', '2017');
    await press('F2', 'F2');
    expect(await state()).toMatchObject({ editing: true, mode: 'enter' });
    await press('End');
    await page().keyboard.type('1');
    await press('ArrowRight');
    expect(await sheet.waitText('c2', '2017', '28,271.00')).toBe('28,271.00');
    expect(await state()).toMatchObject({ at: 'c2:2018', editing: false });
    await press('Control+Z');
    expect(await sheet.waitText('c2', '2017', '2,827.00')).toBe('2,827.00');
  });

  it('15: Esc cancels Enter mode: the value stays, the focus stays', async () => {
    await sheet.click('c1', '2016');
    await page().keyboard.type('999');
    await press('Escape');
    expect(await state()).toMatchObject({ at: 'c1:2016', editing: false });
    expect(await sheet.text('c1', '2016')).toBe('800.00');
  });

  it('16: Esc cancels Edit mode', async () => {
    await sheet.click('c1', '2016');
    await press('F2');
    await page().keyboard.type('999');
    expect(await state()).toMatchObject({ value: '800999', mode: 'edit' });
    await press('Escape');
    expect(await state()).toMatchObject({ at: 'c1:2016', editing: false });
    expect(await sheet.text('c1', '2016')).toBe('800.00');
  });

  it('17: a double-click opens Edit mode with the value as typed', async () => {
    await sheet.box('c1', '2016').dblclick();
    await expect.poll(state).toMatchObject({ at: 'c1:2016', editing: true, value: '800', mode: 'edit' });
    await press('Escape');
  });

  it('18: Enter on a selected cell moves down without opening an editor', async () => {
    await sheet.click('c1', '2016');
    await press('Enter');
    expect(await state()).toMatchObject({ at: 'c2:2016', editing: false });
  });

  it('19: Chinese composed by an IME into a selected cell opens Enter mode and keeps every character', async () => {
    await sheet.click('c1', 'aliases');
    const cdp = await page().context().newCDPSession(page());
    await cdp.send('Input.imeSetComposition', { text: 'ren', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.imeSetComposition', { text: '人才', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: '人才' });
    await expect.poll(state).toMatchObject({ at: 'c1:aliases', editing: true, value: '人才', mode: 'enter' });
    await cdp.send('Input.imeSetComposition', { text: 'gong', selectionStart: 4, selectionEnd: 4 });
    await cdp.send('Input.insertText', { text: '工程' });
    await press('Enter');
    expect(await sheet.waitText('c1', 'aliases', '人才工程')).toBe('人才工程');
    expect(await state()).toMatchObject({ at: 'c2:aliases', editing: false });
    // The cell the commit moved to takes a composition too.
    await cdp.send('Input.imeSetComposition', { text: 'ke', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: '科技' });
    await expect.poll(state).toMatchObject({ at: 'c2:aliases', editing: true, value: '科技', mode: 'enter' });
    await press('Escape');
    await press('Control+Z');
    expect(await sheet.waitText('c1', 'aliases', '加快产业优化升级、产业优化升级、产业化项目')).toBe('加快产业优化升级、产业优化升级、产业化项目');
  });
});

describe('Feedback beside the cell', () => {
  it('22: a refused entry keeps its editor, with the reason beside the cell and the cell marked', async () => {
    await sheet.click('c3', '2016');
    await page().keyboard.type('abc');
    await press('Enter');
    await expect.poll(() => note().textContent()).toContain('不是金额');
    expect(await state()).toMatchObject({ at: 'c3:2016', editing: true, value: 'abc' });
    await expect.poll(() => page().locator('[data-testid="grid-categories"] .ag-cell.cell-active').getAttribute('class')).toContain('cell-refused');
    await app.screenshot('grid-refusal-beside-cell');
  });

  it('23: Esc after a refusal restores the value; note and mark go', async () => {
    await press('Escape');
    expect(await state()).toMatchObject({ at: 'c3:2016', editing: false });
    expect(await sheet.text('c3', '2016')).toBe('1,850.00');
    expect(await note().count()).toBe(0);
    expect(await sheet.box('c3', '2016').getAttribute('class')).not.toContain('cell-refused');
  });

  it('24: a refused entry corrected in its editor is stored and its mark goes', async () => {
    await sheet.click('c3', '2016');
    await page().keyboard.type('abc');
    await press('Enter');
    await expect.poll(() => note().count()).toBe(1);
    await press('Backspace', 'Backspace', 'Backspace');
    await page().keyboard.type('12');
    await press('Enter');
    expect(await sheet.waitText('c3', '2016', '12.00')).toBe('12.00');
    expect(await state()).toMatchObject({ at: 'c4:2016', editing: false });
    expect(await note().count()).toBe(0);
    expect(await sheet.box('c3', '2016').getAttribute('class')).not.toContain('cell-refused');
    await press('Control+Z');
    expect(await sheet.waitText('c3', '2016', '1,850.00')).toBe('1,850.00');
  });

  it('25: typing into 合计 says, beside the cell, that the program computes it', async () => {
    await sheet.click('c1', 'total');
    await page().keyboard.type('5');
    await expect.poll(() => note().textContent()).toBe('合计由程序计算，不能直接修改');
    expect(await state()).toMatchObject({ at: 'c1:total', editing: false });
    await press('ArrowLeft');
    await expect.poll(() => note().count()).toBe(0);
  });

  it('26: undoing a paste that refused a cell takes its refusal mark away', async () => {
    await setClipboard(page(), '5\tabc');
    await sheet.click('c1', '2019');
    await press('Control+V');
    await expect.poll(() => sheet.box('c1', '2020').getAttribute('class')).toContain('cell-refused');
    expect(await sheet.waitText('c1', '2019', '5.00')).toBe('5.00');
    await press('Control+Z');
    expect(await sheet.waitText('c1', '2019', '250.00')).toBe('250.00');
    await expect.poll(() => sheet.box('c1', '2020').getAttribute('class')).not.toContain('cell-refused');
  });
});

describe('Leaving a cell that is being edited, and moving without an editor', () => {
  it('49: a click on another cell commits the entry there and moves', async () => {
    await sheet.click('c1', '2016');
    await page().keyboard.type('123');
    await sheet.click('c2', '2017');
    expect(await sheet.waitText('c1', '2016', '123.00')).toBe('123.00');
    expect(await state()).toMatchObject({ at: 'c2:2017', editing: false });
    await press('Control+Z');
    expect(await sheet.waitText('c1', '2016', '800.00')).toBe('800.00');
  });

  it('50: a click on another cell after a refused entry keeps the editor, with the reason beside the cell', async () => {
    await sheet.click('c3', '2016');
    await page().keyboard.type('abc');
    await sheet.click('c1', '2016');
    await expect.poll(() => note().textContent()).toContain('不是金额');
    expect(await state()).toMatchObject({ at: 'c3:2016', editing: true, value: 'abc' });
    await press('Escape');
    expect(await state()).toMatchObject({ at: 'c3:2016', editing: false });
    expect(await sheet.text('c3', '2016')).toBe('1,850.00');
  });

  it('51: leaving the grid while editing (a click on another view, or Ctrl+3) commits the entry, nothing is lost', async () => {
    await sheet.click('c1', '2016');
    await page().keyboard.type('321');
    await openView(page(), 'projects');
    await openView(page(), 'categories');
    expect(await sheet.waitText('c1', '2016', '321.00')).toBe('321.00');
    await sheet.click('c2', '2016');
    await page().keyboard.type('654');
    await press('Control+3');
    await projectSheet().cell('p1', 'name').waitFor();
    await press('Control+2');
    expect(await sheet.waitText('c2', '2016', '654.00')).toBe('654.00');
    await press('Control+Z', 'Control+Z');
    expect(await sheet.waitText('c1', '2016', '800.00')).toBe('800.00');
    expect(await sheet.waitText('c2', '2016', '0.00')).toBe('0.00');
  });

  it('52: Tab past the last cell of a row goes to the first of the next, Shift+Tab back', async () => {
    await sheet.click('c1', 'share');
    await press('Tab');
    expect(await state()).toMatchObject({ at: 'c2:name', editing: false });
    await press('Shift+Tab');
    expect(await state()).toMatchObject({ at: 'c1:share', editing: false });
  });
});

describe('Text cells of the 项目表', () => {
  let projects: Sheet;
  beforeAll(async () => {
    await openView(page(), 'projects');
    projects = new Sheet(page(), 'projects');
    await projects.cell('p1', 'name').waitFor();
  });

  it('20: Alt+Enter puts a line break in 项目名称, Enter commits, and the cell shows two lines', async () => {
    await projects.click('p8', 'name');
    await page().keyboard.type('甲');
    await press('Alt+Enter');
    await page().keyboard.type('乙');
    expect(await state()).toMatchObject({ at: 'p8:name', editing: true, value: '甲\n乙' });
    // The editor grows with its text, over the rows below.
    expect(await projects.editor().evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(36);
    await app.screenshot('grid-multiline-editor');
    await press('Enter');
    await expect.poll(() => projects.text('p8', 'name')).toBe('甲\n乙');
    // Two lines of 18px, and the row is tall enough to show both.
    const lines = await projects.cell('p8', 'name').evaluate((el) => el.getBoundingClientRect().height);
    expect(lines).toBeGreaterThanOrEqual(36);
    expect(await projects.box('p8', 'name').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(lines);
    expect(await state()).toMatchObject({ editing: false });
    await app.screenshot('grid-wrapped-two-lines');
  });

  it('53: PageDown moves a screenful down, PageUp back', async () => {
    await projects.click('p1', 'startYear');
    const rowOfActive = () =>
      page().evaluate(() =>
        Number(document.querySelector('[data-testid="grid-projects"] .ag-cell.cell-active')?.closest('.ag-row')?.getAttribute('row-index')),
      );
    const start = await rowOfActive();
    await press('PageDown');
    const down = await rowOfActive();
    expect(down - start).toBeGreaterThanOrEqual(5);
    expect(await state()).toMatchObject({ editing: false });
    await press('PageUp');
    expect(await state()).toMatchObject({ at: 'p1:startYear', editing: false });
  });

  it('54: an editor follows its cell while the grid scrolls sideways', async () => {
    await projects.click('p2', 'content');
    await press('F2');
    const editorBox = () => projects.editor().evaluate((el) => el.getBoundingClientRect().left);
    const cellBox = () => projects.box('p2', 'content').evaluate((el) => el.getBoundingClientRect().left);
    expect(Math.abs((await editorBox()) - (await cellBox()))).toBeLessThan(2);
    const before = await cellBox();
    await page()
      .locator('[data-testid="grid-projects"] .ag-body-horizontal-scroll-viewport')
      .evaluate((el) => el.scrollBy(120, 0));
    await expect.poll(cellBox).not.toBe(before);
    await expect.poll(async () => Math.abs((await editorBox()) - (await cellBox()))).toBeLessThan(2);
    expect(await state()).toMatchObject({ at: 'p2:content', editing: true, mode: 'edit' });
    await press('Escape');
  });

  it('21: F2, Alt+Enter, Esc leaves the text as it was', async () => {
    await projects.click('p2', 'content');
    const before = await projects.text('p2', 'content');
    await press('F2', 'Alt+Enter');
    expect((await state()).value).toBe(`${before}\n`);
    await press('Escape');
    expect(await state()).toMatchObject({ at: 'p2:content', editing: false });
    expect(await projects.text('p2', 'content')).toBe(before);
  });
});
