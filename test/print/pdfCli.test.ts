import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_ENV, BROWSER_PATHS_ENV, defaultBrowserPaths, findBrowser } from '../../electron/node/pdf/findBrowser.ts';
import { UserFacingError } from '../../electron/node/fileErrors.ts';
import { pdfPageSizes, rawPages, savePagePngs, squash } from './support/pdfText.ts';
import { fixturePath } from '../support/fixtures.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin', 'aidplan.mjs');
const FIXTURE = fixturePath('longquanyi-ganzi-2020.xlsx');

/** Runs the real CLI in a child process; returns its exit code and output. */
async function aidplan(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

let dir: string;
let plan: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'aidplan-pdf-cli-'));
  plan = path.join(dir, '武侯.aidplan');
  expect((await aidplan(['sample', 'wuhou-baiyu-2016-2020', '-o', plan])).code).toBe(0);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('aidplan pdf', () => {
  it('prints a sample .aidplan file to a real PDF: 附件1 the category table on page 1, 附件2 the project table after it, numbered pages', async () => {
    const out = path.join(dir, '附件.pdf');
    const result = await aidplan(['pdf', plan, '-o', out, '--tables', 'categories,projects']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('附件1 年度领域安排表、附件2 项目表');
    const sizes = await pdfPageSizes(out);
    const pages = (await rawPages(out)).map(squash);
    expect(pages).toHaveLength(sizes.length);
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]).toContain('附件1');
    expect(pages[0]).toContain('年度投资和领域安排计划表');
    expect(pages[1]).toContain('附件2');
    expect(pages[1]).toContain('项目表');
    pages.forEach((p, i) => expect(p).toContain(`—${i + 1}—`));
    expect((await readFile(out)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('leaves out an annex with nothing in it unless --include-empty asks for it', async () => {
    const file = JSON.parse(await readFile(plan, 'utf8')) as { plan: { projects: unknown[] } };
    const empty = path.join(dir, '无项目.aidplan');
    await writeFile(empty, JSON.stringify({ ...file, plan: { ...file.plan, projects: [] } }));
    const pagesOf = async (extra: string[]) => {
      const out = path.join(dir, `无项目${extra.length}.pdf`);
      const result = await aidplan(['pdf', empty, '-o', out, '--tables', 'categories,projects', ...extra]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      return (await rawPages(out)).map(squash).join('\n');
    };
    expect(await pagesOf([])).not.toContain('0个项目');
    expect(await pagesOf(['--include-empty'])).toContain('0个项目');
  });

  it('prints the 《龙泉驿区2020年对口帮扶甘孜县工作要点》 workbook (.xlsx) through the Excel opener, with the --first-annex number and the 合计 at the end', async () => {
    const out = path.join(dir, 'longquanyi.pdf');
    const result = await aidplan(['pdf', FIXTURE, '-o', out, '--tables=projects', '--first-annex', '3', '--total-row', 'bottom']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pages = (await rawPages(out)).map(squash);
    expect(pages[0]).toContain('附件3');
    expect(pages.join('')).toContain('3,563.54');
    expect(await savePagePngs(out, 'cli-longquanyi-xlsx')).toHaveLength(pages.length);
  });

  it('says in Chinese that no browser was found, exits 2 and leaves an existing PDF as it was', async () => {
    const out = path.join(dir, 'old.pdf');
    await writeFile(out, 'old contents');
    const result = await aidplan(['pdf', plan, '-o', out], { [BROWSER_PATHS_ENV]: '', [BROWSER_ENV]: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('未找到可用于生成PDF的浏览器');
    expect(result.stderr).toContain('Microsoft Edge、Google Chrome 或 Chromium');
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
    expect(await readFile(out, 'utf8')).toBe('old contents');
  });

  it('refuses an unknown table and a missing -o with exit 2 and a Chinese message', async () => {
    const unknown = await aidplan(['pdf', plan, '-o', path.join(dir, 'x.pdf'), '--tables', 'projects,图表']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('不认识的表格“图表”');
    const noOut = await aidplan(['pdf', plan]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('请用 -o 指定输出的 .pdf 文件');
  });
});

describe('finding a Chromium-family browser', () => {
  it('takes the first candidate that exists and skips the missing ones', async () => {
    const fake = path.join(dir, 'msedge.exe');
    await writeFile(fake, '');
    expect(findBrowser({ candidates: [path.join(dir, 'missing', 'chrome'), fake], env: {} })).toBe(fake);
  });

  it('throws a Chinese UserFacingError naming Edge, Chrome, Chromium and AIDPLAN_BROWSER when there is none', () => {
    let error: unknown;
    try {
      findBrowser({ candidates: ['/nowhere/chromium'], env: {} });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as Error).message).toContain('未找到可用于生成PDF的浏览器');
    expect((error as Error).message).toContain('AIDPLAN_BROWSER');
    expect((error as Error).message).toContain('/nowhere/chromium');
  });

  it('uses AIDPLAN_BROWSER when set, and says so when it points nowhere', async () => {
    const fake = path.join(dir, 'portable-chrome');
    await writeFile(fake, '');
    expect(findBrowser({ candidates: [], env: { [BROWSER_ENV]: fake } })).toBe(fake);
    expect(() => findBrowser({ candidates: [], env: { [BROWSER_ENV]: path.join(dir, 'gone') } })).toThrow(/AIDPLAN_BROWSER 指定的浏览器/);
  });

  it('looks for Edge and Chrome in Program Files on Windows and for Debian chromium on Linux', () => {
    const windows = defaultBrowserPaths('win32', {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local',
    });
    expect(windows).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(windows).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(windows).toContain('C:\\Users\\u\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(defaultBrowserPaths('linux', {})[0]).toBe('/usr/bin/chromium');
  });
});
