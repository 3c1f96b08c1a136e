import { PAGE_MARGINS_MM } from './styles.ts';

export type Orientation = 'portrait' | 'landscape';

/** Width of the 版心 (the printable area) of an A4 page, in mm. */
export function contentWidthMm(orientation: Orientation): number {
  const g = PAGE_MARGINS_MM[orientation];
  return (orientation === 'portrait' ? 210 : 297) - g.left - g.right;
}

const PT_TO_MM = 25.4 / 72;
/** Cell padding plus borders, left and right, in mm (see styles: 1mm padding each side). */
const CELL_EXTRA_MM = 2.6;

/** A column that must fit its widest number (amounts, years) on one line. */
export interface NumberColumn {
  readonly kind: 'number';
  /** Width of the widest text in the column, in em (see textEm). */
  readonly em: number;
}
/** A column of wrapping text that takes a share of what is left. */
export interface TextColumn {
  readonly kind: 'text';
  readonly weight: number;
  /** The fewest CJK characters a line of it may hold. */
  readonly minChars: number;
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
const textMinMm = (chars: number, fontPt: number) => chars * fontPt * PT_TO_MM + CELL_EXTRA_MM;

/** Column widths and font size that fit a table into `widthMm`; `fits` is false when even the smallest font overflows. */
export interface FittedColumns {
  readonly widthsMm: readonly number[];
  readonly fontPt: number;
  readonly fits: boolean;
}

/**
 * Shares a page width among columns: number columns get exactly what their
 * widest value needs, text columns share the rest by weight (never below
 * their minimum). Tries each font size in turn, largest first.
 */
export function fitColumns(specs: readonly ColumnSpec[], widthMm: number, fontSizes: readonly number[]): FittedColumns {
  let last: FittedColumns | null = null;
  for (const fontPt of fontSizes) {
    const fixed = specs.map((s) => (s.kind === 'number' ? numberWidthMm(s.em, fontPt) : 0));
    const mins = specs.map((s) => (s.kind === 'text' ? textMinMm(s.minChars, fontPt) : 0));
    const needed = fixed.reduce((a, b) => a + b, 0) + mins.reduce((a, b) => a + b, 0);
    const left = widthMm - fixed.reduce((a, b) => a + b, 0);
    const weights = specs.reduce((a, s) => a + (s.kind === 'text' ? s.weight : 0), 0);
    const widthsMm = specs.map((s, i) => (s.kind === 'number' ? fixed[i]! : Math.max(mins[i]!, weights > 0 ? (left * s.weight) / weights : 0)));
    // Text columns that hit their minimum take from the others: rescale the remainder once.
    const over = widthsMm.reduce((a, b) => a + b, 0) - widthMm;
    if (over > 0 && needed <= widthMm) {
      const flexible = specs.map((s, i) => (s.kind === 'text' ? widthsMm[i]! - mins[i]! : 0));
      const room = flexible.reduce((a, b) => a + b, 0);
      specs.forEach((_, i) => {
        if (room > 0) widthsMm[i] = widthsMm[i]! - (over * flexible[i]!) / room;
      });
    }
    // Only number columns: they share out what is left in proportion, so the table spans the page.
    const sum = widthsMm.reduce((a, b) => a + b, 0);
    if (weights === 0 && sum > 0 && sum < widthMm) widthsMm.forEach((w, i) => (widthsMm[i] = (w * widthMm) / sum));
    last = { widthsMm, fontPt, fits: needed <= widthMm };
    if (last.fits) return last;
  }
  return last ?? { widthsMm: specs.map(() => 0), fontPt: 10, fits: false };
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
