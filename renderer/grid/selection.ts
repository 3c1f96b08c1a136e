/** A cell position in a grid's body: display row index and displayed column index. */
export interface GridPos {
  readonly row: number;
  readonly col: number;
}

/**
 * A rectangular selection from the anchor (where it started) to the focus
 * (the focused cell). A whole row, column or table selected by key keeps the
 * focused cell where it was: that cell is then `active`.
 */
export interface CellRange {
  readonly anchor: GridPos;
  readonly focus: GridPos;
  readonly active?: GridPos;
  /** The header row is part of the selection too (a second Ctrl+A, as Excel's selects the whole sheet). */
  readonly withHeaders?: boolean;
}

/** The rows and columns a range covers, both ends included. */
export function bounds(range: CellRange): { top: number; bottom: number; left: number; right: number } {
  return {
    top: Math.min(range.anchor.row, range.focus.row),
    bottom: Math.max(range.anchor.row, range.focus.row),
    left: Math.min(range.anchor.col, range.focus.col),
    right: Math.max(range.anchor.col, range.focus.col),
  };
}

/** Whether two ranges cover the same cells, whichever corner each started from. */
export function sameCells(a: CellRange, b: CellRange): boolean {
  const x = bounds(a);
  const y = bounds(b);
  return x.top === y.top && x.bottom === y.bottom && x.left === y.left && x.right === y.right;
}

export function contains(range: CellRange | null, row: number, col: number): boolean {
  if (!range) return false;
  const b = bounds(range);
  return row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
}

export const isSingleCell = (range: CellRange) => range.anchor.row === range.focus.row && range.anchor.col === range.focus.col;
