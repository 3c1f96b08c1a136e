/**
 * Import of partner workbooks, pure: the Node side turns an .xlsx into a
 * WorkbookGrid (cell values and merges) and calls importWorkbookGrid.
 */
export { importWorkbookGrid, type GridImport } from './importGrid.ts';
export { formatImportReport, type ImportReport, type ImportEntry, type AliasSuggestion } from './importReport.ts';
export { gridFromRows, type SheetGrid, type WorkbookGrid, type GridValue, type MergeRange } from './grid.ts';
