/**
 * `npm run fuzz:xlsx [count] [seed]`: the full fuzz run of the partner-file
 * reader (2,000 mutated workbooks by default, a 1,000,000-row workbook among
 * them, the briefing fixtures as extra bases), with the counts the issue asks
 * for: uncaught errors, runs over 2 s, peak memory.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR } from '../../support/fixtures.ts';
import { runFuzz } from './runFuzz.ts';

const count = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? 20_261_201);
const fixtures = readdirSync(FIXTURES_DIR)
  .filter((f) => f.endsWith('.xlsx'))
  .map((f) => new Uint8Array(readFileSync(path.join(FIXTURES_DIR, f))));
const start = performance.now();
const r = runFuzz({ count, seed, extraBases: fixtures, bigRows: 1_000_000 });
console.log(`runs ${r.runs} (seed ${seed}) in ${((performance.now() - start) / 1000).toFixed(1)} s`);
console.log(`read ${r.read}; not a workbook (zip check) ${r.notWorkbook}; refused while reading ${r.refused}; uncaught errors ${r.uncaught.length}`);
console.log(
  `runs over 2 s (CPU): ${r.slow.length}; slowest ${r.maxMs.toFixed(0)} ms CPU (${r.maxWallMs.toFixed(0)} ms wall); peak memory ${r.peakRssMb.toFixed(0)} MB`,
);
for (const [text, n] of [...r.refusals].sort((a, b) => b[1] - a[1])) console.log(`  ${n}× ${text}`);
for (const u of r.uncaught.slice(0, 20)) console.log(`UNCAUGHT run ${u.run} (${u.kind}): ${u.error}`);
for (const s of r.slow.slice(0, 20)) console.log(`SLOW run ${s.run} (${s.kind}): ${s.ms.toFixed(0)} ms`);
process.exitCode = r.uncaught.length > 0 || r.slow.length > 0 || r.peakRssMb > 400 ? 1 : 0;
