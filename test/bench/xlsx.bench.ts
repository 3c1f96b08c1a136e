/**
 * Import and export of a 10,000-project workbook: time and peak memory, each
 * against raw ExcelJS reading / writing the same cells (export goal ≤ 1.2×,
 * ≤ 300 MB; import goal ≤ 0.5×, ≤ 200 MB, by CPU time since the machine is
 * shared), the whole `aidplan inspect --json` process against a process that
 * only loads the file with ExcelJS (goal ≤ 0.8× CPU), and LibreOffice
 * converting the workbook (goal: faster). Every run is its own process, so
 * its peak memory is its own.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchLog } from './run.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const PROJECTS = 10_000;

interface Run {
  ms: number;
  /** CPU time, when measured. */
  cpuMs?: number;
  maxRssMb: number;
}

function child(args: string[]): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'xlsxBenchChild.ts'), ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`bench child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Run;
}

/** Best time and its memory of a few runs (the first warms the disk cache). */
function best(args: string[], runs = 3): Run {
  const all = Array.from({ length: runs }, () => child(args));
  return all.reduce((a, b) => ((b.cpuMs ?? b.ms) < (a.cpuMs ?? a.ms) ? b : a));
}

/** A whole process under /usr/bin/time: its CPU time (user + system), wall time and peak memory. */
function timed(command: string, args: string[], cwd: string): Run {
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S rss %M', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - start;
  const m = /cpu ([\d.]+) ([\d.]+) rss (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`${command} failed: ${r.stderr}`);
  return { ms, cpuMs: (Number(m[1]) + Number(m[2])) * 1000, maxRssMb: Number(m[3]) / 1024 };
}

const bestOf = (runs: number, run: () => Run): Run => Array.from({ length: runs }, run).reduce((a, b) => ((b.cpuMs ?? 0) < (a.cpuMs ?? 0) ? b : a));

function libreOffice(dir: string, file: string): Run {
  const profile = path.join(dir, 'lo-profile');
  const start = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-v', 'soffice', `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'csv', '--outdir', dir, file],
    {
      encoding: 'utf8',
      timeout: 600_000,
    },
  );
  const ms = performance.now() - start;
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  return { ms, maxRssMb: kb ? Number(kb) / 1024 : NaN };
}

const fmt = (r: Run) => `${(r.ms / 1000).toFixed(2)} s${r.cpuMs === undefined ? '' : ` (CPU ${(r.cpuMs / 1000).toFixed(2)} s)`}, ${r.maxRssMb.toFixed(0)} MB`;
const ratio = (a: Run, b: Run) =>
  `time ${(a.ms / b.ms).toFixed(2)}×${a.cpuMs !== undefined && b.cpuMs !== undefined ? `, CPU ${(a.cpuMs / b.cpuMs).toFixed(2)}×` : ''}, memory ${(a.maxRssMb / b.maxRssMb).toFixed(2)}×`;

export default async function bench(log: BenchLog): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'aidplan-xlsx-bench-'));
  try {
    const ours = path.join(dir, 'export.xlsx');
    const raw = path.join(dir, 'raw.xlsx');
    const exp = best(['export', ours, String(PROJECTS)]);
    const rawW = best(['rawWrite', raw, String(PROJECTS)]);
    log(`${PROJECTS} projects × 5 years, 10 categories; workbook ${((await stat(ours)).size / 1024 / 1024).toFixed(1)} MB`);
    log(`export (styles, formulas, print setup): ${fmt(exp)}`);
    log(`raw ExcelJS write of the same cells:    ${fmt(rawW)}`);
    log(`  export vs raw write: ${ratio(exp, rawW)}   (goal ≤ 1.2×, ≤ 300 MB)`);
    log(`machine load (shared): ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
    const imp = best(['import', ours]);
    const impWorker = best(['importWorker', ours]);
    const rawR = best(['rawRead', ours]);
    log(`import in this thread (reader + importer): ${fmt(imp)}`);
    log(`import in a worker (the app's path):        ${fmt(impWorker)}`);
    log(`raw ExcelJS read of the same workbook:      ${fmt(rawR)}`);
    log(`  import vs raw read: ${ratio(imp, rawR)}   (goal ≤ 0.5×, ≤ 200 MB)`);
    log(`  worker import vs raw read: ${ratio(impWorker, rawR)}`);
    const loadOnly = path.join(dir, 'loadOnly.mjs');
    await writeFile(
      loadOnly,
      `import ExcelJS from ${JSON.stringify(pathToFileURL(require.resolve('exceljs')).href)};\nawait new ExcelJS.Workbook().xlsx.readFile(process.argv[2]);\n`,
    );
    const inspect = bestOf(3, () => timed(process.execPath, [path.join(here, '../../bin/aidplan.mjs'), 'inspect', ours, '--json'], dir));
    const excelJsProcess = bestOf(3, () => timed(process.execPath, [loadOnly, ours], dir));
    log(`aidplan inspect --json, whole process:      ${fmt(inspect)}`);
    log(`a process that only loads it with ExcelJS:  ${fmt(excelJsProcess)}`);
    log(`  inspect vs ExcelJS load: ${ratio(inspect, excelJsProcess)}   (goal ≤ 0.8× CPU)`);
    log(`machine load (shared): ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
    const lo = libreOffice(dir, ours);
    log(`LibreOffice converting it to CSV:       ${fmt(lo)}`);
    log(`  import vs LibreOffice: ${ratio(imp, lo)}; export vs LibreOffice: ${ratio(exp, lo)}   (goal: faster)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
