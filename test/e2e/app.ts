/**
 * The e2e launcher: the built renderer in Debian Chromium, with `window.api`
 * bound to the real main-process handlers (electron/node/handlers.ts, the
 * same registry electron/main/ipc.ts serves over IPC) through
 * `page.exposeBinding`. Only the dialogs are scripted by the test (the
 * import boundary: Electron's native dialogs cannot run here); files are
 * real files in a temp folder.
 *
 *   const browser = await launchBrowser();            // one per test file
 *   const app = await openApp({ browser, dataDir });  // { page, close, dialogs, menu, crash, … }
 *   app.dialogs.saveFile = '/tmp/x/plan.aidplan';     // the next 保存 dialog's answer
 *   await app.menu({ kind: 'save' });                  // as if chosen from the 文件 menu
 *   await app.close();
 *
 * A file whose tests share one app calls `openAppForTests((opened) => (app = opened))` instead.
 *
 * `openApp({ file })` starts as if the file were double-clicked; `dataDir`
 * is the app's data folder (recent files, settings, recovery) — reuse one to
 * simulate the next start after a crash (`app.crash()`). AIDPLAN_RENDERER_DIR
 * points it at another build of the renderer (e.g. an unminified one to profile).
 */
import { mkdtempSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CALL_NAMES, type MenuCommand, type UnsavedChoice } from '../../shared/ipc.ts';
import { acceptCalls } from '../../electron/node/callEntry.ts';
import { createHandlers } from '../../electron/node/handlers.ts';
import { afterAll, beforeAll, inject } from 'vitest';
import { buildRenderer } from './buildRenderer.ts';
import { PdfRenderer } from '../../electron/node/pdf/renderPdf.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Screenshots of the views, for people to look at (git-ignored). */
export const ARTIFACTS_DIR = path.resolve(here, '../artifacts');
/** The page's origin (localhost is a secure context, so the clipboard API works). */
export const APP_ORIGIN = 'http://localhost:4173';

/** Debian's Chromium, as NOTES.md says (never `npx playwright install`). */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...extraArgs],
  });
}

/** The answers the scripted dialogs give; set them before the action that opens a dialog. */
export interface ScriptedDialogs {
  /** 打开: the file "picked", or null for 取消. */
  openFile: string | null;
  /** 保存/另存为: where to save, or null for 取消. */
  saveFile: string | null;
  /** 是否保存更改: the button "clicked". */
  unsaved: UnsavedChoice;
  /** 导入Excel / 打开修改稿: the file "picked", or null for 取消. */
  importFile: string | null;
  /** 导出Excel / 导出PDF / 导出汇总表: where to write, or null for 取消. */
  exportFile: string | null;
  /** 汇总: the folder "picked", or null for 取消. */
  folder: string | null;
  /** Every question asked, in order (e.g. "unsaved:示例…", "save:….aidplan"). */
  readonly asked: string[];
}

export interface OpenedApp {
  readonly page: Page;
  readonly dataDir: string;
  readonly dialogs: ScriptedDialogs;
  /** Window titles set by the renderer, latest last; `closed` once the window was allowed to close. */
  readonly window: { titles: string[]; closed: boolean };
  /** The print documents sent to 打印, latest last. */
  readonly printed: readonly string[];
  /** Sends a menu command, as electron/main/menu.ts does. */
  menu(command: MenuCommand): Promise<void>;
  /** Saves a PNG of the page under test/artifacts/. */
  screenshot(name: string): Promise<string>;
  /** Ends the page abruptly, like a crash: no close flow, the recovery file stays. */
  crash(): Promise<void>;
  /** Closes the page; rejects if the page threw or AG Grid reported an error meanwhile. */
  close(): Promise<void>;
}

/** The version 关于 shows, as Electron's app.getVersion() reads it: package.json's. */
export const APP_VERSION = (JSON.parse(readFileSync(path.resolve(here, '../../package.json'), 'utf8')) as { version: string }).version;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Builds `window.api` in the page as the preload does, from the same contract. */
function initScript(names: readonly string[]): string {
  return `(() => {
    const listeners = new Set();
    const api = {};
    for (const name of ${JSON.stringify(names)}) api[name] = (...args) => window.__aidplanCall(name, args);
    api.onMenu = (listener) => { listeners.add(listener); return () => listeners.delete(listener); };
    Object.defineProperty(window, '__aidplanMenu', { value: (command) => { for (const l of listeners) l(command); } });
    const progressListeners = new Set();
    api.onProgress = (listener) => { progressListeners.add(listener); return () => progressListeners.delete(listener); };
    Object.defineProperty(window, '__aidplanProgress', { value: (progress) => { for (const l of progressListeners) l(progress); } });
    Object.defineProperty(window, 'api', { value: Object.freeze(api) });
  })();`;
}

function safeInject(): string | undefined {
  try {
    return inject('e2eRendererDir');
  } catch {
    return undefined; // not running under vitest
  }
}

/**
 * One browser and one app for all the tests of a file: launched and opened before them (the start document's first
 * page loaded), closed after. The app and its browser are handed to `use` (the file keeps them in its own variables;
 * the browser may open further apps, which the file closes).
 */
export function openAppForTests(use: (app: OpenedApp, browser: Browser) => void): void {
  let browser: Browser | null = null;
  let app: OpenedApp | null = null;
  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp({ browser });
    use(app, browser);
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });
}

export async function openApp(
  options: {
    file?: string;
    dataDir?: string;
    browser?: Browser;
    /** The page's size in CSS pixels (DIPs), as the window's content area. */
    viewport?: { width: number; height: number };
    /** Windows display scaling: 1.25 for 125%, 1.5 for 150% (default 1). */
    deviceScaleFactor?: number;
    /** Scripts run in the page before its own (measurements). */
    initScripts?: readonly string[];
  } = {},
): Promise<OpenedApp> {
  // Inside vitest the globalSetup built the page; elsewhere (bench, scripts) build it now.
  const rendererDir = process.env['AIDPLAN_RENDERER_DIR'] ?? (typeof inject === 'function' ? safeInject() : undefined) ?? (await buildRenderer());
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'aidplan-data-'));
  const ownBrowser = options.browser ? null : await launchBrowser();
  const browser = options.browser ?? ownBrowser!;
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1400, height: 860 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  const page = await context.newPage();

  const dialogs: ScriptedDialogs = { openFile: null, saveFile: null, unsaved: 'cancel', importFile: null, exportFile: null, folder: null, asked: [] };
  /** The print documents sent to 打印 (the system dialog cannot run here); PDFs are real, from a Chromium started on first use. */
  const printed: string[] = [];
  let pdf: PdfRenderer | null = null;
  const win = { titles: [] as string[], closed: false };
  const { handlers } = createHandlers({
    dataDir,
    appVersion: APP_VERSION,
    // Progress goes to the page as the main process sends it over IPC (a closed page just misses it).
    progress: (p) =>
      void page.evaluate((value) => (window as unknown as { __aidplanProgress: (v: unknown) => void }).__aidplanProgress(value), p).catch(() => undefined),
    startFile: options.file ?? null,
    dialogs: {
      async chooseOpenFile() {
        dialogs.asked.push('open');
        return dialogs.openFile;
      },
      async chooseSaveFile(suggested) {
        dialogs.asked.push(`save:${suggested}`);
        return dialogs.saveFile;
      },
      async askUnsaved(name) {
        dialogs.asked.push(`unsaved:${name}`);
        return dialogs.unsaved;
      },
      async chooseImportFile() {
        dialogs.asked.push('import');
        return dialogs.importFile;
      },
      async chooseCompareFile() {
        dialogs.asked.push('compare');
        return dialogs.importFile;
      },
      async chooseExportFile(suggested, kind) {
        dialogs.asked.push(`export-${kind}:${suggested}`);
        return dialogs.exportFile;
      },
      async chooseFolder() {
        dialogs.asked.push('folder');
        return dialogs.folder;
      },
    },
    print: {
      async pdfBytes(html) {
        pdf ??= await PdfRenderer.launch();
        return pdf.render(html);
      },
      async print(html) {
        printed.push(html);
        return { printed: true };
      },
    },
    window: {
      setTitle: (title) => void win.titles.push(title),
      close: () => {
        win.closed = true;
      },
    },
  });

  const entry = acceptCalls(handlers);
  await page.exposeBinding('__aidplanCall', async (_source, name: string, args: unknown[]) => {
    // The same entry as Electron's ipcMain: the arguments are checked there, as in the app.
    const known = CALL_NAMES.find((n) => n === name);
    if (!known) throw new Error(`未知的调用：${name}`);
    return entry[known](...args);
  });
  await page.addInitScript(initScript(CALL_NAMES));
  for (const script of options.initScripts ?? []) await page.addInitScript(script);
  await page.route(`${APP_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const file = path.join(rendererDir, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
    if (!file.startsWith(rendererDir)) return route.fulfill({ status: 403 });
    try {
      await route.fulfill({ status: 200, body: readFileSync(file), contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // AG Grid reports a missing module or a wrong option on the console: treat it as a failure.
  const gridErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().includes('AG Grid')) gridErrors.push(m.text());
  });
  await page.goto(`${APP_ORIGIN}/index.html`);
  await page
    .locator('.app')
    .waitFor({ timeout: 20_000 })
    .catch((e: unknown) => {
      throw new Error(`the app did not start: ${errors.join('; ') || String(e)}`);
    });

  return {
    page,
    dataDir,
    dialogs,
    window: win,
    async menu(command) {
      await page.evaluate((c) => (window as unknown as { __aidplanMenu: (c: MenuCommand) => void }).__aidplanMenu(c), command);
    },
    async screenshot(name) {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const file = path.join(ARTIFACTS_DIR, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async crash() {
      await pdf?.close();
      await context.close();
      await ownBrowser?.close();
    },
    printed,
    async close() {
      await pdf?.close();
      await context.close().catch(() => undefined);
      await ownBrowser?.close();
      if (gridErrors.length > 0 || errors.length > 0) throw new Error(`the page reported errors: ${[...errors, ...gridErrors].join(' | ').slice(0, 2000)}`);
    },
  };
}
