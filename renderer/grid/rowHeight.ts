/** Line height of wrapped cell text and the grid's row height, in CSS pixels (see styles.css .cell-wrap, grid theme). */
export const LINE_PX = 18;
export const ROW_PX = 26;
const PADDING_PX = 8;
const CELL_PADDING_PX = 12;
/** Most lines a row grows to; the editor shows the rest. */
const MAX_LINES = 8;

/** Width of text in pixels at 13px: CJK and full-width characters ≈ 13px, others ≈ 7px. */
function textWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += ch.charCodeAt(0) > 0x2e7f ? 13 : 7;
  return w;
}

/** Lines a text takes when wrapped in a column of `width` px (explicit line breaks included). */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(20, width - CELL_PADDING_PX);
  let lines = 0;
  for (const line of text.split('\n')) lines += Math.max(1, Math.ceil(textWidth(line) / usable));
  return lines;
}

/**
 * The height of a row whose long-text cells wrap: estimated from the text
 * (no DOM measuring, unlike AG Grid's autoHeight, so 10,000-row tables stay
 * fast to edit), capped at MAX_LINES.
 */
export function rowHeightFor(cells: readonly { text: string; width: number }[]): number {
  const lines = Math.min(MAX_LINES, Math.max(1, ...cells.map((c) => wrappedLines(c.text, c.width))));
  return lines === 1 ? ROW_PX : lines * LINE_PX + PADDING_PX;
}
