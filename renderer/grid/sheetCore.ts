import type { Column, GridApi, IRowNode } from 'ag-grid-community';
import type { CellRef, CellTable } from '../../shared/commands/cellFields.ts';
import type { DocumentStore } from '../store/documentStore.ts';
import { bounds, type CellRange, type GridPos } from './selection.ts';
import type { SheetContext, SheetRow } from './sheetContext.ts';

/** A cut waiting for its paste: the cells to clear when it lands (Excel's marching ants). */
export interface PendingCut {
  readonly cells: readonly CellRef[];
  readonly text: string;
}

/**
 * One grid's state outside React: the grid api, the selection and the
 * document. The sheet's modules (editing, clipboard, actions, menu) all work
 * through it, so none of them needs another's closure.
 */
export class SheetCore {
  api: GridApi | null = null;
  /** The selection when the mouse button went down, before the grid moved its focus (Shift+click extends it). */
  selectionAtPress: CellRange | null = null;
  cut: PendingCut | null = null;
  /**
   * Key actions performed, and how many there were at the last mouse press: the grid reports a
   * press a task late, and a key acted on in between (Ctrl+Space right after a click) must keep
   * the selection it made.
   */
  keyActions = 0;
  keyActionsAtPress = 0;
  /** Text an IME composed into the selected cell, for the editor it opens (see sheetEditing.takeTyped). */
  typed: string | null = null;
  /**
   * A commit is moving the focus away from its editor: the grid closes the editor as the focus
   * leaves and offers its value, which the store already holds (see sheetEditing.commit).
   */
  closingEditor = false;
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
  refreshRows(ranges: readonly (CellRange | null)[]): void {
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

  /** The focused body cell as a grid position, or null (none, or a pinned row). */
  focusedPos(): GridPos | null {
    const f = this.api?.getFocusedCell();
    if (!f || f.rowPinned) return null;
    return { row: f.rowIndex, col: this.colIndex(f.column.getColId()) };
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
    // The selection first, so that the focus change it causes finds the selection already there.
    this.select({ anchor, focus: pos });
    // Scrolling asks the grid for a layout: only when the cell is not already in view (a commit that moves one cell).
    if (pos.row <= api.getFirstDisplayedRowIndex() || pos.row >= api.getLastDisplayedRowIndex()) api.ensureIndexVisible(pos.row);
    if (api.getFocusedCell()?.column !== cols[pos.col]) api.ensureColumnVisible(cols[pos.col]!);
    api.setFocusedCell(pos.row, cols[pos.col]!);
  }

  /** Focuses the first cell of a data row by id, scrolled into view (after inserting or appending rows). */
  moveToRow(rowId: string, col = 0): boolean {
    const node = this.api?.getRowNode(rowId);
    if (node?.rowIndex == null) return false;
    this.moveTo(node.rowIndex, col);
    return true;
  }

  /** Opens the focused cell's editor in Enter mode with text already typed (an IME's characters). */
  startTyped(text: string): boolean {
    const f = this.api?.getFocusedCell();
    if (!f || !this.api) return false;
    const node = f.rowPinned ? this.api.getPinnedBottomRow(f.rowIndex) : this.api.getDisplayedRowAtIndex(f.rowIndex);
    if (!node || !f.column.isCellEditable(node)) return false;
    this.typed = text;
    this.api.startEditingCell({ rowIndex: f.rowIndex, colKey: f.column, ...(f.rowPinned ? { rowPinned: f.rowPinned } : {}) });
    return true;
  }
}
