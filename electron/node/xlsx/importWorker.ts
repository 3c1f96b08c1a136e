/**
 * The worker thread that imports one partner workbook (importInWorker.ts
 * starts it): the file is read and turned into a plan here, so a hostile
 * file costs this thread's memory cap and deadline, never the main process.
 * Posts one message: the analysis (plan, report, decisions: plain data), or the Chinese sentence of a refusal.
 */
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { UserFacingError } from '../fileErrors.ts';
import { analyseWorkbook } from './importFile.ts';
import type { ImportJob, ImportOutcome } from './importInWorker.ts';

const job = workerData as ImportJob;
let outcome: ImportOutcome;
try {
  outcome = { ok: true, analysis: await analyseWorkbook(job.file, { limits: job.limits }) };
} catch (error) {
  const message =
    error instanceof UserFacingError
      ? error.message
      : `导入“${path.basename(job.file)}”时出现意外错误：${error instanceof Error ? error.message : String(error)}`;
  outcome = { ok: false, message };
}
parentPort?.postMessage(outcome);
