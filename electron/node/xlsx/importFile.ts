/**
 * Reading a partner .xlsx in this thread: the file's checks (size, kind by
 * content), the streaming reader (readXlsx.ts) and the pure importer. The app
 * and the CLI run it in a worker (importInWorker.ts); tests may call it here.
 * No ExcelJS: the worker starts without loading it.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Plan } from '../../../shared/model/plan.ts';
import { importWorkbookGrid } from '../../../shared/import/importGrid.ts';
import type { ImportReport } from '../../../shared/import/importReport.ts';
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

/** Imports a partner workbook; see the module comment. */
export async function importWorkbook(file: string, options: { limits?: Partial<XlsxLimits> } = {}): Promise<{ plan: Plan; report: ImportReport }> {
  const grid = await readWorkbookGrid(file, { ...XLSX_LIMITS, ...options.limits });
  const result = importWorkbookGrid(grid, path.basename(file));
  if (!result.ok) throw new UserFacingError(result.message);
  return { plan: result.plan, report: result.report };
}
