import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlanFile } from '../../shared/file/planFile.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
let dir: string;
let childScript: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-kill-'));
  // Bundled once so each child starts in milliseconds: the kills must land inside saves, not inside start-up.
  childScript = path.join(dir, 'saveChild.mjs');
  await build({ entryPoints: [path.join(here, 'saveChild.ts')], bundle: true, platform: 'node', format: 'esm', outfile: childScript, logLevel: 'silent' });
});

/** Starts a saving child and kills it with SIGKILL `delayMs` after its `afterSaves`-th save finished. */
function killDuringSaves(file: string, afterSaves: number, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let saves = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      const before = saves;
      saves += d.toString().split('\n').filter((l) => l.startsWith('saved')).length;
      if (before < afterSaves && saves >= afterSaves) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(saves) : reject(new Error(`child ended without being killed: ${stderr}`))));
  });
}

function assertWholePlan(text: string, what: string): void {
  const read = readPlanFile(text);
  expect(read.ok, `${what} is not a whole plan`).toBe(true);
  if (read.ok) {
    expect(read.plan.title).toMatch(/^版本\d+$/);
    const n = Number(read.plan.title.slice(2));
    expect(read.plan.projects.length, `${what}: version ${n} has a wrong number of projects`).toBe(1000 + (n % 2) * 1000);
  }
}

describe('saving is atomic', () => {
  it('a save killed at any moment leaves the old or the new file, never a broken one (60 kills)', async () => {
    const file = path.join(dir, '规划.aidplan');
    const tempFiles = async () => (await readdir(dir)).filter((f) => f.includes('-tmp') || f.endsWith('.tmp')).length;
    let killsInsideAWrite = 0;
    for (let round = 0; round < 60; round++) {
      const tempBefore = await tempFiles();
      await killDuringSaves(file, 1 + (round % 3), (round * 7) % 23);
      assertWholePlan(await readFile(file, 'utf8'), `after kill ${round + 1} the file`);
      const bak = await readFile(`${file}.bak`, 'utf8').catch(() => null); // none until a save replaced a file
      if (bak !== null || round > 0) assertWholePlan(bak ?? '', `after kill ${round + 1} the backup`);
      // A temporary file left behind means the kill landed while a file was being written.
      if ((await tempFiles()) > tempBefore) killsInsideAWrite++;
    }
    expect(killsInsideAWrite, 'no kill landed inside a write: the test did not test anything').toBeGreaterThan(5);
  }, 180_000);
});
