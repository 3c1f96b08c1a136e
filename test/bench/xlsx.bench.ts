/**
 * Import and export of a 10,000-project workbook: time and peak memory, each
 * against raw ExcelJS reading / writing the same cells (goal ≤ 1.2×, ≤ 300 MB),
 * and against LibreOffice converting the workbook (goal: faster). Every run
 * is its own process, so its peak memory is its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchLog } from './run.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const PROJECTS = 10_000;

interface Run {
  ms: number;
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
  return all.reduce((a, b) => (b.ms < a.ms ? b : a));
}

function libreOffice(dir: string, file: string): Run {
  const profile = path.join(dir, 'lo-profile');
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', 'soffice', `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'csv', '--outdir', dir, file], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  const ms = performance.now() - start;
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  return { ms, maxRssMb: kb ? Number(kb) / 1024 : NaN };
}

const fmt = (r: Run) => `${(r.ms / 1000).toFixed(2)} s, ${r.maxRssMb.toFixed(0)} MB`;
const ratio = (a: Run, b: Run) => `time ${(a.ms / b.ms).toFixed(2)}×, memory ${(a.maxRssMb / b.maxRssMb).toFixed(2)}×`;

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
    const imp = best(['import', ours]);
    const rawR = best(['rawRead', ours]);
    log(`import (checks, 合计, mapping):          ${fmt(imp)}`);
    log(`raw ExcelJS read of the same workbook:  ${fmt(rawR)}`);
    log(`  import vs raw read: ${ratio(imp, rawR)}   (goal ≤ 1.2×, ≤ 300 MB)`);
    const lo = libreOffice(dir, ours);
    log(`LibreOffice converting it to CSV:       ${fmt(lo)}`);
    log(`  import vs LibreOffice: ${ratio(imp, lo)}; export vs LibreOffice: ${ratio(exp, lo)}   (goal: faster)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
