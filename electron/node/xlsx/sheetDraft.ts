import type ExcelJS from 'exceljs';

/** A cell of a draft: its value, style, note, and the merge it lies in. */
export class DraftCell {
  value: ExcelJS.CellValue = null;
  style: Partial<ExcelJS.Style> = {};
  note: string | ExcelJS.Comment = '';
  /** The top-left cell of the merged range this cell lies in, if any. */
  mergedInto: DraftCell | null = null;

  get isMerged(): boolean {
    return this.mergedInto !== null;
  }

  get master(): DraftCell {
    return this.mergedInto ?? this;
  }
}

class DraftRow {
  /** 0: the program's default height (nothing is written). */
  height = 0;
  readonly cells = new Map<number, DraftCell>();

  cell(col: number): DraftCell {
    let cell = this.cells.get(col);
    if (!cell) this.cells.set(col, (cell = new DraftCell()));
    return cell;
  }

  /** The cells that hold a value, left to right. */
  eachCell(callback: (cell: DraftCell, colNumber: number) => void): void {
    for (const col of [...this.cells.keys()].sort((a, b) => a - b)) {
      const cell = this.cells.get(col)!;
      if (cell.value !== null) callback(cell, col);
    }
  }
}

/**
 * A worksheet kept as plain cells until it is written. Every workbook the app
 * writes (the annexes, 汇总, 进度表) fills drafts, using ExcelJS's names for
 * the few worksheet operations it needs, and workbookStream.ts then streams
 * them row by row: ExcelJS's own worksheet keeps a heavy object per cell and
 * the whole file in memory until the end, which for a 10,000-project plan
 * costs several times the time and memory. The writers still fit column
 * widths and row heights to the finished content before anything is written.
 */
export class SheetDraft {
  readonly rows = new Map<number, DraftRow>();
  readonly merges: { top: number; left: number; bottom: number; right: number }[] = [];
  readonly widths = new Map<number, number>();
  /** Columns written hidden (the 行标识 column). */
  readonly hiddenColumns = new Set<number>();
  /** Data validations by range ("I7:I20"), for the 填报模板. */
  readonly dataValidations = new Map<string, ExcelJS.DataValidation>();
  /** Sheet protection without a password (the 填报模板), or null. */
  protection: Partial<ExcelJS.WorksheetProtection> | null = null;
  state: 'visible' | 'hidden' = 'visible';
  views: Partial<ExcelJS.WorksheetView>[] = [];
  pageSetup: Partial<ExcelJS.PageSetup> = {};
  headerFooter: Partial<ExcelJS.HeaderFooter> = {};

  constructor(readonly name: string) {}

  getRow(row: number): DraftRow {
    let r = this.rows.get(row);
    if (!r) this.rows.set(row, (r = new DraftRow()));
    return r;
  }

  getCell(row: number, col: number): DraftCell {
    return this.getRow(row).cell(col);
  }

  mergeCells(top: number, left: number, bottom: number, right: number): void {
    const master = this.getCell(top, left);
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) this.getCell(r, c).mergedInto = master;
    this.merges.push({ top, left, bottom, right });
  }

  getColumn(col: number): { width?: number | undefined } {
    const widths = this.widths;
    return {
      get width() {
        return widths.get(col);
      },
      set width(w: number | undefined) {
        if (w === undefined) widths.delete(col);
        else widths.set(col, w);
      },
    };
  }

  /** The rows that hold a value, top to bottom. */
  eachRow(callback: (row: DraftRow, rowNumber: number) => void): void {
    for (const r of [...this.rows.keys()].sort((a, b) => a - b)) {
      const row = this.rows.get(r)!;
      if ([...row.cells.values()].some((c) => c.value !== null)) callback(row, r);
    }
  }
}
