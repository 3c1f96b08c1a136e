/**
 * One worksheet's XML into a SheetGrid, streaming: cell values (shared,
 * inline and formula strings, numbers, booleans, dates when the cell's style
 * says so), cells that cannot be values (`unreadable`: errors such as
 * #DIV/0!, formulas without a cached result, numbers out of range), and
 * merged ranges kept as ranges. Rows, cells and text length are counted as
 * they are read, so a limit stops the read where it is passed. Everything
 * else in the sheet (validations, conditional formats, drawings) is skipped.
 */
import { parseRange, type GridValue, type MergeRange, type SheetGrid } from '../../../shared/import/grid.ts';
import { cellNumber } from './cellNumber.ts';
import { decodeEscapes } from './readParts.ts';
import { overLimit, readPart, type ReadBudget } from './xmlPart.ts';
import type { ZipIndex } from './zipCheck.ts';

/** What the sheet reader needs from the rest of the workbook. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** Whether cell style number i formats a date. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  notes: ReadonlyMap<number, ReadonlyMap<number, string>>;
  /** Cells read so far in the workbook, for the workbook-wide cell limit. */
  cellsSoFar: number;
}

const enum Capture {
  None,
  Value,
  Inline,
  Formula,
}

/** Column and row of "B6" (2 and 6) into `at`, read from text[start, end); 0 for a part that is missing. No regex and no copy: this runs for every cell. */
function parseRef(text: string, start: number, end: number, at: { col: number; row: number }): void {
  let col = 0;
  let row = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else if (code >= 48 && code <= 57) row = row * 10 + code - 48;
  }
  at.col = col;
  at.row = row;
}

/** A style index from text[start, end); -1 (no style, so no date) for anything but digits. */
function parseStyle(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57 || n > 1e9) return -1;
    n = n * 10 + code - 48;
  }
  return n;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** An Excel serial date as "2020-11-30", null when it is no date JavaScript can hold (ExcelJS's own conversion). */
function serialDate(serial: number, date1904: boolean): string | null {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

export function readSheet(bytes: Uint8Array, zip: ZipIndex, part: string, name: string, budget: ReadBudget, context: SheetContext): SheetGrid {
  const limits = budget.limits;
  const cells = new Map<number, (GridValue | undefined)[]>();
  const unreadable = new Map<number, Map<number, string>>();
  const merges: MergeRange[] = [];
  let rowCount = 0;
  let columnCount = 0;
  let rowsWithContent = 0;

  const at = { col: 0, row: 0 };
  let inSheetData = false;
  let inMergeCells = false;
  let row = 0;
  let rowCounted = false;
  let col = 0;
  // The cell being read.
  let type = '';
  let style = 0;
  let hasValue = false;
  let hasFormula = false;
  let inInline = 0;
  let inPhonetic = 0;
  let capture = Capture.None;
  let value = '';
  let formula = '';
  let inline = '';

  /** Reads a cell's r="B6" into `at`; false when it is empty. */
  const readRef = (text: string, start: number, end: number) => {
    if (end === start) return false;
    parseRef(text, start, end, at);
    return true;
  };
  const tooLong = () => overLimit(`工作表“${name}”单元格文字超过${limits.cellChars}个字符`);

  const place = () => {
    if (!rowCounted) {
      rowCounted = true;
      rowsWithContent++;
      if (rowsWithContent > limits.rows) throw overLimit(`工作表“${name}”超过${limits.rows}行`);
    }
    if (++context.cellsSoFar > limits.cells) throw overLimit(`超过${limits.cells}个有内容的单元格`);
    if (row > rowCount) rowCount = row;
    if (col > columnCount) columnCount = col;
  };
  // The row being filled: cells come row by row, so it is looked up once per row, not once per cell.
  let line: (GridValue | undefined)[] | null = null;
  let lineRow = 0;
  const put = (v: GridValue) => {
    if (v === null || v === '') return;
    place();
    if (lineRow !== row || line === null) {
      lineRow = row;
      line = cells.get(row) ?? null;
      if (line === null) cells.set(row, (line = []));
    }
    line[col] = v;
  };
  const bad = (text: string) => {
    place();
    let line = unreadable.get(row);
    if (!line) unreadable.set(row, (line = new Map()));
    line.set(col, text);
  };
  const number = (text: string) => {
    const trimmed = text.trim();
    const n = cellNumber(trimmed);
    if (!Number.isFinite(n) || trimmed === '') return bad(text);
    if (context.dateStyles[style]) {
      const date = serialDate(n, context.date1904);
      return date === null ? bad(text) : put(date);
    }
    put(n);
  };

  const finishCell = () => {
    // openpyxl writes a formula it never calculated as <v></v>.
    if ((!hasValue || (value === '' && type !== 'str')) && type !== 'inlineStr') {
      if (hasFormula) bad(formula === '' ? '公式无缓存结果' : `公式无缓存结果：=${formula}`);
      return;
    }
    switch (type) {
      case 's': {
        const s = context.sharedStrings[Number(value)];
        return s === undefined ? bad(`共享字符串${value}不存在`) : put(s);
      }
      case 'str':
        return put(value);
      case 'inlineStr':
        return put(decodeEscapes(hasValue && inline === '' ? value : inline));
      case 'b':
        return put(value.trim() === '1' || value.trim() === 'true' ? 'TRUE' : 'FALSE');
      case 'e':
        return bad(value);
      case 'd': {
        const date = new Date(value);
        return Number.isNaN(date.getTime()) ? bad(value) : put(date.toISOString().slice(0, 10));
      }
      default:
        return number(value);
    }
  };

  readPart(bytes, zip, part, budget, {
    open(tag, attributes) {
      if (inSheetData) {
        if (tag === 'c') {
          if (attributes.read('r', readRef)) {
            col = at.col;
            if (at.row > 0 && at.row !== row) {
              row = at.row;
              rowCounted = false;
            }
          } else col++;
          if (col < 1 || col > MAX_COL || row < 1 || row > MAX_ROW) throw overLimit(`工作表“${name}”的单元格位置超出Excel的范围`);
          type = attributes.get('t') ?? '';
          style = attributes.read('s', parseStyle) ?? 0;
          hasValue = hasFormula = false;
          value = formula = inline = '';
          inInline = inPhonetic = 0;
        } else if (tag === 'v') {
          hasValue = true;
          capture = Capture.Value;
        } else if (tag === 'f') {
          hasFormula = true;
          capture = Capture.Formula;
        } else if (tag === 'is') {
          inInline++;
        } else if (tag === 'rPh') {
          inPhonetic++;
        } else if (tag === 't' && inInline > 0 && inPhonetic === 0) {
          capture = Capture.Inline;
        } else if (tag === 'row') {
          const r = attributes.get('r');
          row = r ? Number(r) : row + 1;
          if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) throw overLimit(`工作表“${name}”的行号超出Excel的范围`);
          rowCounted = false;
          col = 0;
          if ((row & 1023) === 0) budget.checkTime();
        }
      } else if (tag === 'sheetData') {
        inSheetData = true;
      } else if (tag === 'mergeCells') {
        inMergeCells = true;
      } else if (inMergeCells && tag === 'mergeCell') {
        const range = parseRange(attributes.get('ref') ?? '');
        if (!range) return;
        if (merges.length >= limits.merges) throw overLimit(`工作表“${name}”的合并单元格超过${limits.merges}个`);
        merges.push(range);
      }
    },
    close(tag) {
      if (inSheetData) {
        if (tag === 'v' || tag === 'f' || tag === 't') capture = Capture.None;
        else if (tag === 'c') finishCell();
        else if (tag === 'is') inInline--;
        else if (tag === 'rPh') inPhonetic--;
        else if (tag === 'sheetData') inSheetData = false;
      } else if (tag === 'mergeCells') {
        inMergeCells = false;
      }
    },
    text(text) {
      switch (capture) {
        case Capture.None:
          return;
        case Capture.Value:
          value += text;
          if (value.length > limits.cellChars) throw tooLong();
          return;
        case Capture.Inline:
          inline += text;
          if (inline.length > limits.cellChars) throw tooLong();
          return;
        case Capture.Formula:
          formula += text;
          if (formula.length > limits.cellChars) throw tooLong();
      }
    },
  });

  const { clipped, removed } = clipMerges(merges, rowCount, columnCount, cells, unreadable);
  // The used range once the values merges hide are gone (counted while reading, unless a merge hid some).
  if (removed) {
    rowCount = columnCount = 0;
    for (const [r, values] of cells) {
      rowCount = Math.max(rowCount, r);
      columnCount = Math.max(columnCount, lastColumn(values));
    }
    for (const [r, texts] of unreadable) {
      rowCount = Math.max(rowCount, r);
      for (const c of texts.keys()) columnCount = Math.max(columnCount, c);
    }
  }
  const sheetNotes = context.notes;
  return {
    name,
    rowCount,
    columnCount,
    cells,
    // A range wholly outside the used range hides nothing and shows nothing.
    merges: clipped
      .filter((m) => m.top <= rowCount && m.left <= columnCount)
      .map((m) => ({ ...m, bottom: Math.min(m.bottom, rowCount), right: Math.min(m.right, columnCount) })),
    ...(sheetNotes.size > 0 ? { notes: sheetNotes } : {}),
    ...(unreadable.size > 0 ? { unreadable } : {}),
  };
}

/**
 * Merged ranges clipped to the used range (a merge over A1:XFD1048576 becomes
 * the used part of it), and the values a merge hides removed: Excel shows only
 * the top-left cell of a range. Work is bounded by the cells that exist, never
 * by the area of a range.
 */
function clipMerges(
  merges: readonly MergeRange[],
  rowCount: number,
  columnCount: number,
  cells: Map<number, (GridValue | undefined)[]>,
  unreadable: Map<number, Map<number, string>>,
): { clipped: MergeRange[]; removed: boolean } {
  const out: MergeRange[] = [];
  let removed = false;
  const hidden = (range: MergeRange, r: number, c: number) => c >= range.left && c <= range.right && !(r === range.top && c === range.left);
  for (const m of merges) {
    const range = { top: m.top, left: m.left, bottom: Math.min(m.bottom, Math.max(rowCount, m.top)), right: Math.min(m.right, Math.max(columnCount, m.left)) };
    out.push(range);
    for (const r of rowsWithin(cells, range)) {
      const values = cells.get(r)!;
      for (let c = range.left; c <= range.right && c < values.length; c++) {
        if (values[c] === undefined || !hidden(range, r, c)) continue;
        values[c] = undefined;
        removed = true;
      }
      if (lastColumn(values) === 0) cells.delete(r);
    }
    for (const r of rowsWithin(unreadable, range)) {
      const texts = unreadable.get(r)!;
      for (const c of [...texts.keys()]) if (hidden(range, r, c)) removed = texts.delete(c) || removed;
      if (texts.size === 0) unreadable.delete(r);
    }
  }
  return { clipped: out, removed };
}

/** The rows of a grid inside a range's rows, by whichever is fewer: the range's rows or the grid's. */
function rowsWithin(grid: ReadonlyMap<number, unknown>, range: MergeRange): number[] {
  const rows =
    range.bottom - range.top + 1 <= grid.size ? rowRange(range.top, range.bottom) : [...grid.keys()].filter((r) => r >= range.top && r <= range.bottom);
  return rows.filter((r) => grid.has(r));
}

/** The last column of a row that holds a value; 0 when none does. */
function lastColumn(values: readonly (GridValue | undefined)[]): number {
  for (let c = values.length - 1; c >= 1; c--) if (values[c] !== undefined) return c;
  return 0;
}

function rowRange(top: number, bottom: number): number[] {
  return Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
}
