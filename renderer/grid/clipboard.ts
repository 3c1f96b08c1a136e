import type { IRowNode } from 'ag-grid-community';
import { isEditableColumn, type CellRef } from '../../shared/commands/cellFields.ts';
import { sequence } from '../../shared/commands/command.ts';
import { pasteBlock } from '../../shared/commands/pasteBlock.ts';
import { setCells, type CellWrite } from '../../shared/commands/setCells.ts';
import { parseTsv, toTsv } from '../../shared/commands/tsv.ts';
import { planYears } from '../../shared/model/plan.ts';
import { bounds, isSingleCell } from './selection.ts';
import type { SheetCore } from './sheetCore.ts';

/**
 * Copy, cut and paste of the selection as the tab-separated text Excel and
 * WPS exchange (amounts plain, multi-line cells quoted, rows ended by \r\n).
 */

/** The selection (or the focused pinned cell) as text, with its size; null when nothing is focused. */
export function selectionText(core: SheetCore): { text: string; rows: number; cols: number; cells: CellRef[] } | null {
  const api = core.api;
  if (!api) return null;
  const focused = core.activePosition();
  let rows: IRowNode[];
  let cols: string[];
  const range = core.currentRange();
  if (range) ({ rows, cols } = core.cellsOf(range));
  else if (focused?.rowPinned) {
    const node = api.getPinnedBottomRow(focused.rowIndex);
    rows = node ? [node] : [];
    cols = [focused.column.getColId()];
  } else return null;
  const values = rows.map((node) => cols.map((colKey) => String(api.getCellValue({ rowNode: node, colKey, useFormatter: false }) ?? '')));
  // A second Ctrl+A took the header row too: its labels come first, as Excel copies them.
  const header = range?.withHeaders ? [cols.map((colKey) => api.getDisplayNameForColumn(api.getColumn(colKey)!, 'header') ?? '')] : [];
  const text = toTsv([...header, ...values]);
  const cells: CellRef[] = [];
  for (const node of rows) {
    const rowId = core.idOf(node);
    if (rowId !== null) for (const column of cols) cells.push({ table: core.table, rowId, column });
  }
  return { text, rows: rows.length + header.length, cols: cols.length, cells };
}

export function copySelection(core: SheetCore, put: (text: string) => void, cut = false): boolean {
  const copied = selectionText(core);
  if (!copied) return false;
  put(copied.text);
  core.cut = cut ? { cells: copied.cells, text: copied.text } : null;
  core.store.setMessage({ kind: 'info', text: `已${cut ? '剪切' : '复制'} ${copied.rows} 行 × ${copied.cols} 列${cut ? '，粘贴到目标位置即移动' : ''}` });
  return true;
}

/** Writes blank into the editable cells of a list (Delete, 清除内容, the source of a move). */
function clearWrites(core: SheetCore, cells: readonly CellRef[]): CellWrite[] {
  const years = planYears(core.store.getSnapshot().plan);
  return cells.filter((ref) => isEditableColumn(core.table, ref.column, years)).map((ref) => ({ ref, text: '' }));
}

/** Delete / 清除内容: blanks the editable cells of the selection, one undo step. */
export function clearSelection(core: SheetCore): void {
  const range = core.currentRange();
  if (!range) return;
  const { rows, cols } = core.cellsOf(range);
  const cells: CellRef[] = [];
  for (const node of rows) {
    const rowId = core.idOf(node);
    if (rowId !== null) for (const column of cols) cells.push({ table: core.table, rowId, column });
  }
  const writes = clearWrites(core, cells);
  if (writes.length === 0) {
    core.store.setMessage({ kind: 'error', text: '所选单元格由程序计算，不能清除' });
    return;
  }
  // Category names cannot be blank: those cells are refused and keep their names.
  const prepared = setCells(core.store.getSnapshot().plan, '清除', writes);
  core.store.execute(
    prepared.command,
    prepared.refused,
    writes.map((w) => w.ref),
  );
}

/**
 * Pastes text at the selection: a block lands at its top-left cell, one value
 * fills the whole selection; after a cut of the same text the source is
 * cleared too, in the same undo step (a move). Past the last category it
 * asks whether to add categories.
 */
export function pasteText(core: SheetCore, text: string, confirm: (question: string) => boolean): void {
  const { api, store, table } = core;
  if (!api) return;
  let block = parseTsv(text);
  if (block.length === 0) return;
  const focused = core.activePosition();
  const range = core.currentRange();
  const focusNode = focused && !focused.rowPinned ? api.getDisplayedRowAtIndex(focused.rowIndex) : null;
  const focusId = core.idOf(focusNode);
  if (!range || !focused || focusId === null) {
    const rowId = (focusNode?.data as { id?: string } | undefined)?.id ?? '__total';
    store.execute(null, [{ ref: { table, rowId, column: focused?.column.getColId() ?? '' }, reason: '合计、小计和测算行由程序计算，不能粘贴' }]);
    return;
  }
  const b = bounds(range);
  const { ids, displayIndex } = core.dataRows();
  const startRow = ids.indexOf(core.idOf(api.getDisplayedRowAtIndex(b.top)) ?? focusId);
  // One value pasted over a selection fills it, as in Excel.
  if (block.length === 1 && block[0]!.length === 1 && !isSingleCell(range)) {
    const value = block[0]![0]!;
    const height = displayIndex.filter((d) => d >= b.top && d <= b.bottom).length;
    block = Array.from({ length: height }, () => Array.from({ length: b.right - b.left + 1 }, () => value));
  }
  const overflow = startRow + block.length - ids.length;
  const addCategories = table === 'categories' && overflow > 0 && confirm(`粘贴的内容超出了最后一个类别，是否添加 ${overflow} 个类别？`);
  const colIds = core.columns().map((c) => c.getColId());
  const width = Math.max(...block.map((r) => r.length));

  const cut = core.cut && core.cut.text === text.replace(/\r?\n$/, '') ? core.cut : null;
  let plan = store.getSnapshot().plan;
  const target = new Set<string>();
  block.forEach((cells, i) => cells.forEach((_, j) => target.add(`${ids[startRow + i] ?? ''}|${colIds[b.left + j] ?? ''}`)));
  // A move: the source cells outside the target are cleared first (cells that cannot be blank keep their text).
  const clear = cut
    ? setCells(
        plan,
        '移动',
        clearWrites(
          core,
          cut.cells.filter((c) => !target.has(`${c.rowId}|${c.column}`)),
        ),
      ).command
    : null;
  if (clear) plan = clear.apply(plan).plan;
  const prepared = pasteBlock(plan, { table, rowIds: ids, columns: colIds, row: startRow, column: b.left }, block, undefined, { addCategories });
  const touched: CellRef[] = [];
  block.forEach((cells, i) => cells.forEach((_, j) => touched.push({ table, rowId: ids[startRow + i] ?? '', column: colIds[b.left + j] ?? '' })));
  const command = clear && prepared.command ? sequence('移动', [clear, prepared.command]) : (prepared.command ?? clear);
  store.execute(command, prepared.refused, [...touched, ...(cut?.cells ?? [])]);
  if (cut) core.cut = null;
  if (prepared.refused.length === 0) {
    store.setMessage({
      kind: 'info',
      text: `已${cut ? '移动' : '粘贴'} ${block.length} 行 × ${width} 列${prepared.addedRows > 0 ? `，新增 ${prepared.addedRows} 行` : ''}`,
    });
  }
  const lastDisplay = displayIndex[Math.min(startRow + block.length - 1, displayIndex.length - 1)] ?? b.top;
  core.select({
    anchor: { row: b.top, col: b.left },
    focus: { row: Math.max(b.top, lastDisplay + Math.max(0, startRow + block.length - ids.length)), col: Math.min(colIds.length - 1, b.left + width - 1) },
  });
}
