/**
 * A worksheet as plain data, the form the pure importer reads: values of the
 * cells that hold one (a merged range keeps its value in its top-left cell
 * only) and the merged ranges. Rows and columns count from 1, as in Excel.
 * The Node reader builds it from ExcelJS; tests may build it by hand.
 */

/** What a cell holds once formulas are replaced by their cached results. */
export type GridValue = string | number | null;

/** A merged range, both corners included, 1-based. */
export interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetGrid {
  readonly name: string;
  /** Last used row and column (1-based). */
  readonly rowCount: number;
  readonly columnCount: number;
  /** cells.get(row)?.get(col); only cells with a value. */
  readonly cells: ReadonlyMap<number, ReadonlyMap<number, GridValue>>;
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

/** "A", "Z", "AA" for column 1, 26, 27. */
export function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
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
  const cells = new Map<number, Map<number, GridValue>>();
  let columnCount = 0;
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === '') return;
      let line = cells.get(r + 1);
      if (!line) cells.set(r + 1, (line = new Map()));
      line.set(c + 1, value);
      columnCount = Math.max(columnCount, c + 1);
    });
  });
  return { name, rowCount: rows.length, columnCount, cells, merges: merges.map((m) => parseRange(m)).filter((m): m is MergeRange => m !== null) };
}

/**
 * Reads a sheet through its merges: a cell inside a merged range reads as the
 * range's top-left value (a category cell merged down over its projects).
 */
export class SheetReader {
  // Keyed by row * 20000 + col (Excel has at most 16,384 columns): no string per lookup.
  private readonly masterOf = new Map<number, { row: number; col: number; range: MergeRange }>();
  private readonly mergedRows = new Set<number>();

  constructor(readonly grid: SheetGrid) {
    for (const range of grid.merges) {
      for (let r = range.top; r <= range.bottom; r++) {
        this.mergedRows.add(r);
        for (let c = range.left; c <= range.right; c++) this.masterOf.set(r * 20000 + c, { row: range.top, col: range.left, range });
      }
    }
  }

  /** The raw value at a cell, through merges. */
  value(row: number, col: number): GridValue {
    if (this.mergedRows.has(row)) {
      const master = this.masterOf.get(row * 20000 + col);
      if (master) return this.grid.cells.get(master.row)?.get(master.col) ?? null;
    }
    return this.grid.cells.get(row)?.get(col) ?? null;
  }

  /** The merged range a cell lies in, if any. */
  mergeAt(row: number, col: number): MergeRange | null {
    return this.mergedRows.has(row) ? (this.masterOf.get(row * 20000 + col)?.range ?? null) : null;
  }

  /** The value as text ("" for blank), numbers in their shortest decimal form. */
  text(row: number, col: number): string {
    const v = this.value(row, col);
    return v === null ? '' : typeof v === 'number' ? numberText(v) : v;
  }

  /** Columns of a row that may hold a value (its own cells, or every column where a merge crosses it), in order. */
  columns(row: number): number[] {
    if (this.mergedRows.has(row)) return Array.from({ length: this.grid.columnCount }, (_, i) => i + 1);
    return [...(this.grid.cells.get(row)?.keys() ?? [])].sort((a, b) => a - b);
  }

  /** Whether any value of the row (merges included) passes the test; in no particular order, so nothing is sorted. */
  someValue(row: number, test: (value: GridValue) => boolean): boolean {
    if (this.mergedRows.has(row)) return this.columns(row).some((c) => test(this.value(row, c)));
    const line = this.grid.cells.get(row);
    if (line) for (const v of line.values()) if (test(v)) return true;
    return false;
  }

  /** True when the row holds no value in any column (merges included). */
  isBlankRow(row: number): boolean {
    return !this.someValue(row, (v) => typeof v === 'number' || (v !== null && v.trim() !== ''));
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
