import path from 'node:path';
import { z } from 'zod';
import { computePlan } from '../../shared/engine/planEngine.ts';
import { consolidationData, type ConsolidationData } from '../../shared/consolidate/consolidate.ts';
import type { ComparedDocument, OpenedDocument, PrintResult, SaveResult } from '../../shared/ipc.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { buildPrintDocument } from '../../shared/print/printDocument.ts';
import { readPrintOptions } from '../../shared/print/options.ts';
import { writeFileAtomic } from './atomicWrite.ts';
import { planArg } from './planArg.ts';
import { consolidateFiles, writeSummaryWorkbook } from './consolidate/consolidateFiles.ts';
import type { DocumentSession } from './documentSession.ts';
import { UserFacingError, describeFileError } from './fileErrors.ts';
import { openAnyPlan } from './openAnyPlan.ts';
import { workbookBytes } from './xlsx/index.ts';
import { LongWork } from './longWork.ts';
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

const exchangedPlanArg = (value: unknown): Plan => planArg(value, '程序内部错误：规划数据无效，未执行');

const optionsArg = (value: unknown) => {
  const options = readPrintOptions(value);
  if (!options) throw new UserFacingError('程序内部错误：打印选项无效，未执行');
  return options;
};

/** A file name from a plan title, without characters Windows forbids. */
const fileNameOf = (plan: Plan, ext: string) => `${(plan.title.trim() || '未命名规划').replace(/[\\/:*?"<>|\r\n]/g, '_').slice(0, 80)}${ext}`;

/** Writes the whole file or nothing; a failure is one Chinese sentence. */
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(file, bytes);
  } catch (error) {
    throw new UserFacingError(describeFileError(error, path.basename(file), '写入'));
  }
}

const withExtension = (file: string, ext: string) => (path.extname(file).toLowerCase() === ext ? file : `${file}${ext}`);

/**
 * The handlers of 导入Excel, 导出Excel, 导出PDF, 打印, 比较修改稿 and 汇总.
 * Paths come only from dialogs; every argument from the renderer is
 * validated; a failure is one Chinese sentence and leaves files as they were.
 */
export function createExchangeHandlers(deps: ExchangeDeps) {
  let consolidatedFolder: string | null = null;
  const work = deps.work ?? new LongWork();

  return {
    async importWorkbook(): Promise<OpenedDocument | null> {
      const chosen = await deps.dialogs.chooseImportFile();
      if (chosen === null) return null;
      const file = z.string().min(1).parse(chosen);
      return work.run('正在导入Excel', '已取消导入，当前规划没有改变', async ({ signal }) => {
        const { plan, notes } = await openAnyPlan(file, { signal });
        // Cancelled while reading: the session (the open document) is left as it was.
        signal.throwIfAborted();
        if (path.extname(file).toLowerCase() === '.aidplan') return deps.session.attach(plan, file, notes);
        return deps.session.untitled(plan, path.basename(file, path.extname(file)), notes);
      });
    },
    async exportWorkbook(plan: unknown): Promise<SaveResult> {
      const valid = exchangedPlanArg(plan);
      const chosen = await deps.dialogs.chooseExportFile(fileNameOf(valid, '.xlsx'), 'xlsx');
      if (chosen === null) return { saved: false };
      const file = withExtension(chosen, '.xlsx');
      await work.run('正在导出Excel', '已取消导出Excel，没有写入文件', async ({ signal }) => {
        const bytes = await workbookBytes(valid);
        signal.throwIfAborted();
        await writeAtomically(file, bytes);
      });
      return { saved: true, filePath: file, displayName: path.basename(file) };
    },
    async exportPdf(plan: unknown, options: unknown): Promise<SaveResult> {
      const valid = exchangedPlanArg(plan);
      const html = buildPrintDocument(valid, computePlan(valid), optionsArg(options));
      const chosen = await deps.dialogs.chooseExportFile(fileNameOf(valid, '.pdf'), 'pdf');
      if (chosen === null) return { saved: false };
      const file = withExtension(chosen, '.pdf');
      await work.run('正在生成PDF', '已取消导出PDF，没有写入文件', async ({ signal }) => {
        const bytes = await deps.print.pdfBytes(html);
        signal.throwIfAborted();
        await writeAtomically(file, bytes);
      });
      return { saved: true, filePath: file, displayName: path.basename(file) };
    },
    async printPlan(plan: unknown, options: unknown): Promise<PrintResult> {
      const valid = exchangedPlanArg(plan);
      return deps.print.print(buildPrintDocument(valid, computePlan(valid), optionsArg(options)));
    },
    async openForCompare(): Promise<ComparedDocument | null> {
      const file = await deps.dialogs.chooseCompareFile();
      if (file === null) return null;
      const valid = z.string().min(1).parse(file);
      return work.run('正在读取修改稿', '已取消比较修改稿', async ({ signal }) => {
        const { plan, notes } = await openAnyPlan(valid, { signal });
        return { plan, name: path.basename(valid), notes };
      });
    },
    async consolidateFolder(): Promise<ConsolidationData | null> {
      const folder = await deps.dialogs.chooseFolder();
      if (folder === null) return null;
      const summary = await work.run('正在汇总', '已取消汇总，没有生成汇总结果', async ({ signal, report }) =>
        consolidateFiles([z.string().min(1).parse(folder)], report, signal),
      );
      if (summary.pairings.length === 0 && summary.failures.length === 0) throw new UserFacingError(`文件夹“${path.basename(folder)}”中没有规划文件（.aidplan 或 .xlsx）`);
      consolidatedFolder = folder;
      return consolidationData(summary);
    },
    async exportConsolidation(): Promise<SaveResult> {
      if (consolidatedFolder === null) throw new UserFacingError('请先选择要汇总的文件夹');
      const chosen = await deps.dialogs.chooseExportFile(`${path.basename(consolidatedFolder)}汇总.xlsx`, 'xlsx');
      if (chosen === null) return { saved: false };
      const file = withExtension(chosen, '.xlsx');
      const folder = consolidatedFolder;
      await work.run('正在导出汇总表', '已取消导出汇总表，没有写入文件', async ({ signal, report }) => {
        // Read again: the files may have changed since they were shown.
        const summary = await consolidateFiles([folder], report, signal);
        // The last point where 取消 counts: the write below is atomic, so the file is whole or untouched.
        signal.throwIfAborted();
        await writeSummaryWorkbook(summary, file);
      });
      return { saved: true, filePath: file, displayName: path.basename(file) };
    },
  };
}
