/**
 * Worker of xlsxCorpus.ts: loads workbooks with ExcelJS (the old path, which
 * may take minutes or gigabytes on hostile ranges: the parent caps this
 * worker's memory and time) and answers each with its grid as plain arrays.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { excelJsGrid } from '../xlsx/gridDiff.ts';

parentPort!.on('message', (file: string) => {
  excelJsGrid(new Uint8Array(readFileSync(file))).then(
    (grid) => parentPort!.postMessage({ ok: true, grid }),
    (error: unknown) => parentPort!.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
