/**
 * Partner workbooks are imported in a real worker thread (importInWorker.ts):
 * the same plan as in this thread, refusals as the same sentence, 取消 ends the
 * worker at once, a file that needs more memory than the cap gets one Chinese
 * sentence; and the command line leaves no process behind when it is killed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../electron/node/fileErrors.ts';
import { WorkCancelled } from '../../electron/node/longWork.ts';
import { importWorkbook } from '../../electron/node/xlsx/index.ts';
import { importWorkbookInWorker, liveImportWorkers } from '../../electron/node/xlsx/importInWorker.ts';
import { fixturePath } from '../support/fixtures.ts';
import { repoRoot } from '../support/cli.ts';
import { rawWorkbook, sheetXml } from './rawXlsx.ts';

let dir: string;
/** A workbook that takes the reader seconds: a million formatted rows with nothing in them, then one value. */
let slow: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-worker-'));
  slow = path.join(dir, '慢.xlsx');
  const rows = Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 1}" s="1" customFormat="1" ht="15"/>`).join('');
  await writeFile(slow, rawWorkbook(sheetXml(`${rows}<row r="1048576"><c r="A1048576"><v>1</v></c></row>`)));
});

const generous = { expansionRatio: 100_000, seconds: 600 };

describe('importing in a worker thread', () => {
  it('gives the plan and report the import gives in this thread', async () => {
    const file = fixturePath('wuhou-baiyu-2016-2020.xlsx');
    expect(await importWorkbookInWorker(file)).toEqual(await importWorkbook(file));
    await expect.poll(liveImportWorkers).toBe(0);
  });

  it('passes a refusal on as the same Chinese sentence', async () => {
    const file = path.join(dir, '文本.xlsx');
    await writeFile(file, '这不是工作簿');
    await expect(importWorkbookInWorker(file)).rejects.toThrow(new UserFacingError('“文本.xlsx”不是Excel工作簿（.xlsx）文件，无法导入'));
    await expect.poll(liveImportWorkers).toBe(0);
  });

  it('取消 terminates the worker at once, in the middle of the read', async () => {
    const controller = new AbortController();
    const running = importWorkbookInWorker(slow, { signal: controller.signal, limits: generous });
    expect(liveImportWorkers()).toBe(1);
    // Let the worker start reading before 取消.
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new WorkCancelled());
    await expect(running).rejects.toBeInstanceOf(WorkCancelled);
    await expect.poll(liveImportWorkers).toBe(0);
  });

  it('a file that needs more memory than the worker’s cap is refused with one sentence naming the cap', async () => {
    // 1,500,000 short shared strings: each a string object of its own in the heap, from a zip of a few MB.
    const strings = Array.from({ length: 1_500_000 }, (_, i) => `项${i}`);
    const cells = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>';
    const file = path.join(dir, '吃内存.xlsx');
    await writeFile(file, rawWorkbook(sheetXml(cells), strings));
    const error = await importWorkbookInWorker(file, { memoryMb: 16, limits: generous }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as Error).message).toBe('“吃内存.xlsx”超出导入限制：读取时所需内存超过16MB，未导入');
    await expect.poll(liveImportWorkers).toBe(0);
  });
});

/** Processes (pid and command line) whose command line names `needle`. */
function processesNaming(needle: string): string[] {
  const r = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return r.stdout.split('\n').filter((line) => line.includes(needle) && !line.includes('ps -eo'));
}

/** Threads of a process (a worker thread adds several). */
const threadsOf = async (pid: number) => Number(/Threads:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, 'utf8').catch(() => ''))?.[1] ?? 0);

describe('the command line leaves nothing running when it is killed', () => {
  it('SIGKILL on aidplan while a worker reads: no process is left', async () => {
    const name = `kill-${process.pid}.xlsx`;
    await writeFile(path.join(dir, name), await readFile(slow));
    const cli = spawn(process.execPath, [path.join(repoRoot, 'bin/aidplan.mjs'), 'inspect', name], { cwd: dir, stdio: 'ignore' });
    const pid = cli.pid!;
    // Wait until the read has started: the worker's threads have joined the process.
    const before = await threadsOf(pid);
    await expect.poll(() => threadsOf(pid), { timeout: 30_000 }).toBeGreaterThan(before + 2);
    cli.kill('SIGKILL');
    await expect.poll(() => processesNaming(name), { timeout: 10_000 }).toEqual([]);
  });

  it('when the process that started aidplan (npx, a shell) is killed, aidplan stops too', async () => {
    const name = `orphan-${process.pid}.xlsx`;
    await writeFile(path.join(dir, name), await readFile(slow));
    // `; true` keeps the shell alive as aidplan's parent, as npx is.
    const shell = spawn('sh', ['-c', `"${process.execPath}" "${path.join(repoRoot, 'bin/aidplan.mjs')}" inspect ${name}; true`], { cwd: dir, stdio: 'ignore' });
    const cliPid = async () =>
      Number(
        processesNaming(name)
          .find((line) => !/\ssh -c/.test(line))
          ?.trim()
          .split(/\s+/)[0] ?? 0,
      );
    await expect.poll(cliPid, { timeout: 30_000 }).toBeGreaterThan(0);
    shell.kill('SIGKILL');
    // aidplan notices at its next timer tick (on a busy machine, once it has finished starting).
    await expect.poll(() => processesNaming(name), { timeout: 60_000 }).toEqual([]);
  });
});
