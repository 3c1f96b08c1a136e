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
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Plan } from '../../../shared/model/plan.ts';
import { importWorkbookGrid } from '../../../shared/import/importGrid.ts';
import type { ImportReport } from '../../../shared/import/importReport.ts';
import type { WorkbookGrid } from '../../../shared/import/grid.ts';
import { writeFileAtomic } from '../atomicWrite.ts';
import { UserFacingError, describeFileError } from '../fileErrors.ts';
import { XLSX_LIMITS, type XlsxLimits } from './limits.ts';
import { readXlsxGrid } from './readXlsx.ts';
import { DAMAGED, ReadRefusal } from './xmlPart.ts';
import { buildSheets, workbookInfo } from './writeWorkbook.ts';
import { streamWorkbook } from './workbookStream.ts';
import type { ZipRefusal } from './zipCheck.ts';
import { otherFormatMessage } from './otherFormats.ts';

export { XLSX_LIMITS } from './limits.ts';
export { formatImportReport, type ImportReport } from '../../../shared/import/importReport.ts';

function refusalMessage(name: string, refusal: ZipRefusal): string {
  switch (refusal.kind) {
    case 'empty':
      return `“${name}”是空文件，不是Excel工作簿`;
    case 'encrypted':
      return `“${name}”设有打开密码，请在 Excel/WPS 中取消密码并另存为 .xlsx 后再导入`;
    case 'otherFormat':
      return otherFormatMessage(name, refusal.format);
    case 'notXlsx':
      return `“${name}”不是Excel工作簿（.xlsx）文件，无法导入`;
    case 'truncated':
      return `“${name}”不完整（可能在下载或复制时中断），无法读取`;
    case 'overLimit':
      return `“${name}”超出导入限制：${refusal.what}`;
  }
}

/** Reads and checks an .xlsx into the plain grid the pure importer reads (in this thread; see readWorker.ts for the worker). */
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
  let grid: ReturnType<typeof readXlsxGrid>;
  try {
    grid = readXlsxGrid(bytes, limits);
  } catch (error) {
    // Anything but a worded refusal is a file the reader could not follow: damaged, whatever the cause.
    throw new UserFacingError(`“${name}”${error instanceof ReadRefusal ? error.message : DAMAGED}`);
  }
  if ('kind' in grid) throw new UserFacingError(refusalMessage(name, grid));
  if (grid.sheets.every((s) => s.cells.size === 0 && (s.unreadable?.size ?? 0) === 0)) throw new UserFacingError(`“${name}”是空工作簿，没有任何数据`);
  return grid;
}

/** Imports a partner workbook; see the module comment. */
export async function importWorkbook(file: string, options: { limits?: Partial<XlsxLimits> } = {}): Promise<{ plan: Plan; report: ImportReport }> {
  const grid = await readWorkbookGrid(file, { ...XLSX_LIMITS, ...options.limits });
  const result = importWorkbookGrid(grid, path.basename(file));
  if (!result.ok) throw new UserFacingError(result.message);
  return { plan: result.plan, report: result.report };
}

/** The export as bytes (for tests and for callers that write elsewhere). */
export async function workbookBytes(plan: Plan): Promise<Uint8Array> {
  return streamWorkbook(workbookInfo(plan), buildSheets(plan));
}

/** Exports a plan's annex tables to `file`, atomically; see the module comment. */
export async function exportWorkbook(plan: Plan, file: string): Promise<void> {
  const bytes = await workbookBytes(plan);
  try {
    await writeFileAtomic(file, bytes);
  } catch (error) {
    throw new UserFacingError(describeFileError(error, path.basename(file), '写入'));
  }
}
