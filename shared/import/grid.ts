/**
 * A worksheet as plain data, the form the pure importer reads: values of the
 * cells that hold one (a merged range keeps its value in its top-left cell
 * only) and the merged ranges. Rows and columns count from 1, as in Excel.
 * The Node reader builds it from ExcelJS; tests may build it by hand.
 */
import { columnLetters } from '../export/workbookFormat.ts';

/** What a cell holds once formulas are replaced by their cached results. */
export type GridValue = string | number | null;

/** A merged range, both corners included, 1-based. */
export interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * One row's values by column: index = column (from 1), a hole where the cell holds nothing. An array, not a
 * Map: a 10,000-project sheet has 10,000 of them, built and read cell by cell.
 */
export type RowValues = readonly (GridValue | undefined)[];

export interface SheetGrid {
  readonly name: string;
  /** Last used row and column (1-based). */
  readonly rowCount: number;
  readonly columnCount: number;
  /** cells.get(row)?.[col]; only rows with a value. */
  readonly cells: ReadonlyMap<number, RowValues>;
  readonly merges: readonly MergeRange[];
  /** Cell notes (批注) by row and column, when the sheet has any. */
  readonly notes?: ReadonlyMap<number, ReadonlyMap<number, string>>;
  /**
   * Cells that hold something the reader could not turn into a value, by row and column, with the
   * text found (a formula without a cached result, an error such as #DIV/0!, a number out of range
   * such as 1e309). They are absent from `cells`; the importer reports each one with its place.
   */
  readonly unreadable?: ReadonlyMap<number, ReadonlyMap<number, string>>;
  /** Set when the sheet is hidden in the workbook (隐藏, or 'veryHidden': hidden so that Excel's 取消隐藏 does not list it). */
  readonly hidden?: 'hidden' | 'veryHidden';
}

export interface WorkbookGrid {
  /** The workbook's 标题 property, when it has one. */
  readonly title: string;
  readonly sheets: readonly SheetGrid[];
}

/** "B6" for row 6, column 2. */
export const cellAddress = (row: number, col: number): string => `${columnLetters(col)}${row}`;

/** Parses "B6" into row and column; null when it is not an address. */
export function parseAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.trim().toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** "A1:G1" into a range; null when it is not one. */
export function parseRange(range: string): MergeRange | null {
  const [a, b] = range.split(':');
  const start = a ? parseAddress(a) : null;
  const end = b ? parseAddress(b) : start;
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** Builds a grid from rows of values (row 1 first), for tests and generated sheets. */
export function gridFromRows(name: string, rows: readonly (readonly GridValue[])[], merges: readonly string[] = []): SheetGrid {
  const cells = new Map<number, (GridValue | undefined)[]>();
  let columnCount = 0;
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === '') return;
      let line = cells.get(r + 1);
      if (!line) cells.set(r + 1, (line = []));
      line[c + 1] = value;
      columnCount = Math.max(columnCount, c + 1);
    });
  });
  return { name, rowCount: rows.length, columnCount, cells, merges: merges.map((m) => parseRange(m)).filter((m): m is MergeRange => m !== null) };
}

/** The columns of a row that hold a value, in order. */
export function columnsOf(line: RowValues | undefined): number[] {
  const out: number[] = [];
  if (line) for (let c = 1; c < line.length; c++) if (line[c] !== undefined) out.push(c);
  return out;
}

/**
 * The merged ranges crossing each row, found without visiting a range's cells:
 * a segment tree over the rows holds each range in O(log rows) nodes, so a
 * range over A1:XFD1048576 costs as little as one over A1:B1. Most rows of a
 * long table cross no range at all; a count per row (a difference array,
 * built in O(rows + ranges)) answers that without the tree.
 */
class MergeIndex {
  private readonly nodes = new Map<number, MergeRange[]>();
  private readonly size: number;
  /** How many ranges cross each row (index = row), for the rows of the used range. */
  private readonly crossings: Int32Array;
  /** The last row asked about and its ranges: a row is read cell by cell, so the same row is asked for again and again. */
  private lastRow = 0;
  private lastRanges: readonly MergeRange[] = [];

  constructor(merges: readonly MergeRange[], rowCount: number, columnCount: number) {
    this.size = Math.max(1, rowCount);
    const delta = new Int32Array(this.size + 2);
    for (const m of merges) {
      // Only the part inside the used range can be read; a range wholly outside it hides nothing.
      if (m.top > rowCount || m.left > columnCount) continue;
      const clipped = { top: m.top, left: m.left, bottom: Math.min(m.bottom, rowCount), right: Math.min(m.right, columnCount) };
      this.insert(clipped, 1, 1, this.size);
      delta[Math.max(1, clipped.top)]!++;
      delta[clipped.bottom + 1]!--;
    }
    for (let r = 1; r <= this.size; r++) delta[r]! += delta[r - 1]!;
    this.crossings = delta;
  }

  private insert(m: MergeRange, node: number, lo: number, hi: number): void {
    if (m.bottom < lo || m.top > hi) return;
    if (m.top <= lo && hi <= m.bottom) {
      let list = this.nodes.get(node);
      if (!list) this.nodes.set(node, (list = []));
      list.push(m);
      return;
    }
    const mid = (lo + hi) >> 1;
    this.insert(m, node * 2, lo, mid);
    this.insert(m, node * 2 + 1, mid + 1, hi);
  }

  /** Whether any range crosses the row. */
  crosses(row: number): boolean {
    return row >= 1 && row <= this.size && this.crossings[row]! > 0;
  }

  /** The ranges crossing a row, by their left column. */
  crossing(row: number): readonly MergeRange[] {
    if (!this.crosses(row)) return [];
    if (row === this.lastRow) return this.lastRanges;
    const found: MergeRange[] = [];
    for (let node = 1, lo = 1, hi = this.size; ;) {
      const list = this.nodes.get(node);
      if (list) found.push(...list);
      if (lo === hi) break;
      const mid = (lo + hi) >> 1;
      if (row <= mid) [node, hi] = [node * 2, mid];
      else [node, lo] = [node * 2 + 1, mid + 1];
    }
    found.sort((a, b) => a.left - b.left);
    this.lastRow = row;
    this.lastRanges = found;
    return found;
  }

  /** The range holding a cell (ranges do not overlap in a valid file: the one starting last at or before the column). */
  at(row: number, col: number): MergeRange | null {
    if (!this.crosses(row)) return null;
    const list = this.crossing(row);
    let lo = 0;
    let hi = list.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.left <= col) [best, lo] = [mid, mid + 1];
      else hi = mid - 1;
    }
    const m = best >= 0 ? list[best]! : null;
    return m && m.right >= col ? m : null;
  }
}

/**
 * Reads a sheet through its merges: a cell inside a merged range reads as the
 * range's top-left value (a category cell merged down over its projects).
 */
export class SheetReader {
  private readonly merges: MergeIndex;

  constructor(readonly grid: SheetGrid) {
    this.merges = new MergeIndex(grid.merges, grid.rowCount, grid.columnCount);
  }

  /** The raw value at a cell, through merges. */
  value(row: number, col: number): GridValue {
    const range = this.merges.at(row, col);
    if (range) return this.grid.cells.get(range.top)?.[range.left] ?? null;
    return this.grid.cells.get(row)?.[col] ?? null;
  }

  /** The merged range a cell lies in, if any. */
  mergeAt(row: number, col: number): MergeRange | null {
    return this.merges.at(row, col);
  }

  /** The value as text ("" for blank), numbers in their shortest decimal form. */
  text(row: number, col: number): string {
    const v = this.value(row, col);
    return v === null ? '' : typeof v === 'number' ? numberText(v) : v;
  }

  /** Columns of a row that may hold a value (its own cells, or every column where a merge crosses it), in order. */
  columns(row: number): number[] {
    if (this.merges.crosses(row)) return Array.from({ length: this.grid.columnCount }, (_, i) => i + 1);
    return columnsOf(this.grid.cells.get(row));
  }

  /** Whether any value of the row (merges included) passes the test; in no particular order, so nothing is sorted. */
  someValue(row: number, test: (value: GridValue) => boolean): boolean {
    if (this.merges.crosses(row)) return this.columns(row).some((c) => test(this.value(row, c)));
    const line = this.grid.cells.get(row);
    if (line)
      for (let c = 1; c < line.length; c++) {
        const v = line[c];
        if (v !== undefined && test(v)) return true;
      }
    return false;
  }

  /** True when the row holds no value in any column (merges included). */
  isBlankRow(row: number): boolean {
    return !this.someValue(row, (v) => typeof v === 'number' || (v !== null && v.trim() !== ''));
  }

  /** The first value of a row that is not blank, as trimmed text; "" for a blank row. */
  firstText(row: number): string {
    for (let c = 1; c <= this.grid.columnCount; c++) {
      const text = this.text(row, c).trim();
      if (text !== '') return text;
    }
    return '';
  }

  /** The note (批注) on a cell, "" when none. */
  note(row: number, col: number): string {
    return this.grid.notes?.get(row)?.get(col) ?? '';
  }

  /** "规划项目表!B6". */
  place(row: number, col: number): string {
    return `${this.grid.name}!${cellAddress(row, col)}`;
  }
}

/**
 * A number read from a file as decimal text, without binary noise: Excel keeps
 * doubles, so 0.1+0.2 arrives as 0.30000000000000004; 15 significant digits is
 * what Excel itself shows.
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const plain = String(n);
  // The shortest form is already clean when it has at most 15 characters (so at most 15 digits).
  if (plain.length <= 15 && !plain.includes('e')) return plain;
  const precise = Number(n.toPrecision(15));
  const s = String(precise);
  if (!/e/i.test(s)) return s;
  // Very small or large: spell it out without an exponent.
  return precise.toFixed(20).replace(/\.?0+$/, '');
}
