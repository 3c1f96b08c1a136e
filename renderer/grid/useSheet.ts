import { useCallback, useEffect, useMemo, useRef } from 'react';
import type {
  CellClassParams,
  CellMouseOverEvent,
  Column,
  GridApi,
  GridReadyEvent,
  ITooltipParams,
  SuppressKeyboardEventParams,
  ValueSetterParams,
} from 'ag-grid-community';
import type { CellRef, CellTable } from '../../shared/commands/cellFields.ts';
import { cellKey, type DocumentState, type DocumentStore } from '../store/documentStore.ts';
import { actionForKey } from './actions/index.ts';
import { closeContextMenu } from './contextMenu.ts';
import { registerGridFocus } from './gridFocus.ts';
import { contains } from './selection.ts';
import { SheetCore } from './sheetCore.ts';
import { storeCellText } from './sheetEditor.ts';
import type { SheetContext, SheetRow } from './sheetContext.ts';
import { useContainerListeners } from './sheetListeners.ts';

export { actionContext } from './sheetListeners.ts';

export interface Sheet {
  readonly context: SheetContext;
  /** The grid's state outside React, for the view's row buttons (see actions/rowActions.ts). */
  readonly core: SheetCore;
  readonly gridHandlers: {
    onGridReady(e: GridReadyEvent): void;
    onFirstDataRendered(): void;
    onCellEditingStopped(): void;
    onCellMouseOver(e: CellMouseOverEvent): void;
  };
  readonly defaultColDefParts: {
    suppressKeyboardEvent(p: SuppressKeyboardEventParams): boolean;
    valueSetter(p: ValueSetterParams): boolean;
    cellClassRules: Record<string, (p: CellClassParams) => boolean>;
    tooltipValueGetter(p: ITooltipParams): string | undefined;
  };
  /**
   * The ref of the element around the grid: keys, clipboard events and the
   * right-click menu are listened to there with native listeners (a key in a
   * cell the grid has just re-rendered may not reach React's delegated handlers).
   */
  readonly containerRef: (element: HTMLElement | null) => void;
  /** The grid api once ready. */
  api(): GridApi | null;
  /** After the next repaint, moves the focus (same column) to the row with this id: a moved row keeps the focus. */
  followRow(rowId: string): void;
}

/**
 * Excel's habits on an AG Grid Community grid (which lacks them): Enter and
 * Edit modes with commit-and-move in the sheet's own field (sheetEditor.ts), a
 * rectangular selection, the actions of actions/ by key and by right-click
 * menu, Excel/WPS clipboard text (clipboard.ts); every edit goes to the
 * document store as one undo step.
 */
export function useSheet(
  table: CellTable,
  store: DocumentStore,
  doc: DocumentState,
  rowIdOf: (row: SheetRow) => string | null,
  pinnedIds: readonly string[] = [],
  refreshOnEveryChange = true,
): Sheet {
  const coreRef = useRef<SheetCore | null>(null);
  if (!coreRef.current) {
    const context: SheetContext = {
      table,
      plan: doc.plan,
      results: doc.results,
      selection: null,
      colIndex: () => -1,
      problems: new Map(),
      cellErrors: doc.cellErrors,
      changes: new Map(),
    };
    const core = new SheetCore(table, store, context, rowIdOf);
    context.colIndex = (colId) => core.colIndex(colId);
    coreRef.current = core;
  }
  const core = coreRef.current;
  const { context } = core;
  core.store = store;
  context.plan = doc.plan;
  context.results = doc.results;
  context.cellErrors = doc.cellErrors;

  // Marks of problems and refused input may change anywhere in a small table; a large one is
  // kept up to date row by row by its view (see views/projectRows.ts).
  useEffect(() => {
    if (!refreshOnEveryChange) return;
    core.api?.refreshCells();
  }, [doc, refreshOnEveryChange, core]);

  // A 问题 panel click: select the cell once the grid is there (it may be mounting right now).
  const pinnedKey = pinnedIds.join('|');
  const applyFocusRequest = useCallback((): boolean => {
    const api = core.api;
    if (!api) return false;
    const request = store.takeFocusRequest(table);
    if (!request) return false;
    focusCell(core, request, pinnedKey.split('|'));
    return true;
  }, [store, table, pinnedKey, core]);
  useEffect(() => void applyFocusRequest(), [doc.focusRequest, applyFocusRequest]);

  // The shell hands the keyboard to this grid (at start, after a view switch or a dialog).
  useEffect(
    () =>
      registerGridFocus(table, () => {
        if (!core.api || !core.keys) return false;
        if (core.active) core.focusKeys();
        else core.moveTo(0, 0);
        return true;
      }),
    [table, core],
  );
  useEffect(() => () => closeContextMenu(), []);

  const gridHandlers = useMemo<Sheet['gridHandlers']>(() => {
    const posOf = (rowIndex: number | null, column: Column) => ({ row: rowIndex ?? 0, col: core.colIndex(column.getColId()) });
    // Stable handler objects: a new prop object would make AG Grid redo work on every render
    // (they read everything through the core, so the first ones stay right).
    return {
      onGridReady(e) {
        core.api = e.api;
      },
      onFirstDataRendered() {
        // A grid that mounts takes the keyboard on its first cell, unless the 问题 panel asked for another.
        if (!applyFocusRequest() && !core.active) core.moveTo(0, 0);
      },
      onCellEditingStopped() {
        // An editor the grid closed itself (the 项目类别 list on Enter) took the focus with it: back to the sheet.
        if (core.keys?.isConnected && (document.activeElement === null || document.activeElement === document.body)) core.focusKeys();
      },
      onCellMouseOver(e) {
        const mouse = e.event as MouseEvent | null;
        // Grid events arrive a task late: the button state of the event itself tells a drag.
        if (!context.selection || e.rowPinned || !mouse || (mouse.buttons & 1) === 0) return;
        core.select({ anchor: context.selection.anchor, focus: posOf(e.rowIndex, e.column) });
      },
    };
  }, [core, context, applyFocusRequest]);

  const containerRef = useContainerListeners(core);

  const defaultColDefParts = useMemo<Sheet['defaultColDefParts']>(() => {
    /** The key of a rendered cell in the problem, refusal and change maps. */
    const keyOf = (p: { data: unknown; column: { getColId(): string } }) => cellKey({ table, rowId: (p.data as SheetRow).id, column: p.column.getColId() });
    return {
      // The sheet's own keys (actions/) never reach the grid's navigation while no editor is open.
      suppressKeyboardEvent: (p) => !p.editing && actionForKey(p.event) !== null,
      // The grid's list editor (项目类别) commits through here: to the store at once; the grid's row data
      // is never changed by the grid: the store's new plan comes back as new rows.
      valueSetter: (p) => {
        const ref: CellRef = { table, rowId: (p.data as SheetRow).id, column: p.column.getColId() };
        storeCellText(store, ref, p.newValue === null || p.newValue === undefined ? '' : String(p.newValue));
        return false;
      },
      cellClassRules: {
        // The active cell (the grid's own focus is off: see sheetCore.ts).
        'cell-active': (p) => core.isActive(p.node.rowIndex, p.node.rowPinned != null, p.column.getColId()),
        'cell-selected': (p) =>
          p.node.rowPinned == null && p.node.rowIndex !== null && contains(context.selection, p.node.rowIndex, context.colIndex(p.column.getColId())),
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
        const lines = [
          ...(refused ? [`未写入：${refused.reason}`] : []),
          ...(problems ?? []).map((x) => x.message),
          ...(changed !== undefined ? [`修改稿：${changed}`] : []),
        ];
        return lines.length > 0 ? lines.join('\n') : undefined;
      },
    };
  }, [context, table, store, core]);

  return {
    context,
    core,
    gridHandlers,
    defaultColDefParts,
    containerRef,
    api: () => core.api,
    followRow(rowId) {
      const col = core.active?.col;
      if (col === undefined) return;
      requestAnimationFrame(() => core.moveToRow(rowId, col));
    },
  };
}

/** Selects a cell by row id and column (from the 问题 panel); pinned ids pick the pinned row. */
export function focusCell(core: SheetCore, ref: CellRef, pinnedIds: readonly string[]): boolean {
  const api = core.api;
  const col = Math.max(0, core.colIndex(ref.column));
  if (!api) return false;
  const pinnedIndex = pinnedIds.indexOf(ref.rowId);
  if (pinnedIndex >= 0) {
    core.moveToPinned(pinnedIndex, col);
    return true;
  }
  const node = api.getRowNode(ref.rowId);
  if (!node || node.rowIndex === null) return false;
  api.ensureIndexVisible(node.rowIndex, 'middle');
  core.moveTo(node.rowIndex, col);
  return true;
}
