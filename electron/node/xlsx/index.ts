/**
 * The Excel service of the main process (plain Node, no Electron):
 *
 * - `analyseWorkbook(file)` / `importWorkbook(file)` (importFile.ts; in a worker: importInWorker.ts) read a partner .xlsx
 *   into an analysis (plan, report, decisions to confirm) or a plan with the defaults, and an import report (every table found, every decision and problem with 工作表!单元格,
 *   category mappings to confirm). It only reads: a failed import changes
 *   nothing. Throws UserFacingError with one Chinese sentence for files that
 *   are not .xlsx, cut short, encrypted, empty, over the limits of
 *   XLSX_LIMITS, or hold no table it can read.
 * - `exportWorkbook(plan, file)` writes the annex tables (资金测算表,
 *   年度投资和领域安排计划表, 项目表) with live SUM formulas and print setup,
 *   atomically: a failed export leaves no half-written file.
 * - `exportTemplate(plan, file)` writes the 填报模板: the same tables as a
 *   protected form with drop-down lists and validated amounts, for the partner.
 */
import type { Plan } from '../../../shared/model/plan.ts';
import { writeUserFile } from '../writeUserFile.ts';
import { buildSheets, workbookInfo } from './writeWorkbook.ts';
import { buildTemplateSheets } from './writeTemplate.ts';
import { streamWorkbook } from './workbookStream.ts';

export { XLSX_LIMITS } from './limits.ts';
export { analyseWorkbook, importWorkbook, readWorkbookGrid } from './importFile.ts';
export { formatImportReport, type ImportReport } from '../../../shared/import/importReport.ts';

/** The export as bytes (for tests and for callers that write elsewhere). */
export async function workbookBytes(plan: Plan): Promise<Uint8Array> {
  return streamWorkbook(workbookInfo(plan), buildSheets(plan));
}

/** The 填报模板 as bytes: the annex tables as a form for the partner (writeTemplate.ts). */
export async function templateBytes(plan: Plan): Promise<Uint8Array> {
  return streamWorkbook(workbookInfo(plan), buildTemplateSheets(plan));
}

/** Writes the 填报模板 of a plan to `file`, atomically. */
export async function exportTemplate(plan: Plan, file: string): Promise<void> {
  await writeUserFile(file, await templateBytes(plan));
}

/** Exports a plan's annex tables to `file`, atomically; see the module comment. */
export async function exportWorkbook(plan: Plan, file: string): Promise<void> {
  await writeUserFile(file, await workbookBytes(plan));
}
