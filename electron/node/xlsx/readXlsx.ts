/**
 * The reader of partner workbooks, made for untrusted files: it reads only
 * what the import uses (sheet names and visibility, shared strings, cell
 * values, merged ranges as ranges, notes, the title), streaming each part
 * through a counted inflater into a SAX parser, with every limit of
 * XLSX_LIMITS enforced while it reads. ExcelJS is not used here: its reader
 * expands ranges cell by cell and fails on parts the import never needs.
 */
import type { SheetGrid, WorkbookGrid } from '../../../shared/import/grid.ts';
import type { XlsxLimits } from './limits.ts';
import { readDateStyles, readNotes, readSharedStrings, readTitle, readWorkbookParts } from './readParts.ts';
import { readSheet, type SheetContext } from './readSheet.ts';
import { ReadBudget, ReadRefusal, overLimit } from './xmlPart.ts';
import { isZipRefusal, readZipIndex, type ZipRefusal } from './zipCheck.ts';

/** Why the bytes are not a workbook (the zip check) — or the grid. ReadRefusal is thrown for a limit or damage met while reading. */
export function readXlsxGrid(bytes: Uint8Array, limits: XlsxLimits): WorkbookGrid | ZipRefusal {
  const zip = readZipIndex(bytes, limits);
  if (isZipRefusal(zip)) return zip;
  const budget = new ReadBudget(limits);
  const parts = readWorkbookParts(bytes, zip, budget);
  if (parts.sheets.length > limits.sheets) throw overLimit(`工作表超过${limits.sheets}个`);
  const sharedStrings = readSharedStrings(bytes, zip, parts.sharedStringsPart, budget);
  const dateStyles = readDateStyles(bytes, zip, parts.stylesPart, budget);
  const title = readTitle(bytes, zip, budget);
  const context: SheetContext = { sharedStrings, dateStyles, date1904: parts.date1904, notes: new Map(), cellsSoFar: 0 };
  const sheets: SheetGrid[] = [];
  for (const sheet of parts.sheets) {
    budget.checkTime();
    if (!zip.has(sheet.part)) throw new ReadRefusal(`已损坏，无法作为Excel工作簿读取（缺少工作表“${sheet.name}”）`);
    context.notes = readNotes(bytes, zip, sheet.part, budget);
    const grid = readSheet(bytes, zip, sheet.part, sheet.name, budget, context);
    sheets.push(sheet.state === 'visible' ? grid : { ...grid, hidden: sheet.state });
  }
  return { title, sheets };
}
