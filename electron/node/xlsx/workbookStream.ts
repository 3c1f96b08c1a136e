import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { SheetDraft } from './sheetDraft.ts';

/** Who wrote the workbook and its 标题 (read back by the importer as the plan title). */
export interface WorkbookInfo {
  readonly title: string;
  readonly creator: string;
}

/**
 * Writes finished sheet drafts as one .xlsx, row by row through ExcelJS's
 * streaming writer: each row becomes XML and leaves memory as soon as it is
 * committed. Returns the file's bytes (about 1 MB for 10,000 projects), so the
 * caller still writes the file atomically.
 */
export async function streamWorkbook(info: WorkbookInfo, sheets: readonly SheetDraft[]): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  wb.creator = info.creator;
  wb.lastModifiedBy = info.creator;
  wb.title = info.title;
  // Fixed dates: the same plan exports to the same bytes.
  wb.created = new Date(0);
  wb.modified = new Date(0);
  for (const draft of sheets) {
    const ws = wb.addWorksheet(draft.name, { views: draft.views, pageSetup: draft.pageSetup, headerFooter: draft.headerFooter, state: draft.state });
    writePrintOptions(ws, draft.pageSetup);
    // ExcelJS's types leave out the worksheet's dataValidations (present on both writers); a range key is written as one sqref.
    for (const [range, validation] of draft.dataValidations) (ws as unknown as WithValidations).dataValidations.add(range, validation);
    if (draft.protection) await ws.protect('', draft.protection);
    // Column widths go out with the first row, merges before the rows they cover are committed.
    for (const [col, width] of draft.widths) ws.getColumn(col).width = width;
    for (const col of draft.hiddenColumns) ws.getColumn(col).hidden = true;
    const merges = [...draft.merges].sort((a, b) => a.top - b.top);
    let nextMerge = 0;
    for (const r of [...draft.rows.keys()].sort((a, b) => a - b)) {
      while (nextMerge < merges.length && merges[nextMerge]!.top <= r) {
        const m = merges[nextMerge++]!;
        ws.mergeCells(m.top, m.left, m.bottom, m.right);
      }
      const source = draft.rows.get(r)!;
      const row = ws.getRow(r);
      if (source.height > 0) row.height = source.height;
      for (const [col, cell] of source.cells) {
        const target = row.getCell(col);
        // A covered cell of a merge takes only its style (borders): its value is the master's.
        if (cell.value !== null && !(cell.isMerged && cell.master !== cell)) target.value = cell.value;
        target.style = cell.style;
        if (cell.note !== '') target.note = cell.note;
      }
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

interface WithValidations {
  readonly dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** The parts of ExcelJS's streaming worksheet writer used below (ExcelJS 4.4, pinned by the lock file). */
interface StreamingSheetInternals {
  _write(xml: string): void;
  _writePageMargins(): void;
}

/**
 * ExcelJS's streaming writer leaves out <printOptions> (its in-memory writer
 * writes it), so a sheet set to print centred would not be. The element goes
 * right before <pageMargins>, where the schema wants it. The export tests read
 * the setting back, so an ExcelJS upgrade that changes these internals fails there.
 */
function writePrintOptions(ws: ExcelJS.Worksheet, setup: Partial<ExcelJS.PageSetup>): void {
  const attributes = [setup.horizontalCentered ? 'horizontalCentered="1"' : '', setup.verticalCentered ? 'verticalCentered="1"' : ''].filter((a) => a !== '');
  if (attributes.length === 0) return;
  const writer = ws as unknown as StreamingSheetInternals;
  const writeMargins = writer._writePageMargins.bind(writer);
  writer._writePageMargins = () => {
    writer._write(`<printOptions ${attributes.join(' ')}/>`);
    writeMargins();
  };
}
