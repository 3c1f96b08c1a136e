import { columnLetters } from '../../../shared/export/workbookFormat.ts';
import { ROW_ID_HEADER, rowIdText, type RowKind } from '../../../shared/import/rowIdentity.ts';
import type { SheetDraft } from './sheetDraft.ts';
import { STYLES, setHeader, setText } from './sheetStyle.ts';

/** Wide enough to read an id when the column is shown again (ids are short). */
const ID_COLUMN_WIDTH = 14;

/**
 * Adds the hidden 行标识 column at the right of a finished table: its header
 * over the header rows, `P:<id>` / `C:<id>` on each row that is a project or
 * category, nothing on 小计/合计 rows. The print area stops left of it, so
 * the printed annex is as before. See shared/import/rowIdentity.ts for why a
 * hidden column (it moves with its row through sorting, insertion and
 * deletion, in Excel, WPS and LibreOffice alike).
 */
export function writeRowIdColumn(
  ws: SheetDraft,
  col: number,
  header: { top: number; bottom: number },
  rows: readonly { row: number; kind: RowKind; id: string }[],
): void {
  if (header.bottom > header.top) ws.mergeCells(header.top, col, header.bottom, col);
  setHeader(ws.getCell(header.top, col), ROW_ID_HEADER);
  for (let r = header.top + 1; r <= header.bottom; r++) ws.getCell(r, col).style = STYLES.header;
  let last = header.bottom;
  for (const { row, kind, id } of rows) {
    setText(ws.getCell(row, col), rowIdText(kind, id));
    last = Math.max(last, row);
  }
  for (const r of ws.rows.keys()) last = Math.max(last, r);
  ws.getColumn(col).width = ID_COLUMN_WIDTH;
  ws.hiddenColumns.add(col);
  ws.pageSetup = { ...ws.pageSetup, printArea: `A1:${columnLetters(col - 1)}${last}` };
}
