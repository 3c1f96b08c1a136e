/**
 * CPU time of `aidplan check <sample.aidplan>` (the compiled CLI, built
 * beforehand) against a bare `node -e 0`. Goal (issue 14): at most 4×.
 * Medians of 15 runs each, CPU time (user + system) as the process itself
 * counts it, so a busy machine slows the runs without changing the figure much.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writePlanFile } from '../../shared/file/planFile.ts';
import { SAMPLES } from '../../shared/samples/index.ts';
import type { BenchLog } from './run.ts';

const root = path.resolve(import.meta.dirname, '../..');
const RUNS = 15;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export default async function bench(log: BenchLog): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'aidplan-cli-bench-'));
  try {
    const sample = path.join(dir, 'wuhou.aidplan');
    await writeFile(sample, writePlanFile(SAMPLES['wuhou-baiyu-2016-2020']()));
    const report = path.join(dir, 'cpu');
    const cpuMs = async (args: string[]): Promise<number> => {
      const r = spawnSync(process.execPath, ['--import', pathToFileURL(path.join(import.meta.dirname, 'cpuReport.mjs')).href, ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, AIDPLAN_CPU_REPORT: report },
      });
      if (r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
      return Number(await readFile(report, 'utf8')) / 1000;
    };
    const cli = [path.join(root, 'bin', 'aidplan.mjs'), 'check', sample];
    await cpuMs(cli); // builds the CLI if its sources changed: not part of the figure
    const bare: number[] = [];
    const check: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      bare.push(await cpuMs(['-e', '0']));
      check.push(await cpuMs(cli));
    }
    const ratio = median(check) / median(bare);
    log(`node -e 0: ${median(bare).toFixed(0)} ms CPU; aidplan check <sample.aidplan>: ${median(check).toFixed(0)} ms CPU (median of ${RUNS})`);
    log(`ratio ${ratio.toFixed(2)}× (goal ≤ 4×: ${ratio <= 4 ? 'met' : 'NOT MET'}; the TypeScript CLI through tsx measured 21×)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
