import { useCallback, useEffect, useMemo, useRef } from 'react';
import type {
  CellClassParams,
  CellFocusedEvent,
  CellMouseDownEvent,
  CellMouseOverEvent,
  Column,
  GridApi,
  GridReadyEvent,
  IRowNode,
  ITooltipParams,
  SuppressKeyboardEventParams,
  ValueSetterParams,
} from 'ag-grid-community';
import { isEditableColumn, type CellRef, type CellTable } from '../../shared/commands/cellFields.ts';
import { fillDown } from '../../shared/commands/fillDown.ts';
import { pasteBlock } from '../../shared/commands/pasteBlock.ts';
import { setCells, type CellWrite } from '../../shared/commands/setCells.ts';
import { parseTsv, toTsv } from '../../shared/commands/tsv.ts';
import { planYears } from '../../shared/model/plan.ts';
import { cellKey, type DocumentState, type DocumentStore } from '../store/documentStore.ts';
import { bounds, contains, isSingleCell, type CellRange, type GridPos } from './selection.ts';
import type { SheetContext, SheetRow } from './sheetContext.ts';
import { registerGridFocus } from './gridFocus.ts';

const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** Keys the sheet handles itself (the grid must not): shift+arrows, clipboard, fill, clear, undo. */
function ownsKey(e: KeyboardEvent): boolean {
  const ctrl = e.ctrlKey || e.metaKey;
  if (e.shiftKey && !ctrl && e.key in ARROWS) return true;
  if (e.key === 'Delete') return true;
  return ctrl && ['c', 'v', 'x', 'd', 'z', 'y', 'a'].includes(e.key.toLowerCase());
}

export interface Sheet {
  readonly context: SheetContext;
  readonly gridHandlers: {
    onGridReady(e: GridReadyEvent): void;
    onFirstDataRendered(): void;
    onCellFocused(e: CellFocusedEvent): void;
    onCellMouseDown(e: CellMouseDownEvent): void;
    onCellMouseOver(e: CellMouseOverEvent): void;
  };
  readonly defaultColDefParts: {
    suppressKeyboardEvent(p: SuppressKeyboardEventParams): boolean;
    valueSetter(p: ValueSetterParams): boolean;
    cellClassRules: Record<string, (p: CellClassParams) => boolean>;
    tooltipValueGetter(p: ITooltipParams): string | undefined;
  };
  /**
   * The ref of the element around the grid: keys, copy and paste are listened to there with
   * native listeners (a key in a cell the grid has just re-rendered may not reach React's
   * delegated handlers).
   */
  readonly containerRef: (element: HTMLElement | null) => void;
  /** The grid api once ready. */
  api(): GridApi | null;
  /** After the next repaint, moves the focus (same column) to the row with this id: a moved row keeps the focus. */
  followRow(rowId: string): void;
}

/**
 * Spreadsheet habits on an AG Grid Community grid (which lacks them):
 * rectangular selection by mouse and Shift+arrows, Ctrl+C/Ctrl+V with
 * Excel/WPS tab-separated text, Ctrl+D fill down, Delete clears; every edit
 * goes to the document store as one undo step.
 */
export function useSheet(
  table: CellTable,
  store: DocumentStore,
  doc: DocumentState,
  rowIdOf: (row: SheetRow) => string | null,
  pinnedIds: readonly string[] = [],
  refreshOnEveryChange = true,
): Sheet {
  const apiRef = useRef<GridApi | null>(null);
  const unregisterFocus = useRef<(() => void) | null>(null);
  useEffect(() => () => unregisterFocus.current?.(), []);
  /** The selection when the mouse button went down, before the grid moved its focus (Shift+click extends it). */
  const selectionAtPress = useRef<CellRange | null>(null);
  const context = useRef<SheetContext>({
    table,
    plan: doc.plan,
    results: doc.results,
    selection: null,
    colIndex: () => -1,
    problems: new Map(),
    cellErrors: doc.cellErrors,
    changes: new Map(),
  }).current;

  // Handlers run later than this render: they read the document through a ref.
  const docRef = useRef(doc);
  docRef.current = doc;
  context.plan = doc.plan;
  context.results = doc.results;
  context.cellErrors = doc.cellErrors;

  /** Repaints only the rendered cells a selection change touches (a full refresh costs too much on every keystroke). */
  const refreshRows = useCallback((ranges: readonly (CellRange | null)[]) => {
    const api = apiRef.current;
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
    const columns = left < 0 ? undefined : api.getAllDisplayedColumns().slice(left, right + 1);
    api.refreshCells({ rowNodes: [...nodes], ...(columns ? { columns } : {}) });
  }, []);
  const columns = (): Column[] => apiRef.current?.getAllDisplayedColumns() ?? [];
  const colIndex = useCallback((colId: string) => columns().findIndex((c) => c.getColId() === colId), []);
  context.colIndex = colIndex;

  // Marks of problems and refused input may change anywhere in a small table; a large one is
  // kept up to date row by row by its view (see views/projectRows.ts).
  useEffect(() => {
    if (!refreshOnEveryChange) return;
    apiRef.current?.refreshCells();
  }, [doc, refreshOnEveryChange]);

  // A 问题 panel click: select the cell once the grid is there (it may be mounting right now).
  const pinnedKey = pinnedIds.join('|');
  const applyFocusRequest = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    const request = store.takeFocusRequest(table);
    if (request) {
      focusCell(api, request, pinnedKey.split('|'));
      const f = api.getFocusedCell();
      if (f && !f.rowPinned) {
        const pos = { row: f.rowIndex, col: colIndex(f.column.getColId()) };
        select({ anchor: pos, focus: pos });
      }
    }
  }, [store, table, pinnedKey, colIndex]);
  useEffect(applyFocusRequest, [doc.focusRequest, applyFocusRequest]);

  useEffect(() => {
    const press = () => {
      selectionAtPress.current = context.selection;
    };
    document.addEventListener('pointerdown', press, true);
    return () => document.removeEventListener('pointerdown', press, true);
  }, [context]);

  const select = useCallback(
    (range: CellRange | null) => {
      const before = context.selection;
      context.selection = range;
      refreshRows([before, range]);
    },
    [context, refreshRows],
  );


  /** Data rows in display order (subtotal rows left out), with the display index of each. */
  const dataRows = (): { ids: string[]; displayIndex: number[] } => {
    const ids: string[] = [];
    const displayIndex: number[] = [];
    apiRef.current?.forEachNodeAfterFilterAndSort((node) => {
      const id = node.data ? rowIdOf(node.data as SheetRow) : null;
      if (id !== null && node.rowIndex !== null) {
        ids.push(id);
        displayIndex.push(node.rowIndex);
      }
    });
    return { ids, displayIndex };
  };

  /**
   * The selection holds while one of its ends is the grid's focused cell (the focus moves with
   * Shift+arrows; a mouse drag keeps it at the anchor). When the grid moved its focus elsewhere
   * (Enter, Tab, arrows, a click), the selection starts again at the focused cell. The grid's
   * focus events arrive a task late, so the grid's focus is read here, not from the events.
   */
  const currentRange = (): CellRange | null => {
    const f = apiRef.current?.getFocusedCell();
    if (!f || f.rowPinned) return null;
    const pos = { row: f.rowIndex, col: colIndex(f.column.getColId()) };
    const s = context.selection;
    const at = (p: GridPos) => p.row === pos.row && p.col === pos.col;
    if (s && (at(s.focus) || at(s.anchor))) return s;
    const single = { anchor: pos, focus: pos };
    if (s) {
      context.selection = single;
      refreshRows([s, single]);
    }
    return single;
  };

  /** Cells of the selection as data-row ids and column keys. */
  const selectedCells = (range: CellRange) => {
    const api = apiRef.current!;
    const b = bounds(range);
    const cols = columns().slice(b.left, b.right + 1).map((c) => c.getColId());
    const rows: IRowNode[] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const node = api.getDisplayedRowAtIndex(r);
      if (node) rows.push(node);
    }
    return { cols, rows };
  };

  /**
   * Is the key or clipboard event meant for a cell editor? Decided by where the event happens
   * (an editor's text field), not by the grid's editing state, which settles a task late.
   */
  const inEditor = (target: EventTarget | null) =>
    target instanceof HTMLElement && (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('.ag-cell-inline-editing, .ag-popup-editor') !== null);

  const copy = (e: ClipboardEvent) => {
    const api = apiRef.current;
    if (!api || inEditor(e.target)) return;
    const focused = api.getFocusedCell();
    let rows: IRowNode[];
    let cols: string[];
    const range = currentRange();
    if (range) ({ rows, cols } = selectedCells(range));
    else if (focused?.rowPinned) {
      const node = focused.rowPinned === 'top' ? api.getPinnedTopRow(focused.rowIndex) : api.getPinnedBottomRow(focused.rowIndex);
      rows = node ? [node] : [];
      cols = [focused.column.getColId()];
    } else return;
    const text = toTsv(rows.map((node) => cols.map((colKey) => String(api.getCellValue({ rowNode: node, colKey, useFormatter: false }) ?? ''))));
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
    store.setMessage({ kind: 'info', text: `已复制 ${rows.length} 行 × ${cols.length} 列` });
  };

  const paste = (e: ClipboardEvent) => {
    const api = apiRef.current;
    if (!api || inEditor(e.target)) return;
    e.preventDefault();
    const text = e.clipboardData?.getData('text/plain') ?? '';
    let block = parseTsv(text);
    if (block.length === 0) return;
    const focused = api.getFocusedCell();
    const range = currentRange();
    const focusNode = focused ? (focused.rowPinned ? null : api.getDisplayedRowAtIndex(focused.rowIndex)) : null;
    const focusId = focusNode?.data ? rowIdOf(focusNode.data as SheetRow) : null;
    if (!range || !focused || focusId === null) {
      const rowId = focusNode?.data ? (focusNode.data as SheetRow).id : '__total';
      store.execute(null, [{ ref: { table, rowId, column: focused?.column.getColId() ?? '' }, reason: '合计、小计和测算行由程序计算，不能粘贴' }]);
      return;
    }
    const b = bounds(range);
    const { ids, displayIndex } = dataRows();
    const topNode = api.getDisplayedRowAtIndex(b.top);
    const topId = topNode?.data ? rowIdOf(topNode.data as SheetRow) : null;
    const startRow = ids.indexOf(topId ?? focusId);
    // One value pasted over a selection fills it, as in Excel.
    if (block.length === 1 && block[0]!.length === 1 && !isSingleCell(range)) {
      const value = block[0]![0]!;
      const height = displayIndex.filter((d) => d >= b.top && d <= b.bottom).length;
      block = Array.from({ length: height }, () => Array.from({ length: b.right - b.left + 1 }, () => value));
    }
    const colIds = columns().map((c) => c.getColId());
    const prepared = pasteBlock(store.getSnapshot().plan, { table, rowIds: ids, columns: colIds, row: startRow, column: b.left }, block);
    const touched: CellRef[] = [];
    block.forEach((cells, i) => cells.forEach((_, j) => touched.push({ table, rowId: ids[startRow + i] ?? '', column: colIds[b.left + j] ?? '' })));
    store.execute(prepared.command, prepared.refused, touched);
    if (prepared.refused.length === 0) {
      store.setMessage({ kind: 'info', text: `已粘贴 ${block.length} 行 × ${Math.max(...block.map((r) => r.length))} 列${prepared.addedRows > 0 ? `，新增 ${prepared.addedRows} 行` : ''}` });
    }
    const lastDisplay = displayIndex[Math.min(startRow + block.length - 1, displayIndex.length - 1)] ?? b.top;
    select({ anchor: { row: b.top, col: b.left }, focus: { row: Math.max(b.top, lastDisplay + Math.max(0, startRow + block.length - ids.length)), col: Math.min(colIds.length - 1, b.left + Math.max(...block.map((r) => r.length)) - 1) } });
  };

  const clearSelection = () => {
    const range = currentRange();
    if (!range) return;
    const { rows, cols } = selectedCells(range);
    const years = planYears(store.getSnapshot().plan);
    const writes: CellWrite[] = [];
    for (const node of rows) {
      const id = node.data ? rowIdOf(node.data as SheetRow) : null;
      if (id === null) continue;
      for (const column of cols) if (isEditableColumn(table, column, years)) writes.push({ ref: { table, rowId: id, column }, text: '' });
    }
    if (writes.length === 0) {
      store.setMessage({ kind: 'error', text: '所选单元格由程序计算，不能清除' });
      return;
    }
    // Category names cannot be blank: those cells are refused and keep their names.
    const prepared = setCells(store.getSnapshot().plan, '清除', writes);
    store.execute(prepared.command, prepared.refused, writes.map((w) => w.ref));
  };

  const fill = () => {
    const range = currentRange();
    if (!range) return;
    const { rows, cols } = selectedCells(range);
    const years = planYears(store.getSnapshot().plan);
    const ids = rows.map((n) => (n.data ? rowIdOf(n.data as SheetRow) : null)).filter((id): id is string => id !== null);
    const all = dataRows().ids;
    const above = ids.length === 1 ? all[all.indexOf(ids[0]!) - 1] : undefined;
    const prepared = fillDown(store.getSnapshot().plan, { table, rowIds: ids, columns: cols.filter((c) => isEditableColumn(table, c, years)) }, above);
    store.execute(prepared.command, prepared.refused);
  };

  const extend = (dRow: number, dCol: number) => {
    const api = apiRef.current!;
    const range = currentRange();
    if (!range) return;
    const rowCount = api.getDisplayedRowCount();
    const cols = columns();
    const focus: GridPos = {
      row: Math.max(0, Math.min(rowCount - 1, range.focus.row + dRow)),
      col: Math.max(0, Math.min(cols.length - 1, range.focus.col + dCol)),
    };
    // The selection first, so that the focus change it causes finds the selection already there.
    select({ anchor: range.anchor, focus });
    api.ensureIndexVisible(focus.row);
    api.ensureColumnVisible(cols[focus.col]!);
    api.setFocusedCell(focus.row, cols[focus.col]!);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!apiRef.current || inEditor(e.target)) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (e.shiftKey && !ctrl && e.key in ARROWS) {
      const [dr, dc] = ARROWS[e.key]!;
      extend(dr, dc);
    } else if (e.key === 'Delete') clearSelection();
    else if (ctrl && key === 'd') fill();
    else if (ctrl && key === 'a') {
      const rowCount = apiRef.current.getDisplayedRowCount();
      select({ anchor: { row: 0, col: 0 }, focus: { row: rowCount - 1, col: columns().length - 1 } });
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const posOf = (rowIndex: number | null, column: Column) => ({ row: rowIndex ?? 0, col: colIndex(column.getColId()) });

  // Stable handler objects: a new prop object would make AG Grid redo work on every render
  // (they read everything through refs, so the first ones stay right).
  const gridHandlers = useMemo<Sheet['gridHandlers']>(() => ({
    onGridReady(e) {
      apiRef.current = e.api;
      // The shell gives the keyboard to this grid (renderer/app/viewFocus.ts): its focused cell, else the first data cell.
      unregisterFocus.current?.();
      unregisterFocus.current = registerGridFocus(table, () => {
        if (e.api.isDestroyed() || e.api.getDisplayedRowCount() === 0) return false;
        const focused = e.api.getFocusedCell();
        const column = focused?.column ?? e.api.getAllDisplayedColumns()[0];
        if (!column) return false;
        e.api.setFocusedCell(focused?.rowIndex ?? 0, column, focused?.rowPinned ?? null);
        return true;
      });
    },
    onFirstDataRendered() {
      applyFocusRequest();
    },
    onCellFocused() {
      const f = apiRef.current?.getFocusedCell();
      if (!f || f.rowPinned) {
        if (context.selection) select(null);
        return;
      }
      const before = context.selection;
      const now = currentRange();
      if (!before && now) select(now);
    },
    onCellMouseDown(e) {
      if (e.rowPinned) return;
      const mouse = e.event as MouseEvent | null;
      if (mouse && mouse.button !== 0) return;
      const pos = posOf(e.rowIndex, e.column);
      const range = selectionAtPress.current ?? currentRange();
      select(mouse?.shiftKey && range ? { anchor: range.anchor, focus: pos } : { anchor: pos, focus: pos });
    },
    onCellMouseOver(e) {
      const mouse = e.event as MouseEvent | null;
      // Grid events arrive a task late: the button state of the event itself tells a drag.
      if (!context.selection || e.rowPinned || !mouse || (mouse.buttons & 1) === 0) return;
      select({ anchor: context.selection.anchor, focus: posOf(e.rowIndex, e.column) });
    },
  }), []);

  const listeners = useRef({ onKeyDown, copy, paste });
  listeners.current = { onKeyDown, copy, paste };
  const attached = useRef<{ element: HTMLElement; off: () => void } | null>(null);
  const containerRef = useCallback((element: HTMLElement | null) => {
    attached.current?.off();
    attached.current = null;
    if (!element) return;
    const key = (e: KeyboardEvent) => listeners.current.onKeyDown(e);
    const copyEvent = (e: ClipboardEvent) => listeners.current.copy(e);
    const pasteEvent = (e: ClipboardEvent) => listeners.current.paste(e);
    element.addEventListener('keydown', key);
    element.addEventListener('copy', copyEvent);
    element.addEventListener('paste', pasteEvent);
    attached.current = {
      element,
      off: () => {
        element.removeEventListener('keydown', key);
        element.removeEventListener('copy', copyEvent);
        element.removeEventListener('paste', pasteEvent);
      },
    };
  }, []);

  const defaultColDefParts = useMemo<Sheet['defaultColDefParts']>(() => {
    /** The key of a rendered cell in the problem, refusal and change maps. */
    const keyOf = (p: { data: unknown; column: { getColId(): string } }) => cellKey({ table, rowId: (p.data as SheetRow).id, column: p.column.getColId() });
    return {
      suppressKeyboardEvent: (p) => !p.editing && ownsKey(p.event),
      // A committed edit goes to the store at once (the grid's cellEditRequest event comes a task later);
      // the grid's row data is never changed by the grid: the store's new plan comes back as new rows.
      valueSetter: (p) => {
        const ref: CellRef = { table, rowId: (p.data as SheetRow).id, column: p.column.getColId() };
        const text = p.newValue === null || p.newValue === undefined ? '' : String(p.newValue);
        const prepared = setCells(store.getSnapshot().plan, '编辑', [{ ref, text }]);
        store.execute(prepared.command, prepared.refused, [ref]);
        return false;
      },
      cellClassRules: {
        'cell-selected': (p) => p.node.rowPinned == null && p.node.rowIndex !== null && contains(context.selection, p.node.rowIndex, context.colIndex(p.column.getColId())),
        'cell-refused': (p) => context.cellErrors.has(keyOf(p)),
        'cell-problem-error': (p) => context.problems.get(keyOf(p))?.some((x) => x.severity === 'error') ?? false,
        'cell-problem-warning': (p) => context.problems.get(keyOf(p))?.every((x) => x.severity === 'warning') ?? false,
        'cell-changed': (p) => context.changes.has(keyOf(p)),
      },
      tooltipValueGetter: (p) => {
        if (!p.node?.data || !p.column || !('getColId' in p.column)) return undefined;
        const key = cellKey({ table, rowId: (p.node.data as SheetRow).id, column: p.column.getColId() });
        const refused = context.cellErrors.get(key);
        const problems = context.problems.get(key);
        const changed = context.changes.get(key);
        const lines = [...(refused ? [`未写入：${refused.reason}`] : []), ...(problems ?? []).map((x) => x.message), ...(changed !== undefined ? [`修改稿：${changed}`] : [])];
        return lines.length > 0 ? lines.join('\n') : undefined;
      },
    };
  }, [context, table, store]);

  return {
    context,
    gridHandlers,
    defaultColDefParts,
    containerRef,
    api: () => apiRef.current,
    followRow(rowId) {
      const api = apiRef.current;
      const column = api?.getFocusedCell()?.column;
      if (!api || !column) return;
      requestAnimationFrame(() => {
        const node = api.getRowNode(rowId);
        if (node?.rowIndex == null) return;
        api.ensureIndexVisible(node.rowIndex);
        api.setFocusedCell(node.rowIndex, column);
      });
    },
  };
}

/** Selects a cell by row id and column (from the 问题 panel); pinned ids pick the pinned row. */
export function focusCell(api: GridApi, ref: CellRef, pinnedIds: readonly string[]): boolean {
  const pinnedIndex = pinnedIds.indexOf(ref.rowId);
  const column = api.getColumn(ref.column) ?? api.getAllDisplayedColumns()[0];
  if (!column) return false;
  if (pinnedIndex >= 0) {
    api.ensureColumnVisible(column);
    api.setFocusedCell(pinnedIndex, column, 'bottom');
    return true;
  }
  const node = api.getRowNode(ref.rowId);
  if (!node || node.rowIndex === null) return false;
  api.ensureIndexVisible(node.rowIndex, 'middle');
  api.ensureColumnVisible(column);
  api.setFocusedCell(node.rowIndex, column);
  return true;
}
