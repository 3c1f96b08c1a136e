/**
 * Import of partner workbooks, pure: the Node side turns an .xlsx into a
 * WorkbookGrid (cell values, merges, unreadable cells) and calls
 * analyseWorkbookGrid (tables, report, decisions), then buildImportedPlan
 * with the user's choices; importWorkbookGrid does both with the defaults.
 */
export { importWorkbookGrid, type GridImport } from './importGrid.ts';
export { analyseWorkbookGrid, type ImportAnalysis, type GridAnalysis } from './analyseWorkbook.ts';
export { buildImportedPlan, defaultChoice } from './buildImportedPlan.ts';
export {
  formatImportReport,
  importReportTitle,
  importReportSummary,
  type ImportReport,
  type ImportEntry,
  type ImportDecision,
  type ImportChoice,
  type ImportChoices,
} from './importReport.ts';
export { gridFromRows, type SheetGrid, type WorkbookGrid, type GridValue, type MergeRange } from './grid.ts';
