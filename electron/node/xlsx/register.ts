/**
 * Makes `.xlsx` a file kind every opener reads (`aidplan inspect x.xlsx`,
 * `aidplan check x.xlsx`, 导入Excel, 比较修改稿, 汇总): importing this module
 * registers it. The workbook is read in a worker (importInWorker.ts). The
 * import report becomes the opened plan's notes. Other spreadsheet kinds
 * (.xls, .et, .xlsb, .ods, .csv) go the same way: the reader tells by their
 * content what they are and how to save them as .xlsx (or reads one that is
 * an .xlsx under another name).
 */
import { registerOpener } from '../openAnyPlan.ts';
import { formatImportReport } from '../../../shared/import/importReport.ts';
import { importWorkbookInWorker } from './importInWorker.ts';
import { SPREADSHEET_EXTENSIONS } from './spreadsheetExtensions.ts';

for (const extension of SPREADSHEET_EXTENSIONS) {
  registerOpener(`.${extension}`, async (file, { signal }) => {
    const { plan, report, assignedIds } = await importWorkbookInWorker(file, signal ? { signal } : {});
    return { plan, notes: formatImportReport(report), assignedIds };
  });
}
