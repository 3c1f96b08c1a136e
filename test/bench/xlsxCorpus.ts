/**
 * The differential run over public corpora, once, for the closing note:
 *   tsx test/bench/xlsxCorpus.ts <git dir>:<folder> …
 * e.g. <mirror>/apache+poi/repo:test-data/spreadsheet (a repository fetched as a bare git folder). Every .xlsx in
 * those folders (read from git, never copied into this repository) is read by
 * the new reader and by ExcelJS (in a capped worker: 1 GB, 30 s), and the
 * grids compared. Prints the counts: equal, differing (with the first
 * difference), ExcelJS failed while the reader read, reader refused (why).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkbookGrid } from '../../shared/import/grid.ts';
import { XLSX_LIMITS } from '../../electron/node/xlsx/limits.ts';
import { readXlsxGrid } from '../../electron/node/xlsx/readXlsx.ts';
import { diffGrids } from '../xlsx/gridDiff.ts';

type ExcelJsAnswer = { ok: true; grid: WorkbookGrid } | { ok: false; error: string };

const require = createRequire(import.meta.url);
const tsxApi = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
const workerFile = pathToFileURL(path.join(import.meta.dirname, 'xlsxCorpusWorker.ts')).href;

let worker: Worker | null = null;
function excelJs(file: string): Promise<ExcelJsAnswer> {
  worker ??= new Worker(`import(${JSON.stringify(tsxApi)}).then((t) => { t.register(); return import(${JSON.stringify(workerFile)}); });`, {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: 1024 },
  });
  const w = worker;
  return new Promise((resolve) => {
    const done = (answer: ExcelJsAnswer, restart: boolean) => {
      clearTimeout(timer);
      w.removeAllListeners('message');
      w.removeAllListeners('error');
      if (restart) {
        void w.terminate();
        worker = null;
      }
      resolve(answer);
    };
    const timer = setTimeout(() => done({ ok: false, error: 'ExcelJS still loading after 30 s (stopped)' }, true), 30_000);
    w.on('message', (answer: ExcelJsAnswer) => done(answer, false));
    w.on('error', (error: Error & { code?: string }) =>
      done({ ok: false, error: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'ExcelJS ran out of 1 GB' : error.message }, true),
    );
    w.postMessage(file);
  });
}

const out = mkdtempSync(path.join(tmpdir(), 'aidplan-corpus-'));
const counts = {
  files: 0,
  absent: 0,
  notZip: 0,
  equal: 0,
  differing: 0,
  excelJsFailedReaderRead: 0,
  bothFailed: 0,
  readerRefusedExcelJsRead: 0,
  readerRefusedExcelJsFailed: 0,
  readerCrashed: 0,
};
const notes: string[] = [];
for (const arg of process.argv.slice(2)) {
  const [gitDir, folder] = arg.split(':') as [string, string];
  const names = execFileSync('git', ['-C', gitDir, 'ls-tree', '-r', '--name-only', 'HEAD', ...(folder ? [folder] : [])], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  })
    .split('\n')
    .filter((n) => /\.xlsx$/i.test(n));
  for (const name of names) {
    const label = `${path.basename(gitDir.replace(/\/repo$/, ''))}:${name}`;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(execFileSync('git', ['-C', gitDir, 'show', `HEAD:${name}`], { maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'ignore'] }));
    } catch {
      counts.absent++;
      notes.push(`absent from the snapshot (large file): ${label}`);
      continue;
    }
    if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
      counts.notZip++;
      notes.push(`not a zip (LFS pointer or other format): ${label}`);
      continue;
    }
    counts.files++;
    const file = path.join(out, `${counts.files}.xlsx`);
    writeFileSync(file, bytes);
    let fresh: WorkbookGrid | null = null;
    let why = '';
    const start = performance.now();
    try {
      const grid = readXlsxGrid(bytes, { ...XLSX_LIMITS });
      if ('kind' in grid) why = `zip check: ${grid.kind}${'format' in grid ? ` ${grid.format}` : 'what' in grid ? ` ${grid.what}` : ''}`;
      else fresh = grid;
    } catch (error) {
      why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      if (!(error instanceof Error && error.name === 'ReadRefusal')) counts.readerCrashed++;
    }
    const readerMs = performance.now() - start;
    const old = await excelJs(file);
    process.stderr.write(`${counts.files} ${label} reader ${readerMs.toFixed(0)} ms ${fresh ? 'read' : why} / ExcelJS ${old.ok ? 'read' : old.error}\n`);
    if (fresh && old.ok) {
      const diff = diffGrids(old.grid, fresh);
      if (diff.length === 0) counts.equal++;
      else {
        counts.differing++;
        notes.push(`DIFFER ${label}: ${diff.length} differences, first: ${diff.slice(0, 2).join(' | ')}`);
      }
    } else if (fresh) {
      counts.excelJsFailedReaderRead++;
      notes.push(`EXCELJS FAILED, reader read (${readerMs.toFixed(0)} ms) ${label}: ${old.ok ? '' : old.error}`);
    } else if (old.ok) {
      counts.readerRefusedExcelJsRead++;
      notes.push(`READER REFUSED, ExcelJS read ${label}: ${why}`);
    } else {
      counts.readerRefusedExcelJsFailed++;
      notes.push(`BOTH FAILED ${label}: reader «${why}»; ExcelJS ${old.error}`);
    }
  }
}
void (worker as Worker | null)?.terminate();
for (const n of notes) console.log(n);
console.log(JSON.stringify(counts));
