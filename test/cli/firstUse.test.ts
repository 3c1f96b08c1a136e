import { WORKER_BUNDLE_NAME } from '../../electron/node/xlsx/workerBundle.ts';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/cli.ts';

/** Runs bin/aidplan.mjs with its builds in `out` (not the checkout's out/cli, which other tests use). */
function aidplan(out: string, cwd: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/aidplan.mjs'), ...args], { cwd, env: { ...process.env, AIDPLAN_CLI_OUT: out } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const made: string[] = [];
/** A build folder of the test's own, inside the checkout (the build loads packages from its node_modules). */
async function freshOut(): Promise<string> {
  await mkdir(path.join(repoRoot, 'out'), { recursive: true });
  const out = await mkdtemp(path.join(repoRoot, 'out', 'cli-first-use-'));
  made.push(out);
  return out;
}
afterAll(async () => {
  for (const out of made) await rm(out, { recursive: true, force: true });
});

const pointer = async (out: string) => JSON.parse(await readFile(path.join(out, 'current.json'), 'utf8')) as { dir: string; inputs: Record<string, number> };

describe('aidplan on first use (compiled on demand)', () => {
  it('two commands started at once in a fresh checkout both compile and run; the next one reuses the build', async () => {
    const out = await freshOut();
    const cwd = await mkdtemp(path.join(tmpdir(), 'aidplan-cli-first-'));
    const [a, b] = await Promise.all([
      aidplan(out, cwd, 'sample', 'wuhou-baiyu-2016-2020', '-o', 'a.aidplan'),
      aidplan(out, cwd, 'sample', 'longquanyi-ganzi-2020', '-o', 'b.aidplan'),
    ]);
    expect([a.code, a.stderr, b.code, b.stderr]).toEqual([0, '', 0, '']);
    const first = await pointer(out);
    expect(Object.keys(first.inputs)).toEqual(expect.arrayContaining(['electron/cli/main.ts', 'shared/file/schema.ts', 'electron/cli/build.mjs']));
    expect(await readdir(path.join(out, first.dir))).toContain('main.mjs');

    const check = await aidplan(out, cwd, 'check', 'a.aidplan');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('没有错误');
    expect((await pointer(out)).dir).toBe(first.dir);
  }, 120_000);

  it('compiles again when a source it was built from has changed since', async () => {
    const out = await freshOut();
    const cwd = await mkdtemp(path.join(tmpdir(), 'aidplan-cli-first-'));
    expect((await aidplan(out, cwd, '--help')).code).toBe(0);
    const built = await pointer(out);
    // As if electron/cli/main.ts had been edited after the build.
    await writeFile(path.join(out, 'current.json'), JSON.stringify({ ...built, inputs: { ...built.inputs, 'electron/cli/main.ts': 1 } }));
    const again = await aidplan(out, cwd, '--help');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('aidplan check');
    expect((await pointer(out)).dir).not.toBe(built.dir);
  }, 120_000);

  it('the commands that need no workbook or browser load neither ExcelJS nor playwright-core', async () => {
    const out = await freshOut();
    const cwd = await mkdtemp(path.join(tmpdir(), 'aidplan-cli-first-'));
    expect((await aidplan(out, cwd, '--help')).code).toBe(0);
    const dir = path.join(out, (await pointer(out)).dir);
    const main = await readFile(path.join(dir, 'main.mjs'), 'utf8');
    expect(main).not.toMatch(/from\s*["'](exceljs|playwright-core)["']/);
    // They are in chunks of their own, loaded by the commands that write workbooks or PDFs.
    const chunks = await Promise.all((await readdir(dir)).filter((f) => f !== 'main.mjs').map((f) => readFile(path.join(dir, f), 'utf8')));
    expect(chunks.some((c) => /from\s*["']exceljs["']/.test(c))).toBe(true);
    expect(chunks.some((c) => /from\s*["']playwright-core["']/.test(c))).toBe(true);
    // The import worker is built beside the chunk that starts it, under the name importInWorker.ts looks for
    // (build.mjs, plain JavaScript run before anything is compiled, spells the name a second time).
    expect(await readdir(dir)).toContain(`${WORKER_BUNDLE_NAME}.mjs`);
    // The worker loads the reader and the importer only: not ExcelJS, not the file format's validator (zod), not fflate
    // (loaded on first use, for an entry too large to inflate at once).
    const packages = new Set<string>();
    const visit = async (file: string, seen = new Set<string>()): Promise<void> => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = await readFile(path.join(dir, file), 'utf8');
      for (const [, spec] of code.matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
        if (spec!.startsWith('./')) await visit(spec!.slice(2), seen);
        else if (!spec!.startsWith('node:')) packages.add(spec!);
      }
    };
    await visit(`${WORKER_BUNDLE_NAME}.mjs`);
    expect([...packages].sort()).toEqual(['decimal.js']);
  }, 120_000);
});
