/**
 * Reading a partner .xlsx in this thread: the file's checks (size, kind by
 * content), the streaming reader (readXlsx.ts) and the pure importer. The app
 * and the CLI run it in a worker (importInWorker.ts); tests may call it here.
 * No ExcelJS: the worker starts without loading it.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { analyseWorkbookGrid, type GridAnalysis, type ImportAnalysis } from '../../../shared/import/analyseWorkbook.ts';
import { planOfAnalysis, type ImportedPlan } from '../../../shared/import/buildImportedPlan.ts';
import type { WorkbookGrid } from '../../../shared/import/grid.ts';
import { UserFacingError, describeFileError } from '../fileErrors.ts';
import { XLSX_LIMITS, type XlsxLimits } from './limits.ts';
import { otherFormatMessage } from './otherFormats.ts';
import { readXlsxGrid } from './readXlsx.ts';
import { DAMAGED, ReadRefusal } from './xmlPart.ts';
import type { ZipRefusal } from './zipCheck.ts';

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

/** Imports a partner workbook with every decision at its default (CLI, inspect, 比较修改稿, 汇总). */
export async function importWorkbook(file: string, options: { limits?: Partial<XlsxLimits> } = {}): Promise<ImportedPlan> {
  return planOfAnalysis(await analyseWorkbook(file, options));
}
