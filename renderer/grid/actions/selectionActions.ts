import type { SheetCore } from '../sheetCore.ts';
import { sameCells, type GridPos } from '../selection.ts';
import { ARROWS, hasFocus, isArrow, key, type GridAction, type GridActionContext } from './types.ts';

const ctrlOf = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const size = (core: SheetCore) => ({ rows: core.api?.getDisplayedRowCount() ?? 0, cols: core.columns().length });

export const selectAll: GridAction = {
  name: 'selectAll',
  label: '全选',
  keys: [{ test: key('a', { ctrl: true }), shortcut: 'Ctrl+A' }],
  enabled: hasFocus,
  perform({ core }) {
    const active = core.focusedPos()!;
    const { rows, cols } = size(core);
    const table = { anchor: { row: 0, col: 0 }, focus: { row: rows - 1, col: cols - 1 }, active };
    // Excel: the first Ctrl+A selects the table's data; a second, the header row with it.
    const held = core.currentRange();
    const again = held !== null && sameCells(held, table);
    core.select(again ? { ...table, withHeaders: true } : table);
  },
};

export const extendSelection: GridAction = {
  name: 'extendSelection',
  label: '扩展选定区域',
  keys: [{ test: (e) => isArrow(e) && e.shiftKey && !ctrlOf(e) && !e.altKey, shortcut: 'Shift+方向键' }],
  enabled: hasFocus,
  perform({ core, event }) {
    const range = core.currentRange()!;
    const [dRow, dCol] = ARROWS[event!.key]!;
    const { rows, cols } = size(core);
    const focus = { row: Math.max(0, Math.min(rows - 1, range.focus.row + dRow)), col: Math.max(0, Math.min(cols - 1, range.focus.col + dCol)) };
    const api = core.api!;
    api.ensureIndexVisible(focus.row);
    api.ensureColumnVisible(core.columns()[focus.col]!);
    // The active cell moves with the selection's end (as the grid's focus did).
    core.place({ ...focus, pinned: false }, { anchor: range.anchor, focus });
  },
};

/**
 * Excel's Ctrl+arrow: from a filled cell whose neighbour is filled, to the
 * last filled cell of the run; otherwise to the next filled cell, or the edge.
 */
export function edgeFrom(core: SheetCore, from: GridPos, [dRow, dCol]: readonly [number, number]): GridPos {
  const api = core.api!;
  const cols = core.columns();
  const { rows } = size(core);
  const inside = (r: number, c: number) => r >= 0 && r < rows && c >= 0 && c < cols.length;
  const filled = (r: number, c: number) => {
    const node = api.getDisplayedRowAtIndex(r);
    return node !== undefined && String(api.getCellValue({ rowNode: node, colKey: cols[c]!, useFormatter: false }) ?? '').trim() !== '';
  };
  let r = from.row + dRow;
  let c = from.col + dCol;
  if (!inside(r, c)) return from;
  if (filled(from.row, from.col) && filled(r, c)) {
    while (inside(r + dRow, c + dCol) && filled(r + dRow, c + dCol)) {
      r += dRow;
      c += dCol;
    }
    return { row: r, col: c };
  }
  while (inside(r, c) && !filled(r, c)) {
    r += dRow;
    c += dCol;
  }
  return inside(r, c) ? { row: r, col: c } : { row: r - dRow, col: c - dCol };
}

export const jumpToEdge: GridAction = {
  name: 'jumpToEdge',
  label: '移到数据区域边缘',
  keys: [
    { test: (e) => isArrow(e) && ctrlOf(e) && !e.shiftKey && !e.altKey, shortcut: 'Ctrl+方向键' },
    { test: (e) => isArrow(e) && ctrlOf(e) && e.shiftKey && !e.altKey, shortcut: 'Ctrl+Shift+方向键' },
  ],
  enabled: hasFocus,
  perform({ core, event }) {
    const range = core.currentRange()!;
    const to = edgeFrom(core, event!.shiftKey ? range.focus : core.focusedPos()!, ARROWS[event!.key]!);
    core.moveTo(to.row, to.col, event!.shiftKey);
  },
};

const corner = (ctx: GridActionContext, end: boolean) => {
  const { rows, cols } = size(ctx.core);
  ctx.core.moveTo(end ? rows - 1 : 0, end ? cols - 1 : 0, ctx.event?.shiftKey ?? false);
};

export const toFirstCell: GridAction = {
  name: 'toFirstCell',
  label: '移到第一个单元格',
  keys: [{ test: (e) => e.key === 'Home' && ctrlOf(e) && !e.altKey, shortcut: 'Ctrl+Home' }],
  enabled: hasFocus,
  perform: (ctx) => corner(ctx, false),
};

export const toLastCell: GridAction = {
  name: 'toLastCell',
  label: '移到最后一个单元格',
  keys: [{ test: (e) => e.key === 'End' && ctrlOf(e) && !e.altKey, shortcut: 'Ctrl+End' }],
  enabled: hasFocus,
  perform: (ctx) => corner(ctx, true),
};

export const selectRow: GridAction = {
  name: 'selectRow',
  label: '选定整行',
  keys: [{ test: key(' ', { shift: true }), shortcut: 'Shift+Space' }],
  enabled: hasFocus,
  perform({ core }) {
    const active = core.focusedPos()!;
    core.select({ anchor: { row: active.row, col: 0 }, focus: { row: active.row, col: size(core).cols - 1 }, active });
  },
};

export const selectColumn: GridAction = {
  name: 'selectColumn',
  label: '选定整列',
  keys: [{ test: key(' ', { ctrl: true }), shortcut: 'Ctrl+Space' }],
  enabled: hasFocus,
  perform({ core }) {
    const active = core.focusedPos()!;
    core.select({ anchor: { row: 0, col: active.col }, focus: { row: size(core).rows - 1, col: active.col }, active });
  },
};
