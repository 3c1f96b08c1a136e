import type ExcelJS from 'exceljs';
import { parseRange, type GridValue, type MergeRange, type SheetGrid, type WorkbookGrid } from '../../../shared/import/grid.ts';

/**
 * A cell's value as the importer needs it: formulas through their cached
 * result (ExcelJS drops a cached 0 from `value`, so `result` is read), rich
 * text joined, hyperlinks by their text, dates as "2020-11-30", errors blank.
 */
export function gridValue(value: ExcelJS.CellValue): GridValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // A date number no calendar holds (ExcelJS makes an Invalid Date of it): no value.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && 'error' in (result as object)) return null;
      return gridValue(result as ExcelJS.CellValue);
    }
    if ('text' in value && 'hyperlink' in value) return gridValue((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
    if ('error' in value) return null;
  }
  return null;
}

/** The plain grid of one worksheet: values of the cells that hold one (merge masters only) and the merged ranges. */
export function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const cells = new Map<number, (GridValue | undefined)[]>();
  const notes = new Map<number, Map<number, string>>();
  let rowCount = 0;
  let columnCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const line: (GridValue | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      if (cell.note) {
        const note = noteText(cell.note);
        if (note !== '') {
          let noteLine = notes.get(r);
          if (!noteLine) notes.set(r, (noteLine = new Map()));
          noteLine.set(c, note);
        }
      }
      const raw = cell.value;
      // A formula reads as its cached result; cell.result keeps a cached 0 that cell.value drops (ExcelJS #2943).
      const isFormula = raw !== null && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw);
      const v = typeof raw === 'number' || typeof raw === 'string' ? raw : isFormula ? gridValue((cell.result ?? null) as ExcelJS.CellValue) : gridValue(raw);
      if (v === null || v === '' || (typeof v === 'number' && !Number.isFinite(v))) return;
      line[c] = v;
      if (c > columnCount) columnCount = c;
    });
    if (line.length > 0) {
      cells.set(r, line);
      rowCount = r;
    }
  });
  const merges: MergeRange[] = [];
  for (const m of (ws.model as { merges?: string[] }).merges ?? []) {
    const range = parseRange(m);
    if (range) merges.push(range);
  }
  return { name: ws.name, rowCount, columnCount, cells, merges, notes };
}

/** A note (批注) as plain text: ExcelJS gives a string or rich-text runs. */
function noteText(note: ExcelJS.Cell['note'] | undefined): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

export function workbookGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  return { title: typeof wb.title === 'string' ? wb.title : '', sheets: wb.worksheets.map(sheetGrid) };
}
