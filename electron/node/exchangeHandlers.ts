import path from 'node:path';
import { computePlan } from '../../shared/engine/planEngine.ts';
import { consolidationData } from '../../shared/consolidate/consolidate.ts';
import type { PrintResult } from '../../shared/ipc.ts';
import { buildPrintDocument } from '../../shared/print/printDocument.ts';
import { consolidateFiles, writeSummaryWorkbook } from './consolidate/consolidateFiles.ts';
import type { DocumentSession } from './documentSession.ts';
import type { HandlerRegistry } from './callEntry.ts';
import { UserFacingError } from './fileErrors.ts';
import { planFileName } from './fileNames.ts';
import { openAnyPlan } from './openAnyPlan.ts';
import { templateBytes, workbookBytes } from './xlsx/index.ts';
import { analyseWorkbookInWorker } from './xlsx/importInWorker.ts';
import type { ImportAnalysis } from '../../shared/import/analyseWorkbook.ts';
import { buildImportedPlan } from '../../shared/import/buildImportedPlan.ts';
import { importReportSummary, type ImportReport } from '../../shared/import/importReport.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { LongWork } from './longWork.ts';
import { writeUserFile } from './writeUserFile.ts';
import './xlsx/register.ts';

/** The dialogs of the exchange calls: Electron's in the app, a test's answers in the e2e harness. */
export interface ExchangeDialogs {
  /** 导入Excel: an .xlsx the user picked, or null. */
  chooseImportFile(): Promise<string | null>;
  /** 比较修改稿: an .xlsx or .aidplan, or null. */
  chooseCompareFile(): Promise<string | null>;
  /** 导出Excel / 导出PDF / 导出汇总表: where to write, or null. */
  chooseExportFile(suggestedName: string, kind: 'xlsx' | 'pdf'): Promise<string | null>;
  /** 汇总: a folder of plans, or null. */
  chooseFolder(): Promise<string | null>;
}

/** Printing: Electron's printToPDF and print dialog in the app, Chromium through playwright-core in tests and the CLI. */
export interface PrintPort {
  pdfBytes(html: string): Promise<Uint8Array>;
  print(html: string): Promise<PrintResult>;
}

export interface ExchangeDeps {
  readonly dialogs: ExchangeDialogs;
  readonly print: PrintPort;
  readonly session: DocumentSession;
  /** Long tasks with progress and 取消 (汇总); one without a window to report to by default. */
  readonly work?: LongWork;
}

/** The calls served here. */
export type ExchangeCall =
  | 'importWorkbook'
  | 'acceptImport'
  | 'exportWorkbook'
  | 'exportTemplate'
  | 'exportPdf'
  | 'printPlan'
  | 'openForCompare'
  | 'consolidateFolder'
  | 'recountConsolidation'
  | 'exportConsolidation';

/** The status-bar line after an import: what came in, and where the report is. */
const importedNote = (report: ImportReport, plan: Plan) =>
  `已导入“${report.fileName}”：${plan.categories.length}个类别、${plan.projects.length}个项目。${importReportSummary(report)}（可点工具栏的“导入报告”再次查看）`;

const withExtension = (file: string, ext: string) => (path.extname(file).toLowerCase() === ext ? file : `${file}${ext}`);

/**
 * The handlers of 导入Excel, 导出Excel, 导出PDF, 打印, 比较修改稿 and 汇总.
 * Paths come only from dialogs; the renderer's arguments were checked where
 * the call entered (callEntry.ts); a failure is one Chinese sentence and
 * leaves files as they were.
 */
export function createExchangeHandlers(deps: ExchangeDeps): Pick<HandlerRegistry, ExchangeCall> {
  let consolidatedFolder: string | null = null;
  /** The duplicates left out by the user's choice; undefined: the default (all but the first of each group). */
  let consolidatedExcluded: ReadonlySet<string> | undefined;
  /** The analysed workbook waiting for 接受并打开. */
  let pendingImport: { analysis: ImportAnalysis; name: string } | null = null;
  const work = deps.work ?? new LongWork();

  return {
    async importWorkbook() {
      const file = await deps.dialogs.chooseImportFile();
      if (file === null) return null;
      // Only read and analysed: the open document changes when the user accepts (acceptImport).
      const analysis = await work.run('正在导入Excel', '已取消导入，当前规划没有改变', async ({ signal }) => {
        const read = await analyseWorkbookInWorker(file, { signal });
        signal.throwIfAborted();
        return read;
      });
      pendingImport = { analysis, name: path.basename(file, path.extname(file)) };
      return analysis;
    },
    async acceptImport(choices) {
      const pending = pendingImport;
      if (pending === null) throw new UserFacingError('没有待接受的导入，请重新选择“导入Excel”');
      const plan = buildImportedPlan(pending.analysis, choices);
      pendingImport = null;
      return deps.session.untitled(plan, pending.name, [importedNote(pending.analysis.report, plan)]);
    },
    async exportWorkbook(plan) {
      const chosen = await deps.dialogs.chooseExportFile(planFileName(plan.title, '.xlsx'), 'xlsx');
      if (chosen === null) return { saved: false };
      const file = withExtension(chosen, '.xlsx');
      await work.run('正在导出Excel', '已取消导出Excel，没有写入文件', async ({ signal }) => {
        const bytes = await workbookBytes(plan);
        signal.throwIfAborted();
        await writeUserFile(file, bytes);
      });
      return { saved: true, filePath: file, displayName: path.basename(file) };
    },
    async exportTemplate(plan) {
      const chosen = await deps.dialogs.chooseExportFile(planFileName(plan.title, '填报模板.xlsx'), 'xlsx');
      if (chosen === null) return { saved: false };
      const file = withExtension(chosen, '.xlsx');
      await work.run('正在导出填报模板', '已取消导出填报模板，没有写入文件', async ({ signal }) => {
        const bytes = await templateBytes(plan);
        signal.throwIfAborted();
        await writeUserFile(file, bytes);
      });
      return { saved: true, filePath: file, displayName: path.basename(file) };
    },
    async exportPdf(plan, options) {
      const html = buildPrintDocument(plan, computePlan(plan), options);
      const chosen = await deps.dialogs.chooseExportFile(planFileName(plan.title, '.pdf'), 'pdf');
      if (chosen === null) return { saved: false };
      const file = withExtension(chosen, '.pdf');
      await work.run('正在生成PDF', '已取消导出PDF，没有写入文件', async ({ signal }) => {
        const bytes = await deps.print.pdfBytes(html);
        signal.throwIfAborted();
        await writeUserFile(file, bytes);
      });
      return { saved: true, filePath: file, displayName: path.basename(file) };
    },
    async printPlan(plan, options) {
      return deps.print.print(buildPrintDocument(plan, computePlan(plan), options));
    },
    async openForCompare() {
      const file = await deps.dialogs.chooseCompareFile();
      if (file === null) return null;
      return work.run('正在读取修改稿', '已取消比较修改稿', async ({ signal }) => {
        const { plan, notes, assignedIds } = await openAnyPlan(file, { signal });
        return { plan, name: path.basename(file), notes, assignedIds: [...(assignedIds ?? [])] };
      });
    },
    async consolidateFolder() {
      const folder = await deps.dialogs.chooseFolder();
      if (folder === null) return null;
      const summary = await work.run('正在汇总', '已取消汇总，没有生成汇总结果', async ({ signal, report }) => consolidateFiles([folder], report, signal));
      if (summary.pairings.length === 0 && summary.failures.length === 0)
        throw new UserFacingError(`文件夹“${path.basename(folder)}”中没有规划文件（.aidplan 或 .xlsx）`);
      consolidatedFolder = folder;
      consolidatedExcluded = undefined;
      return consolidationData(summary);
    },
    async recountConsolidation(excluded) {
      if (consolidatedFolder === null) throw new UserFacingError('请先选择要汇总的文件夹');
      const names = new Set(excluded);
      const folder = consolidatedFolder;
      const summary = await work.run('正在汇总', '已取消汇总，没有生成汇总结果', async ({ signal, report }) =>
        consolidateFiles([folder], report, signal, names),
      );
      consolidatedExcluded = names;
      return consolidationData(summary);
    },
    async exportConsolidation() {
      if (consolidatedFolder === null) throw new UserFacingError('请先选择要汇总的文件夹');
      const chosen = await deps.dialogs.chooseExportFile(`${path.basename(consolidatedFolder)}汇总.xlsx`, 'xlsx');
      if (chosen === null) return { saved: false };
      const file = withExtension(chosen, '.xlsx');
      const folder = consolidatedFolder;
      await work.run('正在导出汇总表', '已取消导出汇总表，没有写入文件', async ({ signal, report }) => {
        // Read again: the files may have changed since they were shown.
        const summary = await consolidateFiles([folder], report, signal, consolidatedExcluded);
        // The last point where 取消 counts: the write below is atomic, so the file is whole or untouched.
        signal.throwIfAborted();
        await writeSummaryWorkbook(summary, file);
      });
      return { saved: true, filePath: file, displayName: path.basename(file) };
    },
  };
}
