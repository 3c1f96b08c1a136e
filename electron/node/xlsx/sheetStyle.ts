import type ExcelJS from 'exceljs';
import type { Decimal } from '../../../shared/money/decimal.ts';
import type { Wan } from '../../../shared/money/wan.ts';
import type { DraftCell, SheetDraft } from './sheetDraft.ts';

/** Fonts by name with the GB2312 charset and no theme scheme, so Excel and WPS do not swap in the theme font. */
export const FONTS = {
  title: { name: '黑体', charset: 134, size: 16 },
  header: { name: '黑体', charset: 134, size: 11 },
  body: { name: '仿宋', charset: 134, size: 11 },
} as const satisfies Record<string, Partial<ExcelJS.Font>>;

export const MONEY_FORMAT = '#,##0.00';
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Display width of text in Excel character units: CJK and full-width characters take two. */
export function textWidth(text: string): number {
  let widest = 0;
  let w = 0;
  // Char codes, not a regex per character: this runs over every cell of a 10,000-project export.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      widest = Math.max(widest, w);
      w = 0;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      // second half of a surrogate pair: counted with the first
    } else {
      const wide =
        (c >= 0x1100 && c <= 0x115f) ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xd800 && c <= 0xdbff) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xfe30 && c <= 0xfe4f) ||
        (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6);
      w += wide ? 2 : 1;
    }
  }
  return Math.max(widest, w);
}

/**
 * One style object per kind of cell, shared by every cell of that kind:
 * ExcelJS recognises a style it has seen by object identity, so 100,000
 * cells cost a handful of styles instead of 100,000 (time and memory). A
 * cell's style is therefore only ever replaced whole, never edited in place.
 */
const TEXT_ALIGN: Partial<ExcelJS.Alignment> = { vertical: 'middle', horizontal: 'left', wrapText: true };
export const STYLES = {
  text: { numFmt: '@', font: FONTS.body, border: BORDER, alignment: TEXT_ALIGN },
  textHeaderFont: { numFmt: '@', font: FONTS.header, border: BORDER, alignment: TEXT_ALIGN },
  header: { font: FONTS.header, border: BORDER, alignment: { vertical: 'middle', horizontal: 'center', wrapText: true } },
  number: { font: FONTS.body, border: BORDER, alignment: { vertical: 'middle', horizontal: 'center' } },
  money: { numFmt: MONEY_FORMAT, font: FONTS.body, border: BORDER, alignment: { vertical: 'middle', horizontal: 'right' } },
  percent: { numFmt: '0.00%', font: FONTS.body, border: BORDER, alignment: { vertical: 'middle', horizontal: 'right' } },
  title: { font: FONTS.title, alignment: { vertical: 'middle', horizontal: 'center', wrapText: true } },
  line: { font: FONTS.body, alignment: { vertical: 'middle', horizontal: 'left' } },
  unitLine: { font: FONTS.body, alignment: { vertical: 'middle', horizontal: 'right' } },
} as const satisfies Record<string, Partial<ExcelJS.Style>>;

/**
 * Writes user or file text as text, never as a formula: ExcelJS stores a
 * string as a shared string (a cell reading "=HYPERLINK(…)" stays those
 * characters), and the text number format keeps Excel from re-reading it when
 * a partner edits the cell.
 */
export function setText(cell: DraftCell, text: string, style: Partial<ExcelJS.Style> = STYLES.text): void {
  cell.value = text === '' ? null : text;
  cell.style = style;
}

/** A header cell: 黑体, centred, wrapped, bordered. */
export function setHeader(cell: DraftCell, text: string): void {
  cell.value = text;
  cell.style = STYLES.header;
}

/** A number that is not money (序号, a year). */
export function setNumber(cell: DraftCell, value: number | null): void {
  cell.value = value;
  cell.style = STYLES.number;
}

/**
 * An amount in 万元. The file keeps doubles, so the decimal string becomes a
 * number only here, at the file's edge; every value written has at most 15
 * significant digits and two decimals, which a double holds exactly enough
 * to read back as the same decimal.
 */
export function setMoney(cell: DraftCell, value: Wan | null): void {
  cell.value = value === null ? null : Number(value);
  cell.style = STYLES.money;
}

/** A live formula with its cached result, so every program shows the total at once and recomputes on edits. */
export function setFormula(cell: DraftCell, formula: string, result: Decimal, style: Partial<ExcelJS.Style> = STYLES.money): void {
  cell.value = { formula, result: result.toNumber() } as ExcelJS.CellFormulaValue;
  cell.style = style;
}

/** Merged title over the table's width, then the 单位：万元 line. Returns the next free row. */
export function writeTitle(ws: SheetDraft, title: string, columns: number, extraLines: readonly string[] = []): number {
  ws.mergeCells(1, 1, 1, columns);
  const t = ws.getCell(1, 1);
  t.value = title;
  t.style = STYLES.title;
  ws.getRow(1).height = 32;
  let row = 2;
  for (const line of [...extraLines, '单位：万元']) {
    ws.mergeCells(row, 1, row, columns);
    const c = ws.getCell(row, 1);
    c.value = line;
    c.style = line === '单位：万元' ? STYLES.unitLine : STYLES.line;
    row++;
  }
  return row;
}

/** Characters of a number shown as "#,##0.00" (a width, not an amount: no money arithmetic here). */
function shownNumberWidth(n: number): number {
  const digits = String(Math.trunc(Math.abs(n))).length;
  return digits + Math.floor((digits - 1) / 3) + 3 + (n < 0 ? 1 : 0);
}

/** Column widths that fit the widest line of each column (CJK counted double), within bounds. */
export function fitColumns(ws: SheetDraft, fromRow: number, bounds: (col: number) => { min: number; max: number }): void {
  const widths = new Map<number, number>();
  ws.eachRow((row, r) => {
    if (r < fromRow) return;
    row.eachCell((cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const v = cell.value;
      let w = 0;
      if (typeof v === 'string') w = textWidth(v);
      else if (typeof v === 'number') w = shownNumberWidth(v);
      else if (v && typeof v === 'object' && 'result' in v) w = shownNumberWidth(Number(v.result ?? 0));
      widths.set(c, Math.max(widths.get(c) ?? 0, w + 2));
    });
  });
  for (const [c, w] of widths) {
    const { min, max } = bounds(c);
    ws.getColumn(c).width = Math.min(max, Math.max(min, w));
  }
}

/** A4 landscape, one page wide, header rows on every page, centred, 第 n 页 共 m 页 in the footer. */
export function applyPrintSetup(ws: SheetDraft, titleRows: string): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9 as ExcelJS.PageSetup['paperSize'],
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: titleRows,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: '&C第 &P 页 共 &N 页' };
}

/** Points per line of 11-pt CJK text, with the cell's padding. */
const LINE_HEIGHT = 14;

/**
 * Row heights that show every wrapped line: Excel and LibreOffice keep the
 * default height for rows written by a program, so long text would overlap.
 * Lines are counted per cell from its column width (CJK counted double).
 */
export function fitRowHeights(ws: SheetDraft, fromRow: number): void {
  ws.eachRow((row, r) => {
    if (r < fromRow) return;
    let lines = 1;
    row.eachCell((cell, c) => {
      if (typeof cell.value !== 'string' || (cell.isMerged && cell.master !== cell)) return;
      const width = Math.max(1, (ws.getColumn(c).width ?? 10) - 1);
      let count = 0;
      for (const line of cell.value.split('\n')) count += Math.max(1, Math.ceil(textWidth(line) / width));
      lines = Math.max(lines, count);
    });
    if (lines > 1) row.height = lines * LINE_HEIGHT + 3;
  });
}
