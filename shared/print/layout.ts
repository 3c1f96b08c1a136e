import { PAGE_MARGINS_MM } from './styles.ts';
import { shareTextWidth, type TextDemand } from './textColumns.ts';

export type Orientation = 'portrait' | 'landscape';

/** Width of the 版心 (the printable area) of an A4 page, in mm. */
export function contentWidthMm(orientation: Orientation): number {
  const g = PAGE_MARGINS_MM[orientation];
  return (orientation === 'portrait' ? 210 : 297) - g.left - g.right;
}

export const PT_TO_MM = 25.4 / 72;
/** Cell padding plus borders, left and right, in mm (see styles: 1mm padding each side). */
export const CELL_EXTRA_MM = 2.6;

/** A column that must fit its widest number (amounts, years) on one line. */
export interface NumberColumn {
  readonly kind: 'number';
  /** Width of the widest text in the column, in em (see textEm). */
  readonly em: number;
}
/** A column of wrapping text: its width comes from its own texts (see textColumns.ts). */
export interface TextColumn {
  readonly kind: 'text';
  /** The column's cell texts; a line break in a text is a line break in print. */
  readonly texts: readonly string[];
  /** The fewest CJK characters a line of it may hold. */
  readonly minChars: number;
  /** Names (项目名称, 项目类别): short ones stay on one line even when the table gets taller for it. */
  readonly keepWhole?: boolean;
}
export type ColumnSpec = NumberColumn | TextColumn;

/**
 * Estimated width of a text in em: digits about 0.58em in Noto CJK's
 * Latin part (half-width in 仿宋_GB2312), comma and point 0.32em, % 0.85em,
 * CJK characters 1em. Errs wide, never narrow.
 */
export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) em += /[0-9]/.test(ch) ? 0.58 : /[,.-]/.test(ch) ? 0.32 : ch === '%' ? 0.85 : /[\x20-\x7e]/.test(ch) ? 0.6 : 1;
  return em;
}

/** Width in mm of a one-line text `em` wide at `fontPt`, with the cell's padding and borders. */
export const numberWidthMm = (em: number, fontPt: number): number => em * fontPt * PT_TO_MM + CELL_EXTRA_MM;

/** How far below its largest size a table's font may go to keep its names on one line. */
const NAME_FONT_GIVE_PT = 1;

/** Column widths and font size that fit a table into `widthMm`; `fits` is false when even the smallest font overflows. */
export interface FittedColumns {
  readonly widthsMm: readonly number[];
  readonly fontPt: number;
  readonly fits: boolean;
  /** Every short text of a column of names (keepWhole) is on one line. */
  readonly namesWhole: boolean;
}

/** A text column's texts measured once: the em width of every line of every cell. */
export function textDemand(column: TextColumn): TextDemand {
  return { minChars: column.minChars, keepWhole: column.keepWhole ?? false, cells: column.texts.map((t) => t.split('\n').map(textEm)) };
}

/**
 * Shares a page width among columns: number columns get exactly what their
 * widest value needs; text columns get what their own texts ask for (short
 * texts such as names kept on one line, long ones taking the rest so rows
 * stay low, see shareTextWidth); what no column needs is spread over all of
 * them so the table spans the 版心. Tries each font size in turn, largest first.
 */
export function fitColumns(specs: readonly ColumnSpec[], widthMm: number, fontSizes: readonly number[]): FittedColumns {
  const demands = specs.map((s) => (s.kind === 'text' ? textDemand(s) : null));
  let firstFitting: FittedColumns | null = null;
  let last: FittedColumns | null = null;
  for (const fontPt of fontSizes) {
    if (firstFitting && fontPt < fontSizes[0]! - NAME_FONT_GIVE_PT) return firstFitting;
    const emMm = fontPt * PT_TO_MM;
    const fixed = specs.map((s) => (s.kind === 'number' ? numberWidthMm(s.em, fontPt) : 0));
    const fixedSum = fixed.reduce((a, b) => a + b, 0);
    const text = demands.filter((d): d is TextDemand => d !== null);
    const shared = shareTextWidth(text, widthMm - fixedSum, emMm, CELL_EXTRA_MM);
    let t = 0;
    const widthsMm = specs.map((s, i) => (s.kind === 'number' ? fixed[i]! : shared.widthsMm[t++]!));
    // What no column asks for is spread in proportion, so the table spans the page.
    const sum = widthsMm.reduce((a, b) => a + b, 0);
    if (shared.fits && sum > 0 && sum < widthMm) widthsMm.forEach((w, i) => (widthsMm[i] = (w * widthMm) / sum));
    last = { widthsMm, fontPt, fits: shared.fits, namesWhole: shared.namesWhole };
    // A slightly smaller font (by NAME_FONT_GIVE_PT) is better than a name broken in two; much smaller is not.
    if (last.fits && last.namesWhole) return last;
    if (last.fits) firstFitting ??= last;
  }
  return firstFitting ?? last ?? { widthsMm: specs.map(() => 0), fontPt: 10, fits: false, namesWhole: false };
}

/** A table's opening tag and <colgroup>: its width is the sum of the columns, so the fixed layout keeps them exactly. */
export function openTable(className: string, fitted: FittedColumns): string {
  const width = fitted.widthsMm.reduce((a, b) => a + b, 0);
  const cols = fitted.widthsMm.map((w) => `<col style="width:${w.toFixed(2)}mm">`).join('');
  return `<table class="grid ${className}" style="font-size:${fitted.fontPt}pt;width:${width.toFixed(2)}mm"><colgroup>${cols}</colgroup>`;
}

/** Width in em of the widest of these texts, at least `atLeast`. */
export const widest = (texts: Iterable<string>, atLeast = 0): number => {
  let max = atLeast;
  for (const t of texts) max = Math.max(max, textEm(t));
  return max;
};
