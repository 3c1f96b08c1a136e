import type { Page } from 'playwright-core';
import type { ViewName } from '../../shared/ipc.ts';
import { EDITOR_SELECTOR } from './gridState.ts';

/**
 * The page side of Sheet.reveal, as source text: run through tsx (the benches), a function passed to evaluate would
 * carry esbuild's __name helper, which the page does not have.
 */
const REVEAL = `async ({ table, testId }) => {
  const host = document.querySelector('[data-testid="grid-' + table + '"]');
  // AG Grid's viewport scrolls both ways; the frozen columns stand over its left part.
  const scroller = host && host.querySelector('.ag-grid-viewport');
  if (!scroller) throw new Error('grid-' + table + ' has no viewport to scroll');
  const scrollTo = (x) => {
    scroller.scrollLeft = x;
    return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  };
  const cell = () => document.querySelector('[data-testid="' + testId + '"]')?.closest('.ag-cell') ?? null;
  // Not rendered: step across the columns until it is.
  for (let x = 0; cell() === null && x <= scroller.scrollWidth; x += Math.max(100, scroller.clientWidth / 2)) await scrollTo(x);
  const found = cell();
  if (!found || found.closest('.ag-pinned-left-cols-container')) return; // a frozen column's cell is always in view
  const frozen = host.querySelector('.ag-pinned-left-cols-container')?.getBoundingClientRect().width ?? 0;
  const box = found.getBoundingClientRect();
  const left = scroller.getBoundingClientRect().left + frozen;
  const right = scroller.getBoundingClientRect().left + scroller.clientWidth;
  if (box.left < left) await scrollTo(scroller.scrollLeft - (left - box.left));
  else if (box.right > right) await scrollTo(scroller.scrollLeft + (box.right - right));
}`;

/** Page helpers shared by the e2e tests: cells by test id, as users see them. */
export class Sheet {
  constructor(
    private readonly page: Page,
    readonly table: 'categories' | 'projects',
  ) {}

  cell(rowId: string, column: string) {
    return this.page.getByTestId(`cell-${this.table}-${rowId}-${column}`);
  }

  /** The grid's cell editor, while it edits a cell. */
  editor() {
    return this.page.locator(`[data-testid="grid-${this.table}"] ${EDITOR_SELECTOR}`);
  }

  /**
   * Scrolls the grid sideways until the cell is in the page and wholly in the scrolled part of the grid (not under
   * the frozen columns): columns out of view are not rendered (as rows out of view are not), so a user scrolls to
   * them before clicking, and so do the tests.
   */
  async reveal(rowId: string, column: string): Promise<void> {
    await this.page.locator(`[data-testid="grid-${this.table}"] .ag-grid-viewport`).waitFor();
    await this.page.evaluate(`(${REVEAL})(${JSON.stringify({ table: this.table, testId: `cell-${this.table}-${rowId}-${column}` })})`);
  }

  /** The text shown in a cell ("1,300.00"). */
  async text(rowId: string, column: string): Promise<string> {
    await this.reveal(rowId, column);
    return (await this.cell(rowId, column).textContent()) ?? '';
  }

  /** Waits (up to 5 s) until a cell shows the text; returns what it shows last. */
  async waitText(rowId: string, column: string, expected: string): Promise<string> {
    const deadline = Date.now() + 5000;
    let text = '';
    while (Date.now() < deadline) {
      text = await this.text(rowId, column);
      if (text === expected) break;
      await this.page.waitForTimeout(25);
    }
    return text;
  }

  /** The grid cell around the text (an empty text has no size to click). */
  box(rowId: string, column: string) {
    return this.cell(rowId, column).locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ag-cell ")][1]');
  }

  async click(rowId: string, column: string, modifiers: ('Shift' | 'Control')[] = []): Promise<void> {
    await this.reveal(rowId, column);
    await this.box(rowId, column).click({ modifiers });
  }

  /** F2 edits the cell's current text: select it all and type over it, then Enter. */
  async editWithF2(rowId: string, column: string, text: string): Promise<void> {
    await this.click(rowId, column);
    await this.page.keyboard.press('F2');
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.insertText(text);
    await this.page.keyboard.press('Enter');
  }

  /** Types into a cell (as `type`), switches to another view and straight back to this grid's. */
  async typeThenVisit(rowId: string, column: string, text: string, other: ViewName): Promise<void> {
    await this.type(rowId, column, text);
    await openView(this.page, other);
    await openView(this.page, this.table);
  }

  /** Types into a cell as a user does: select it, type (which starts editing), Enter. */
  async type(rowId: string, column: string, text: string): Promise<void> {
    await this.click(rowId, column);
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }
}

export async function openView(page: Page, view: ViewName): Promise<void> {
  await page.getByTestId(`tab-${view}`).click();
}

/** Puts text on the system clipboard of the browser, as copying in Excel/WPS would. */
export async function setClipboard(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
}

export async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}
