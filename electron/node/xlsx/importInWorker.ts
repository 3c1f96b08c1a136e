/**
 * Imports a partner workbook in a worker thread (importWorker.ts) with a
 * memory cap and a deadline, so the main process keeps answering (IPC,
 * autosave, 取消) and a hostile file can only exhaust the worker. 取消 (the
 * signal) terminates the worker at once. In the built app the worker is its
 * own bundle beside the main one (electron.vite.config.ts); from source (the
 * CLI through tsx, the tests) it is the .ts file, loaded through tsx.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportAnalysis } from '../../../shared/import/analyseWorkbook.ts';
import { planOfAnalysis, type ImportedPlan } from '../../../shared/import/buildImportedPlan.ts';
import { UserFacingError } from '../fileErrors.ts';
import { XLSX_LIMITS, type XlsxLimits } from './limits.ts';
import { WORKER_BUNDLE_NAME } from './workerBundle.ts';

/** What the worker is given. */
export interface ImportJob {
  readonly file: string;
  readonly limits: XlsxLimits;
}

/** What the worker answers. */
export type ImportOutcome = { ok: true; analysis: ImportAnalysis } | { ok: false; message: string };

export interface WorkerImportOptions {
  readonly limits?: Partial<XlsxLimits>;
  /** 取消: aborting terminates the worker and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** The worker's heap cap, MB. */
  readonly memoryMb?: number;
}

/** The worker's heap cap: far above a real partner file's needs (≈ 100 MB for 10,000 projects), far below the machine's. */
export const WORKER_MEMORY_MB = 512;

let live = 0;
/** Workers started and not yet ended (a test checks 取消 leaves none). */
export const liveImportWorkers = (): number => live;

/** The worker's code: the bundle's path, or (from source) a two-line script that registers tsx and imports the .ts entry. */
function workerEntry(): { code: string; eval: boolean } {
  const here = fileURLToPath(import.meta.url);
  const dir = path.dirname(here);
  // Built: the worker's bundle sits beside this one, with the same extension (.js in the app, .mjs in the CLI).
  if (!here.endsWith('.ts')) return { code: path.join(dir, `${WORKER_BUNDLE_NAME}${path.extname(here)}`), eval: false };
  // `--import tsx` in a worker's execArgv does not reach the worker's own entry on Node 20, so register tsx's API first.
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = pathToFileURL(path.join(dir, 'importWorker.ts')).href;
  return { code: `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, eval: true };
}

/** importWorkbook (importFile.ts) in a worker: the plan with every decision at its default. */
export async function importWorkbookInWorker(file: string, options: WorkerImportOptions = {}): Promise<ImportedPlan> {
  return planOfAnalysis(await analyseWorkbookInWorker(file, options));
}

/** analyseWorkbook (importFile.ts) in a worker; see the module comment. */
export function analyseWorkbookInWorker(file: string, options: WorkerImportOptions = {}): Promise<ImportAnalysis> {
  const limits: XlsxLimits = { ...XLSX_LIMITS, ...options.limits };
  const name = path.basename(file);
  const memoryMb = options.memoryMb ?? WORKER_MEMORY_MB;
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  const entry = workerEntry();
  const job: ImportJob = { file, limits };
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry.code, {
      eval: entry.eval,
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32 },
      stdout: false,
      stderr: false,
    });
    live++;
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      outcome();
      void worker.terminate();
    };
    const onAbort = () => finish(() => reject(signal!.reason as Error));
    signal?.addEventListener('abort', onAbort, { once: true });
    // The reader stops itself at limits.seconds; this catches whatever does not (the importer included).
    const timer = setTimeout(
      () => finish(() => reject(new UserFacingError(`“${name}”超出导入限制：读取超过${limits.seconds}秒，已停止`))),
      limits.seconds * 1000 + 5000,
    );
    worker.on('message', (outcome: ImportOutcome) => finish(() => (outcome.ok ? resolve(outcome.analysis) : reject(new UserFacingError(outcome.message)))));
    worker.on('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          new UserFacingError(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `“${name}”超出导入限制：读取时所需内存超过${memoryMb}MB，未导入`
              : `读取“${name}”时出现意外错误（${error.name}），未导入`,
          ),
        ),
      ),
    );
    worker.on('exit', (code) => {
      live--;
      finish(() => reject(new UserFacingError(`读取“${name}”的后台进程意外退出（代码${code}），未导入`)));
    });
  });
}
