/**
 * 汇总 of 200 plan files of 50 projects each, as `aidplan merge` runs it (a
 * child process, so its peak memory is its own). Goal: under 10 s and 500 MB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writePlanFile } from '../../shared/file/planFile.ts';
import { bigPlan } from '../support/bigPlan.ts';
import type { BenchLog } from './run.ts';

const root = path.resolve(import.meta.dirname, '../..');

export default async function bench(log: BenchLog): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'aidplan-merge-bench-'));
  try {
    const plan = bigPlan({ projects: 50, years: 5, categories: 8, firstYear: 2016 });
    for (let i = 0; i < 200; i++) {
      await writeFile(
        path.join(dir, `plan-${String(i).padStart(3, '0')}.aidplan`),
        writePlanFile({ ...plan, donor: `帮扶方${i}`, recipients: [{ ...plan.recipients[0]!, name: `受援县${i}` }] }),
      );
    }
    // The child reports its own peak resident memory when it ends.
    const script = `
      const { main } = await import(${JSON.stringify(path.join(root, 'electron/cli/main.ts'))});
      const t = performance.now();
      const code = await main(['merge', ${JSON.stringify(dir)}, '-o', ${JSON.stringify(path.join(dir, 'summary.xlsx'))}], { out() {}, err: (e) => console.error(e) });
      console.log(JSON.stringify({ code, ms: performance.now() - t, maxRssKb: process.resourceUsage().maxRSS }));`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    const { code, ms, maxRssKb } = JSON.parse(r.stdout.trim().split('\n').pop()!) as { code: number; ms: number; maxRssKb: number };
    const mb = maxRssKb / 1024;
    log(
      `merge 200 files × 50 projects → summary.xlsx: exit ${code}, ${(ms / 1000).toFixed(2)} s (goal < 10 s: ${ms < 10_000 ? 'met' : 'NOT MET'}), peak memory ${mb.toFixed(0)} MB (goal < 500 MB: ${mb < 500 ? 'met' : 'NOT MET'})`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
