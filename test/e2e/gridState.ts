import type { Page } from 'playwright-core';

/** What the conformance tests assert after each key sequence: the focused cell, and the editor if one is open. */
export interface GridState {
  /** "rowId:colId" of the grid's focused cell. */
  readonly at: string | null;
  readonly editing: boolean;
  readonly value: string | null;
  /** 'enter' or 'edit' (Excel's Enter and Edit modes). */
  readonly mode: string | null;
}

/** The grid's cell editor: the sheet's text field while it edits a cell (it has a mode then, see renderer/grid/sheetEditor.ts). */
export const EDITOR_SELECTOR = '[data-testid="sheet-keys"][data-mode]';

export function gridState(page: Page): Promise<GridState> {
  return page.evaluate((editorSelector) => {
    const cell = document.querySelector('.ag-cell.cell-active');
    const row = cell?.closest('.ag-row');
    const editor = document.querySelector<HTMLTextAreaElement>(editorSelector);
    return {
      at: row && cell ? `${row.getAttribute('row-id') ?? ''}:${cell.getAttribute('col-id') ?? ''}` : null,
      editing: editor !== null,
      value: editor?.value ?? null,
      mode: editor?.dataset['mode'] ?? null,
    };
  }, EDITOR_SELECTOR);
}

/** Clipboard text written by the page (the context has clipboard permissions, see app.ts). */
export const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/**
 * Whether a grid has the keyboard on its active cell: the browser's focus is on the sheet's keys
 * element (renderer/grid/sheetEditor.ts) and its grid has an active cell (`selected`: also selected).
 */
export function keyboardOnActiveCell(page: Page, selected = false): Promise<boolean> {
  return page.evaluate((selected) => {
    const keys = document.activeElement;
    if (!keys?.matches('[data-testid="sheet-keys"]')) return false;
    return keys.parentElement?.querySelector(`.ag-cell.cell-active${selected ? '.cell-selected' : ''}`) != null;
  }, selected);
}
