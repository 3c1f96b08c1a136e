/**
 * The Excel service of the main process (plain Node, no Electron):
 *
 * - `importWorkbook(file)` reads a partner .xlsx into a plan and an import
 *   report (every table found, every decision and problem with 工作表!单元格,
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
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Plan } from '../../../shared/model/plan.ts';
import { analyseWorkbookGrid, type GridAnalysis, type ImportAnalysis } from '../../../shared/import/analyseWorkbook.ts';
import { buildImportedPlan } from '../../../shared/import/buildImportedPlan.ts';
import type { ImportReport } from '../../../shared/import/importReport.ts';
import type { WorkbookGrid } from '../../../shared/import/grid.ts';
import { writeUserFile } from '../writeUserFile.ts';
import { UserFacingError, describeFileError } from '../fileErrors.ts';
import { XLSX_LIMITS, type XlsxLimits } from './limits.ts';
import { workbookGrid } from './readGrid.ts';
import { buildSheets, workbookInfo } from './writeWorkbook.ts';
import { buildTemplateSheets } from './writeTemplate.ts';
import { streamWorkbook } from './workbookStream.ts';
import { checkXlsxContainer, type ZipRefusal } from './zipCheck.ts';

export { XLSX_LIMITS } from './limits.ts';
export { formatImportReport, type ImportReport } from '../../../shared/import/importReport.ts';

function refusalMessage(name: string, refusal: ZipRefusal): string {
  switch (refusal.kind) {
    case 'empty':
      return `“${name}”是空文件，不是Excel工作簿`;
    case 'encrypted':
      return `“${name}”设有打开密码或是旧版 .xls 格式，请在 Excel/WPS 中取消密码并另存为 .xlsx 后再导入`;
    case 'notXlsx':
      return `“${name}”不是Excel工作簿（.xlsx）文件，无法导入`;
    case 'truncated':
      return `“${name}”不完整（可能在下载或复制时中断），无法读取`;
    case 'overLimit':
      return `“${name}”超出导入限制：${refusal.what}`;
  }
}

/** Reads and checks an .xlsx into the plain grid the pure importer reads. */
export async function readWorkbookGrid(file: string, limits: XlsxLimits = { ...XLSX_LIMITS }): Promise<WorkbookGrid> {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new UserFacingError(`“${name}”是文件夹，不是Excel工作簿`);
    if (stat.size > limits.fileBytes) {
      throw new UserFacingError(`“${name}”超出导入限制：文件超过${Math.round(limits.fileBytes / 1024 / 1024)}MB`);
    }
    bytes = await fs.readFile(file);
  } catch (error) {
    throw new UserFacingError(describeFileError(error, name, '打开'));
  }
  const refusal = checkXlsxContainer(bytes, limits);
  if (refusal) throw new UserFacingError(refusalMessage(name, refusal));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UserFacingError(`“${name}”已损坏，无法作为Excel工作簿读取`);
  }
  if (wb.worksheets.length > limits.sheets) throw new UserFacingError(`“${name}”超出导入限制：工作表超过${limits.sheets}个`);
  for (const ws of wb.worksheets) {
    if (ws.rowCount > limits.rows) throw new UserFacingError(`“${name}”超出导入限制：工作表“${ws.name}”超过${limits.rows}行`);
  }
  const grid = workbookGrid(wb);
  let cells = 0;
  for (const sheet of grid.sheets) for (const line of sheet.cells.values()) cells += line.size;
  if (cells > limits.cells) throw new UserFacingError(`“${name}”超出导入限制：超过${limits.cells}个有内容的单元格`);
  if (cells === 0) throw new UserFacingError(`“${name}”是空工作簿，没有任何数据`);
  return grid;
}

/**
 * Reads a partner workbook and analyses it: the tables, the report and the
 * decisions the user may change before the plan is built (buildImportedPlan).
 */
export async function analyseWorkbook(file: string, options: { limits?: Partial<XlsxLimits> } = {}): Promise<ImportAnalysis> {
  const grid = await readWorkbookGrid(file, { ...XLSX_LIMITS, ...options.limits });
  const name = path.basename(file);
  let result: GridAnalysis;
  try {
    result = analyseWorkbookGrid(grid, name);
  } catch {
    // Whatever the partner's file holds, the user gets one Chinese sentence, never a program's English message.
    throw new UserFacingError(`“${name}”中有程序无法识别的内容，未能导入；请在 Excel/WPS 中打开并另存为 .xlsx 后再试`);
  }
  if (!result.ok) throw new UserFacingError(result.message);
  return result.analysis;
}

/** Imports a partner workbook with every decision at its default (CLI, inspect, 比较修改稿, 汇总); see the module comment. */
export async function importWorkbook(file: string, options: { limits?: Partial<XlsxLimits> } = {}): Promise<{ plan: Plan; report: ImportReport; assignedIds: ReadonlySet<string> }> {
  const analysis = await analyseWorkbook(file, options);
  return { plan: buildImportedPlan(analysis), report: analysis.report, assignedIds: new Set(analysis.assignedIds) };
}

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
