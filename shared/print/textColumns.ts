/**
 * How the text columns of a printed table share the width the number columns
 * leave: from the texts themselves, as a typesetter would set them by hand.
 *
 * 1. Every column gets its minimum (a few characters a line).
 * 2. Short texts stay on one line: a column whose usual cell (4 in 5 cells;
 *    in a column of names, every name up to SHORT_EM when most are) is at
 *    most SHORT_EM wide gets that width. Names (项目名称 such as
 *    «第1号帮扶项目», 项目类别: read at a glance, marked `keepWhole`) get it
 *    whenever the long columns keep LONG_ROOM_EM; other short columns (责任
 *    单位, 完成时限…) shortest first, while the table grows no more than a
 *    twentieth taller for it; one that must wrap anyway wraps in halves.
 * 3. The rest goes, a little at a time, to the column where it lowers the
 *    table most (fewer lines in the rows' tallest cells; between equals, the
 *    column with the most wrapped text), so 主要建设内容 takes what is left.
 * 4. No widows: a column whose wrapped text would leave a character or so
 *    alone on its last line («…现金帮扶资» / «金») is narrowed until its lines
 *    are even, with no cell taking more lines; the widest column gets the room.
 *
 * Widths are in mm; text widths in em (see textEm in layout.ts).
 */

/** One text column, measured: each cell's lines (explicit line breaks) as em widths. */
export interface TextDemand {
  readonly minChars: number;
  /** A column of names: its short texts stay on one line even when that makes the table taller. */
  readonly keepWhole: boolean;
  readonly cells: readonly (readonly number[])[];
}

/** Texts up to this many em (CJK characters) are "short": kept on one line when the page allows. */
export const SHORT_EM = 12;
/** The share of a column's cells that decides whether it is short (the odd long one may wrap). */
const USUAL_SHARE = 0.8;
/** Room a long column keeps before names are set on one line, in em (or its widest line, if less). */
const LONG_ROOM_EM = 10;
/** How much taller (in printed lines) the table may grow to keep short texts on one line. */
const SHORT_COST = 1.05;
const STEP_MM = 0.5;
/** Enough rows to judge a column by; a 10,000-project table is judged by an even sample of them. */
const SAMPLE_ROWS = 400;

const widestLine = (lines: readonly number[]): number => lines.reduce((a, b) => Math.max(a, b), 0);

/** The em width below which `share` of the values fall (nearest rank). */
function quantile(values: readonly number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)]!;
}

function sampleRows<T>(rows: readonly T[]): readonly T[] {
  if (rows.length <= SAMPLE_ROWS) return rows;
  return Array.from({ length: SAMPLE_ROWS }, (_, i) => rows[Math.floor((i * rows.length) / SAMPLE_ROWS)]!);
}

interface Lines {
  /** Printed lines of the cell. */
  readonly ceil: number;
  /** The same without rounding up: how much of it wraps. */
  readonly frac: number;
}

/** The table's text, row by row, and how many lines each cell takes at a width. */
class Rows {
  readonly rows: readonly (readonly (readonly number[])[])[];
  constructor(
    columns: readonly TextDemand[],
    private readonly emMm: number,
    private readonly extraMm: number,
  ) {
    const count = columns.reduce((a, c) => Math.max(a, c.cells.length), 0);
    this.rows = sampleRows(Array.from({ length: count }, (_, r) => columns.map((c) => c.cells[r] ?? [])));
  }

  linesAt(lines: readonly number[], widthMm: number): Lines {
    const em = Math.max(1e-6, (widthMm - this.extraMm) / this.emMm);
    let ceil = 0;
    let frac = 0;
    for (const e of lines) {
      ceil += Math.max(1, Math.ceil(e / em - 1e-6));
      frac += Math.max(1, e / em);
    }
    return { ceil, frac };
  }

  /** Printed lines of the whole table: each row as tall as its tallest cell. */
  height(widths: readonly number[]): number {
    return this.rows.reduce((a, row) => a + row.reduce((m, lines, c) => Math.max(m, this.linesAt(lines, widths[c]!).ceil), 0), 0);
  }

  /** Gives `availableMm` less what `widths` hold, step by step, to the column where it lowers the rows most. */
  grow(start: readonly number[], availableMm: number, frozen: ReadonlySet<number> = new Set()): number[] {
    const widths = [...start];
    const rows = this.rows;
    let used = widths.reduce((a, b) => a + b, 0);
    const state = rows.map((row) => row.map((lines, c) => this.linesAt(lines, widths[c]!)));
    while (used + STEP_MM <= availableMm + 1e-9) {
      let best = -1;
      let bestGain = 1e-9;
      for (let c = 0; c < widths.length; c++) {
        if (frozen.has(c)) continue;
        let gain = 0;
        for (let r = 0; r < rows.length; r++) {
          const cells = state[r]!;
          let others = 0;
          let current = 0;
          for (let k = 0; k < cells.length; k++) {
            current = Math.max(current, cells[k]!.ceil);
            if (k !== c) others = Math.max(others, cells[k]!.ceil);
          }
          const next = this.linesAt(rows[r]![c]!, widths[c]! + STEP_MM);
          gain += current - Math.max(others, next.ceil) + 0.001 * (cells[c]!.frac - next.frac);
        }
        if (gain > bestGain) {
          bestGain = gain;
          best = c;
        }
      }
      if (best < 0) break;
      widths[best] = widths[best]! + STEP_MM;
      used += STEP_MM;
      for (let r = 0; r < rows.length; r++) state[r]![best] = this.linesAt(rows[r]![best]!, widths[best]!);
    }
    return widths;
  }
}

/**
 * Widths of the text columns within `availableMm`, each at least its minimum.
 * `fits` is false when even the minimums do not fit (then the minimums are returned).
 * The widths may add up to less than `availableMm` when no column needs more.
 */
export function shareTextWidth(
  columns: readonly TextDemand[],
  availableMm: number,
  emMm: number,
  extraMm: number,
): { widthsMm: number[]; fits: boolean; namesWhole: boolean } {
  const mmOf = (em: number) => em * emMm + extraMm;
  const mins = columns.map((c) => mmOf(c.minChars));
  if (mins.reduce((a, b) => a + b, 0) > availableMm + 1e-9) return { widthsMm: mins, fits: false, namesWhole: false };
  if (columns.length === 0) return { widthsMm: mins, fits: true, namesWhole: true };

  const rows = new Rows(columns, emMm, extraMm);
  const sum = (widths: readonly number[]) => widths.reduce((a, b) => a + b, 0);
  // A column of names keeps every short name whole; other columns their usual text (the odd long one may wrap).
  const usual = columns.map((c) => {
    const widths = c.cells.map(widestLine);
    if (!c.keepWhole) return quantile(widths, USUAL_SHARE);
    const short = widths.filter((w) => w <= SHORT_EM);
    return short.length * 2 >= widths.length ? Math.max(0, ...short) : quantile(widths, USUAL_SHARE);
  });
  const isShort = (i: number) => usual[i]! <= SHORT_EM && mmOf(usual[i]!) > mins[i]! + 1e-9;
  const byWidth = (a: number, b: number) => usual[a]! - usual[b]!;
  const indexes = columns.map((_, i) => i);

  // Names on one line first, while every long column keeps room to read.
  const start = [...mins];
  const longRoom = sum(indexes.filter((i) => usual[i]! > SHORT_EM).map((i) => Math.max(mins[i]!, mmOf(Math.min(LONG_ROOM_EM, usual[i]!)))));
  for (const i of indexes.filter((i) => columns[i]!.keepWhole && isShort(i)).sort(byWidth)) {
    const trial = [...start];
    trial[i] = mmOf(usual[i]!);
    const longNow = sum(indexes.filter((k) => usual[k]! > SHORT_EM).map((k) => trial[k]!));
    if (sum(trial) - longNow + longRoom <= availableMm + 1e-9) start[i] = trial[i]!;
  }
  let widths = rows.grow(start, availableMm);

  // Other short columns on one line, shortest first, while the table stays about as low.
  const limit = rows.height(widths) * SHORT_COST;
  for (const i of indexes.filter((i) => !columns[i]!.keepWhole && isShort(i) && mmOf(usual[i]!) > widths[i]! + 1e-9).sort(byWidth)) {
    start[i] = mmOf(usual[i]!);
    if (sum(start) > availableMm + 1e-9) break;
    const tried = rows.grow(start, availableMm);
    if (rows.height(tried) > limit) break;
    widths = tried;
  }

  // A short text that must wrap anyway wraps in halves («白玉县/发改局», not «白玉县发改/局»); the others get the room.
  const halved = new Set(indexes.filter((i) => !columns[i]!.keepWhole && usual[i]! <= SHORT_EM && mmOf(usual[i]!) > widths[i]! + 1e-9));
  if (halved.size > 0) {
    const next = [...widths];
    for (const i of halved) next[i] = Math.max(mins[i]!, mmOf(Math.ceil(usual[i]! / 2)));
    widths = rows.grow(next, availableMm, halved);
  }
  widths = withoutWidows(columns, widths, mins, emMm, extraMm);
  const namesWhole = indexes.every((i) => !columns[i]!.keepWhole || usual[i]! > SHORT_EM || widths[i]! + 1e-9 >= mmOf(usual[i]!));
  return { widthsMm: widths, fits: true, namesWhole };
}

/** A last line shorter than this (in em) is a widow. */
const WIDOW_EM = 1.5;

/** Step 4: narrows columns whose wrapped cells end in a widow, keeping each cell's line count; the widest column takes the room. */
function withoutWidows(columns: readonly TextDemand[], start: readonly number[], mins: readonly number[], emMm: number, extraMm: number): number[] {
  const widths = [...start];
  const emOf = (mm: number) => (mm - extraMm) / emMm;
  const linesOf = (e: number, w: number) => Math.max(1, Math.ceil(e / w - 1e-6));
  const hasWidow = (c: number, w: number) => columns[c]!.cells.some((lines) => lines.some((e) => linesOf(e, w) > 1 && e - (linesOf(e, w) - 1) * w < WIDOW_EM));
  const widest = widths.indexOf(Math.max(...widths));
  for (let c = 0; c < columns.length; c++) {
    if (c === widest) continue;
    const w = emOf(widths[c]!);
    if (!hasWidow(c, w)) continue;
    // Even lines: each wrapped text's width divided by its line count.
    const candidates = columns[c]!.cells.flatMap((lines) => lines.map((e) => e / linesOf(e, w) + 0.05))
      .filter((x) => x < w && x * emMm + extraMm >= mins[c]!)
      .sort((a, b) => b - a);
    const same = (x: number) => columns[c]!.cells.every((lines) => lines.every((e) => linesOf(e, x) <= linesOf(e, w)));
    const better = candidates.find((x) => same(x) && !hasWidow(c, x));
    if (better === undefined) continue;
    const freed = widths[c]! - (better * emMm + extraMm);
    widths[c] = widths[c]! - freed;
    widths[widest] = widths[widest]! + freed;
  }
  return widths;
}
