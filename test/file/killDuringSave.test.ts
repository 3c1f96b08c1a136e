import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlanFile } from '../../shared/file/planFile.ts';

/** Kills in CI; `AIDPLAN_KILLS=200 npx vitest run test/file/killDuringSave.test.ts` for the measurement. */
const KILLS = Number(process.env['AIDPLAN_KILLS'] ?? 20);

const here = path.dirname(fileURLToPath(import.meta.url));
/** Where the figures go (git-ignored, beside the e2e screenshots). */
const ARTIFACTS_DIR = path.resolve(here, '../artifacts');
let dir: string;
let childScript: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-kill-'));
  // Bundled once so each child starts in milliseconds: the kills must land inside saves, not inside start-up.
  childScript = path.join(dir, 'saveChild.mjs');
  await build({ entryPoints: [path.join(here, 'saveChild.ts')], bundle: true, platform: 'node', format: 'esm', outfile: childScript, logLevel: 'silent' });
});

/** A fixed pseudo-random sequence (so a failing run can be repeated): the moments of the kills. */
function moments(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

/** Starts a saving child and kills it with SIGKILL `delayMs` after its `afterSaves`-th save finished; resolves with its pid. */
function killDuringSaves(file: string, afterSaves: number, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let saves = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      const before = saves;
      saves += d
        .toString()
        .split('\n')
        .filter((l) => l.startsWith('saved')).length;
      if (before < afterSaves && saves >= afterSaves) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(child.pid!) : reject(new Error(`child ended without being killed: ${stderr}`))));
  });
}

/** The app's next start: opens the file (which removes what interrupted saves left in its folder). */
function nextStart(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, file, 'start'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`start failed: ${stderr}`))));
  });
}

function wholePlan(text: string): boolean {
  const read = readPlanFile(text);
  if (!read.ok || !/^版本\d+$/.test(read.plan.title)) return false;
  const n = Number(read.plan.title.slice(2));
  return read.plan.projects.length === 1000 + (n % 2) * 1000;
}

const TEMP = /^\.规划\.aidplan\.(\d+)\.[0-9a-f]{8}\.(tmp|bak-tmp)$/;

describe('saving is atomic and leaves nothing behind', () => {
  it(
    `a save of a 2,000-project plan killed at ${KILLS} random moments leaves a whole file every time, and no temporary file survives the next start`,
    async () => {
      const file = path.join(dir, '规划.aidplan');
      const next = moments(20261201);
      const temps = async () => (await readdir(dir)).map((name) => TEMP.exec(name)).filter((m): m is RegExpExecArray => m !== null);
      let validFiles = 0;
      let validBackups = 0;
      let killsInsideAWrite = 0;
      let leftBytes = 0;
      for (let round = 0; round < KILLS; round++) {
        const pid = await killDuringSaves(file, 1 + Math.floor(next() * 3), Math.floor(next() * 40));
        if (wholePlan(await readFile(file, 'utf8'))) validFiles++;
        const bak = await readFile(`${file}.bak`, 'utf8').catch(() => null); // none until a save replaced a file
        if (bak === null ? round === 0 : wholePlan(bak)) validBackups++;
        const left = await temps();
        // The killed child removed the leftovers of the one before it when it first saved: only its own can be here.
        expect(left.map((m) => Number(m[1])).filter((p) => p !== pid)).toEqual([]);
        if (left.length > 0) killsInsideAWrite++;
        for (const m of left) leftBytes += (await stat(path.join(dir, m[0]))).size;
      }
      await nextStart(file);
      const surviving = (await temps()).length;
      const figures = { kills: KILLS, validFiles, validBackups, killsInsideAWrite, leftBytesBeforeNextStart: leftBytes, tempFilesAfterNextStart: surviving };
      await mkdir(ARTIFACTS_DIR, { recursive: true });
      await writeFile(path.join(ARTIFACTS_DIR, `kill-during-save-${KILLS}.json`), `${JSON.stringify(figures, null, 2)}\n`);
      expect(figures).toMatchObject({ validFiles: KILLS, validBackups: KILLS, tempFilesAfterNextStart: 0 });
      expect(killsInsideAWrite, 'no kill landed inside a write: the test did not test anything').toBeGreaterThan(KILLS / 10);
    },
    60_000 + KILLS * 3_000,
  );
});
