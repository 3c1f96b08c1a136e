/**
 * Makes `.xlsx` a file kind every opener reads (`aidplan inspect x.xlsx`,
 * `aidplan check x.xlsx`): importing this module registers it. The import
 * report becomes the opened plan's notes.
 */
import { registerOpener } from '../openAnyPlan.ts';
import { formatImportReport } from '../../../shared/import/importReport.ts';

registerOpener('.xlsx', async (file) => {
  // Loaded on first use: the reader and ExcelJS cost a command that opens only .aidplan files nothing.
  const { importWorkbook } = await import('./index.ts');
  const { plan, report, assignedIds } = await importWorkbook(file);
  return { plan, notes: formatImportReport(report), assignedIds };
});
