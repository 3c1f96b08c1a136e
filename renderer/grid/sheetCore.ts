import type { Column, GridApi, IRowNode } from 'ag-grid-community';
import type { CellRef, CellTable } from '../../shared/commands/cellFields.ts';
import { readOnlyReason } from '../../shared/commands/setCells.ts';
import type { DocumentStore } from '../store/documentStore.ts';
import { hideCellNote } from './cellNote.ts';
import { amountAsTyped, type EditMode, type SheetEditor, type SheetEditorParams } from './sheetEditor.ts';
import { bounds, type CellRange, type GridPos } from './selection.ts';
import type { SheetContext, SheetRow } from './sheetContext.ts';

/** A cut waiting for its paste: the cells to clear when it lands (Excel's marching ants). */
export interface PendingCut {
  readonly cells: readonly CellRef[];
  readonly text: string;
}

/**
 * Excel's active cell: where typing goes and where the keys move from. A body
 * cell (display row index, displayed column index), or a cell of a pinned
 * 合计 row (`pinned`: its index among the pinned bottom rows).
 */
interface ActiveCell {
  readonly row: number;
  readonly col: number;
  readonly pinned: boolean;
}

/** The active cell as AG Grid names a cell: row index, column, and 'bottom' for a pinned row. */
interface ActivePosition {
  readonly rowIndex: number;
  readonly column: Column;
  readonly rowPinned: 'bottom' | null;
}

/**
 * One grid's state outside React: the grid api, the active cell, the
 * selection and the document. The sheet's modules (editing, clipboard,
 * actions, menu) all work through it, so none of them needs another's closure.
 *
 * The grid's own cell focus is off (suppressCellFocus): the browser's focus
 * stays on one element per sheet, `keys` (sheetEditor.ts), and the active cell
 * is a class on one cell. Moving it is two cells' classes, not a focus change
 * (AG Grid's setFocusedCell: every rendered cell told, a native focus with
 * its forced style and layout, a caret placed: ≈ 4.5 ms per move on 10,000
 * projects).
 */
export class SheetCore {
  api: GridApi | null = null;
  cut: PendingCut | null = null;
  /** The active cell (null before the grid has rows). */
  active: ActiveCell | null = null;
  /** The element that holds the browser's focus for the sheet and edits its cells (sheetEditor.ts), while the grid is in the page. */
  keys: HTMLTextAreaElement | null = null;
  /** The sheet's editor, on `keys`. */
  editor: SheetEditor | null = null;
  /** The element holding the grid (header included), while it is in the page. */
  root: HTMLElement | null = null;

  constructor(
    readonly table: CellTable,
    /** The open document's store (the app may replace it: the sheet sets it on every render). */
    public store: DocumentStore,
    readonly context: SheetContext,
    readonly rowIdOf: (row: SheetRow) => string | null,
  ) {}

  columns(): Column[] {
    return this.api?.getAllDisplayedColumns() ?? [];
  }

  colIndex(colId: string): number {
    return this.columns().findIndex((c) => c.getColId() === colId);
  }

  /** Repaints only the rendered cells a selection change touches (a full refresh costs too much on every keystroke). */
  refreshRows(ranges: readonly (CellRange | null | undefined)[]): void {
    const api = this.api;
    if (!api) return;
    const first = api.getFirstDisplayedRowIndex();
    const last = api.getLastDisplayedRowIndex();
    const nodes = new Set<IRowNode>();
    let left = Infinity;
    let right = -Infinity;
    for (const range of ranges) {
      if (!range) continue;
      const b = bounds(range);
      left = Math.min(left, b.left);
      right = Math.max(right, b.right);
      for (let r = Math.max(first, b.top); r <= Math.min(last, b.bottom); r++) {
        const node = api.getDisplayedRowAtIndex(r);
        if (node) nodes.add(node);
      }
    }
    if (nodes.size === 0) return;
    const columns = left < 0 ? undefined : this.columns().slice(left, right + 1);
    api.refreshCells({ rowNodes: [...nodes], ...(columns ? { columns } : {}) });
  }

  select(range: CellRange | null): void {
    const before = this.context.selection;
    this.context.selection = range;
    this.refreshRows([before, range]);
    this.showHeadersSelected(range?.withHeaders === true);
  }

  /** Shades the header row while it is part of the selection (a class on the grid's element: one style rule, no header re-render). */
  private showHeadersSelected(selected: boolean): void {
    this.root?.classList.toggle('sheet-headers-selected', selected);
  }

  /** The active body cell as a grid position, or null (none, or a pinned row). */
  focusedPos(): GridPos | null {
    const a = this.active;
    return a && !a.pinned ? { row: a.row, col: a.col } : null;
  }

  /** The active cell with its column and row kind, or null. */
  activePosition(): ActivePosition | null {
    const a = this.active;
    const column = a ? this.columns()[a.col] : undefined;
    return a && column ? { rowIndex: a.row, column, rowPinned: a.pinned ? 'bottom' : null } : null;
  }

  /** The row node of the active cell (a body row, or a pinned 合计 row). */
  activeNode(): IRowNode | undefined {
    const a = this.active;
    if (!a || !this.api) return undefined;
    return a.pinned ? this.api.getPinnedBottomRow(a.row) : this.api.getDisplayedRowAtIndex(a.row);
  }

  /** The active cell's element, when its row is rendered. */
  activeElement(): HTMLElement | null {
    const p = this.activePosition();
    if (!p || !this.root) return null;
    const row = p.rowPinned ? `b-${p.rowIndex}` : String(p.rowIndex);
    return this.root.querySelector<HTMLElement>(`.ag-row[row-index="${row}"] .ag-cell[col-id="${CSS.escape(p.column.getColId())}"]`);
  }

  /** Whether a rendered cell is the active one (the `cell-active` class rule). */
  isActive(rowIndex: number | null, pinned: boolean, colId: string): boolean {
    const a = this.active;
    return a !== null && a.row === rowIndex && a.pinned === pinned && this.colIndex(colId) === a.col;
  }

  /** Gives the browser's focus to the sheet (its keys element), unless it has it: typing and keys go to the active cell. */
  focusKeys(): void {
    if (this.keys && document.activeElement !== this.keys) this.keys.focus({ preventScroll: true });
  }

  /**
   * Makes a cell active and the range selected, repainting only the cells either change (the old and new
   * selection, the old and new active cell), and gives the keyboard to the sheet.
   */
  place(active: ActiveCell | null, range: CellRange | null): void {
    const before = this.active;
    const selected = this.context.selection;
    this.active = active;
    this.context.selection = range;
    const single = (a: ActiveCell | null) => (a && !a.pinned ? { anchor: a, focus: a } : null);
    this.refreshRows([selected, range, single(before), single(active)]);
    for (const a of [before, active]) {
      const node = a?.pinned ? this.api?.getPinnedBottomRow(a.row) : undefined;
      const column = a ? this.columns()[a.col] : undefined;
      if (node && column) this.api?.refreshCells({ rowNodes: [node], columns: [column] });
    }
    this.showHeadersSelected(range?.withHeaders === true);
    if (before?.row !== active?.row || before?.col !== active?.col || before?.pinned !== active?.pinned) {
      hideCellNote();
      this.nameActiveCell();
    }
    this.focusKeys();
  }

  /**
   * Names the active cell on the keys element, which has the focus ("2017年 第3行 2,827.00"): a screen reader
   * announces the focused element's name as it changes, as it announced each cell while the grid focused cells.
   */
  nameActiveCell(): void {
    const p = this.activePosition();
    const node = this.activeNode();
    if (!this.keys) return;
    if (!p || !node || !this.api) {
      this.keys.setAttribute('aria-label', '表格');
      return;
    }
    const header = p.column.getColDef().headerName ?? p.column.getColId();
    const row = p.rowPinned ? '合计行' : `第${p.rowIndex + 1}行`;
    const text = String(this.api.getCellValue({ rowNode: node, colKey: p.column, useFormatter: true }) ?? '').trim();
    this.keys.setAttribute('aria-label', `${header} ${row} ${text === '' ? '空白' : text}`);
  }

  /**
   * The selection holds while one of its ends (or its active cell) is the grid's focused cell (the focus moves with
   * Shift+arrows; a mouse drag keeps it at the anchor). When the grid moved its focus elsewhere
   * (Enter, Tab, arrows, a click), the selection starts again at the focused cell. The grid's
   * focus events arrive a task late, so the grid's focus is read here, not from the events.
   */
  currentRange(): CellRange | null {
    const pos = this.focusedPos();
    if (!pos) return null;
    const s = this.context.selection;
    const at = (p: GridPos) => p.row === pos.row && p.col === pos.col;
    if (s && (at(s.focus) || at(s.anchor) || (s.active !== undefined && at(s.active)))) return s;
    const single = { anchor: pos, focus: pos };
    if (s) {
      this.context.selection = single;
      this.refreshRows([s, single]);
      this.showHeadersSelected(false);
    }
    return single;
  }

  /** The row nodes and column ids a range covers. */
  cellsOf(range: CellRange): { cols: string[]; rows: IRowNode[] } {
    const api = this.api!;
    const b = bounds(range);
    const cols = this.columns()
      .slice(b.left, b.right + 1)
      .map((c) => c.getColId());
    const rows: IRowNode[] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const node = api.getDisplayedRowAtIndex(r);
      if (node) rows.push(node);
    }
    return { cols, rows };
  }

  /** The data-row id of a node (null for 小计, 合计 and other computed rows). */
  idOf(node: IRowNode | null | undefined): string | null {
    return node?.data ? this.rowIdOf(node.data as SheetRow) : null;
  }

  /** Data rows in display order (subtotal rows left out), with the display index of each. */
  dataRows(): { ids: string[]; displayIndex: number[] } {
    const ids: string[] = [];
    const displayIndex: number[] = [];
    this.api?.forEachNodeAfterFilterAndSort((node) => {
      const id = this.idOf(node);
      if (id !== null && node.rowIndex !== null) {
        ids.push(id);
        displayIndex.push(node.rowIndex);
      }
    });
    return { ids, displayIndex };
  }

  /** Ids of the data rows the selection covers (every selected row, as 删除行 needs). */
  selectedRowIds(): string[] {
    const range = this.currentRange();
    if (!range) return [];
    return this.cellsOf(range)
      .rows.map((n) => this.idOf(n))
      .filter((id): id is string => id !== null);
  }

  /** Moves the focus to a body cell (clamped to the grid), scrolled into view; `extend` keeps the anchor (Shift). */
  moveTo(row: number, col: number, extend = false): void {
    const api = this.api;
    if (!api) return;
    const cols = this.columns();
    const count = api.getDisplayedRowCount();
    if (count === 0 || cols.length === 0) return;
    const pos = { row: Math.max(0, Math.min(count - 1, row)), col: Math.max(0, Math.min(cols.length - 1, col)) };
    const anchor = extend ? (this.currentRange()?.anchor ?? pos) : pos;
    // Scrolling asks the grid for a layout: only when the cell is not already in view (a commit that moves one cell).
    if (pos.row <= api.getFirstDisplayedRowIndex() || pos.row >= api.getLastDisplayedRowIndex()) api.ensureIndexVisible(pos.row);
    if (this.active?.col !== pos.col) this.showColumn(cols, pos.col);
    this.place({ ...pos, pinned: false }, { anchor, focus: pos });
  }

  /** Makes a cell of a pinned bottom row (合计…) active: nothing is selected then (its cells are computed). */
  moveToPinned(row: number, col: number): void {
    const cols = this.columns();
    if (!this.api || !cols[col] || !this.api.getPinnedBottomRow(row)) return;
    if (this.active?.col !== col) this.showColumn(cols, col);
    this.place({ row, col, pinned: true }, null);
  }

  /**
   * Scrolls a column into view. A column frozen at the left (序号, 类别, 名称) is always in view; going to it
   * (Home, ←) scrolls the rest back to its first column, as Excel does with frozen panes.
   */
  private showColumn(cols: readonly Column[], col: number): void {
    const column = cols[col];
    if (!column || !this.api) return;
    const target = column.getPinned() === 'left' ? cols.find((c) => !c.getPinned()) : column;
    if (target) this.api.ensureColumnVisible(target);
  }

  /** Focuses the first cell of a data row by id, scrolled into view (after inserting or appending rows). */
  moveToRow(rowId: string, col = 0): boolean {
    const node = this.api?.getRowNode(rowId);
    if (node?.rowIndex == null) return false;
    this.moveTo(node.rowIndex, col);
    return true;
  }

  /** Why the active cell cannot be typed into (a computed cell or row), with its element for the note; null when it can. */
  readOnlyNote(): { cell: HTMLElement; reason: string } | null {
    const p = this.activePosition();
    const node = this.activeNode();
    if (!p || !node?.data || p.column.isCellEditable(node)) return null;
    const rowId = this.idOf(node);
    const reason = readOnlyReason(this.store.getSnapshot().plan, { table: this.table, rowId: rowId ?? '', column: p.column.getColId() }, rowId !== null);
    const cell = this.activeElement();
    return reason && cell ? { cell, reason } : null;
  }

  /**
   * Opens the active cell's editor: in Enter mode with the text typed so far ('' after Backspace, null while an
   * IME composes it), or in Edit mode with the value as a person types it. False for a computed cell. A list
   * (项目类别) opens the grid's own list editor.
   */
  startEditing(mode: EditMode, text: string | null): boolean {
    const p = this.activePosition();
    const node = this.activeNode();
    if (!p || !node || !this.api || !p.column.isCellEditable(node)) return false;
    const colDef = p.column.getColDef();
    if (colDef.cellEditor) {
      this.api.startEditingCell({ rowIndex: p.rowIndex, colKey: p.column, ...(p.rowPinned ? { rowPinned: p.rowPinned } : {}) });
      return true;
    }
    if (!this.editor) return false;
    const params = (typeof colDef.cellEditorParams === 'object' ? colDef.cellEditorParams : {}) as SheetEditorParams;
    const value = this.api.getCellValue({ rowNode: node, colKey: p.column }) as unknown;
    const shown = value === null || value === undefined ? '' : String(value);
    const at = { rowIndex: p.rowIndex, rowId: (node.data as SheetRow).id, colId: p.column.getColId() };
    this.editor.open(at, mode, mode === 'enter' ? text : params.amount ? amountAsTyped(shown) : shown, params);
    return true;
  }
}
