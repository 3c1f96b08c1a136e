import { analyseWorkbookGrid } from './analyseWorkbook.ts';
import { planOfAnalysis, type ImportedPlan } from './buildImportedPlan.ts';
import type { WorkbookGrid } from './grid.ts';

/**
 * `assignedIds`: ids of categories and projects that carried no 行标识 in the
 * file and were numbered here; they are no identity (see rowIdentity.ts).
 */
export type GridImport = ({ ok: true } & ImportedPlan) | { ok: false; message: string };

/**
 * Analyses a workbook and builds its plan with every decision at its default
 * (the CLI, `inspect x.xlsx`, 比较修改稿 and 汇总 take the defaults; the app
 * asks the user first). Fails with one Chinese sentence when nothing can be imported.
 */
export function importWorkbookGrid(workbook: WorkbookGrid, fileName: string): GridImport {
  const result = analyseWorkbookGrid(workbook, fileName);
  if (!result.ok) return result;
  return { ok: true, ...planOfAnalysis(result.analysis) };
}
