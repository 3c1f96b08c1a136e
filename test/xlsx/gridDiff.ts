/**
 * The differential check of the partner-file reader: the grid it reads
 * against the grid the old ExcelJS path (readGrid.ts) reads from the same
 * bytes. Used by the differential test and by the corpus script.
 */
import ExcelJS from 'exceljs';
import { cellAddress, columnsOf, type MergeRange, type SheetGrid, type WorkbookGrid } from '../../shared/import/grid.ts';
import { workbookGrid } from '../../electron/node/xlsx/readGrid.ts';
import { XLSX_LIMITS } from '../../electron/node/xlsx/limits.ts';
import { readXlsxGrid } from '../../electron/node/xlsx/readXlsx.ts';

/** The old path: ExcelJS's in-memory load, then readGrid.ts. Only for files known to be small and benign. */
export async function excelJsGrid(bytes: Uint8Array): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbookGrid(wb);
}

/** The new reader, which must give a grid (a refusal throws). */
export function newGrid(bytes: Uint8Array): WorkbookGrid {
  const grid = readXlsxGrid(bytes, { ...XLSX_LIMITS });
  if ('kind' in grid) throw new Error(`refused: ${grid.kind}`);
  return grid;
}

/** Merges as the new reader keeps them: clipped to the used range, those wholly outside it dropped. */
function usedMerges(merges: readonly MergeRange[], rows: number, cols: number): string[] {
  return merges
    .filter((m) => m.top <= rows && m.left <= cols)
    .map((m) => `${cellAddress(m.top, m.left)}:${cellAddress(Math.min(m.bottom, rows), Math.min(m.right, cols))}`)
    .sort();
}

function usedRange(sheet: SheetGrid): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const [r, line] of sheet.cells) {
    rows = Math.max(rows, r);
    for (const c of columnsOf(line)) cols = Math.max(cols, c);
  }
  return { rows, cols };
}

/**
 * Every difference between the two grids, in words; [] when equal. Cells the
 * new reader lists as unreadable are ones ExcelJS reads as blank, so they are
 * compared as blank; notes are compared where a cell holds a value (ExcelJS
 * drops notes on empty cells).
 */
export function diffGrids(old: WorkbookGrid, fresh: WorkbookGrid): string[] {
  const out: string[] = [];
  if (old.title !== fresh.title) out.push(`title ${JSON.stringify(old.title)} ≠ ${JSON.stringify(fresh.title)}`);
  const names = (g: WorkbookGrid) => g.sheets.map((s) => s.name).join('|');
  if (names(old) !== names(fresh)) return [...out, `sheets ${names(old)} ≠ ${names(fresh)}`];
  old.sheets.forEach((a, i) => {
    const b = fresh.sheets[i]!;
    const ra = usedRange(a);
    const rb = usedRange(b);
    if (ra.rows !== rb.rows || ra.cols !== rb.cols) out.push(`${a.name}: used range ${ra.rows}×${ra.cols} ≠ ${rb.rows}×${rb.cols}`);
    for (const [grid, other, label] of [
      [a, b, 'missing in new'],
      [b, a, 'extra in new'],
    ] as const) {
      for (const [r, line] of grid.cells) {
        for (const c of columnsOf(line)) {
          const v = line[c];
          const w = other.cells.get(r)?.[c];
          if (w === undefined) out.push(`${a.name}!${cellAddress(r, c)} ${label}: ${JSON.stringify(v)}`);
          else if (label === 'missing in new' && w !== v) out.push(`${a.name}!${cellAddress(r, c)}: ${JSON.stringify(v)} ≠ ${JSON.stringify(w)}`);
        }
      }
    }
    const ma = usedMerges(a.merges, ra.rows, ra.cols).join(' ');
    const mb = usedMerges(b.merges, ra.rows, ra.cols).join(' ');
    if (ma !== mb) out.push(`${a.name}: merges ${ma} ≠ ${mb}`);
    for (const [r, line] of a.cells) {
      for (const c of columnsOf(line)) {
        const na = a.notes?.get(r)?.get(c) ?? '';
        const nb = b.notes?.get(r)?.get(c) ?? '';
        if (na !== nb) out.push(`${a.name}!${cellAddress(r, c)} note ${JSON.stringify(na)} ≠ ${JSON.stringify(nb)}`);
      }
    }
  });
  return out;
}
