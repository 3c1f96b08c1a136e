/**
 * Runs mutated workbooks (mutate.ts) through the partner-file reader and
 * counts what happened: read, refused as not a workbook (zip check), refused
 * with a Chinese sentence while reading, or an uncaught error (a bug). Times
 * every run and samples memory.
 */
import { XLSX_LIMITS } from '../../../electron/node/xlsx/limits.ts';
import { readXlsxGrid } from '../../../electron/node/xlsx/readXlsx.ts';
import { ReadRefusal } from '../../../electron/node/xlsx/xmlPart.ts';
import { SheetReader } from '../../../shared/import/grid.ts';
import { baseWorkbooks, manyRows, mutatedWorkbook, rng } from './mutate.ts';

export interface FuzzResult {
  runs: number;
  read: number;
  notWorkbook: number;
  refused: number;
  /** Refusal sentences by their text up to the first digit, with counts. */
  refusals: Map<string, number>;
  uncaught: { run: number; kind: string; error: string }[];
  /** Runs over `slowMs` of CPU time (the machine is shared: wall time would measure the neighbours). */
  slow: { run: number; kind: string; ms: number }[];
  /** The slowest run, CPU and wall milliseconds. */
  maxMs: number;
  maxWallMs: number;
  peakRssMb: number;
}

const CHINESE = /[\u4e00-\u9fff]/;

export function runFuzz(options: { count: number; seed: number; extraBases?: readonly Uint8Array[]; bigRows: number; slowMs?: number }): FuzzResult {
  const random = rng(options.seed);
  const bases = [...baseWorkbooks(), ...(options.extraBases ?? [])];
  const big = manyRows(options.bigRows);
  const result: FuzzResult = {
    runs: 0,
    read: 0,
    notWorkbook: 0,
    refused: 0,
    refusals: new Map(),
    uncaught: [],
    slow: [],
    maxMs: 0,
    maxWallMs: 0,
    peakRssMb: 0,
  };
  for (let run = 0; run < options.count; run++) {
    // Every 50th run is the many-rows workbook, whole or damaged.
    const { kind, bytes } = run % 50 === 49 ? { kind: `${options.bigRows} rows`, bytes: big } : mutatedWorkbook(random, bases);
    const start = performance.now();
    const cpu = process.cpuUsage();
    try {
      const grid = readXlsxGrid(bytes, { ...XLSX_LIMITS });
      if ('kind' in grid) result.notWorkbook++;
      else {
        result.read++;
        // The importer's view of each sheet: through its merges, at its far corner.
        for (const sheet of grid.sheets) {
          const reader = new SheetReader(sheet);
          reader.value(sheet.rowCount, sheet.columnCount);
          reader.isBlankRow(1);
        }
      }
    } catch (error) {
      if (error instanceof ReadRefusal && CHINESE.test(error.message) && !/Error|undefined/.test(error.message)) {
        result.refused++;
        const key = error.message.replace(/[\d.]+.*$/, '…');
        result.refusals.set(key, (result.refusals.get(key) ?? 0) + 1);
      } else {
        result.uncaught.push({ run, kind, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      }
    }
    const used = process.cpuUsage(cpu);
    const ms = (used.user + used.system) / 1000;
    result.runs++;
    result.maxMs = Math.max(result.maxMs, ms);
    result.maxWallMs = Math.max(result.maxWallMs, performance.now() - start);
    if (ms > (options.slowMs ?? 2000)) result.slow.push({ run, kind, ms });
    if (run % 10 === 0) result.peakRssMb = Math.max(result.peakRssMb, process.memoryUsage().rss / 1024 / 1024);
  }
  result.peakRssMb = Math.max(result.peakRssMb, process.resourceUsage().maxRSS / 1024);
  return result;
}
