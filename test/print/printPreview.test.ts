import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computePlan } from '../../shared/engine/planEngine.ts';
import { SAMPLES } from '../../shared/samples/index.ts';
import { buildPrintDocument } from '../../shared/print/printDocument.ts';
import { defaultPrintOptions, type PrintOptions } from '../../shared/print/options.ts';
import { findBrowser } from '../../electron/node/pdf/findBrowser.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/node/contentSecurityPolicy.ts';
import { ARTIFACTS } from './support/pdfText.ts';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The real components, bundled with React by Vite into one module script. */
async function bundlePreview(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    root: path.resolve(import.meta.dirname, '../..'),
    define: { 'process.env.NODE_ENV': '"production"' },
    mode: 'production',
    // Vitest runs with NODE_ENV=test, which would pick React's dev JSX runtime.
    esbuild: { jsx: 'automatic', jsxDev: false },
    build: { write: false, minify: false, lib: { entry: path.resolve(import.meta.dirname, 'support/previewEntry.tsx'), formats: ['es'], fileName: 'preview' } },
  })) as Rollup.RollupOutput[];
  const chunk = output[0]!.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry)!;
  return chunk.code;
}

/** The main window's Content-Security-Policy: the preview must work under it. */
const appCsp = async (): Promise<string> => CONTENT_SECURITY_POLICY;

const ORIGIN = 'http://aidplan.test';
let browser: Browser;
let page: Page;
let code = '';
let csp = '';

/** Serves the bundled preview to `target` like the app's own pages: scripts from 'self' only, under the app's CSP header. */
async function serve(target: Page): Promise<void> {
  await target.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/preview.js') return route.fulfill({ contentType: 'text/javascript', body: code });
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': csp },
      body: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="/preview.js"></script></head><body style="margin:0"><div id="preview" style="height:900px"></div><div id="charts" style="width:1200px"></div></body></html>`,
    });
  });
}

beforeAll(async () => {
  [code, csp] = await Promise.all([bundlePreview(), appCsp()]);
  browser = await chromium.launch({ executablePath: findBrowser(), args: ARGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await serve(page);
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForSelector('[data-testid="print-preview-frame"]');
  cspViolations = violations;
});
let cspViolations: string[] = [];
afterAll(async () => {
  await browser?.close();
});

const plan = SAMPLES['wuhou-baiyu-2016-2020']();
const results = computePlan(plan);
const frameText = () => page.frameLocator('[data-testid="print-preview-frame"]').locator('body').innerText();
const srcdoc = () => page.locator('[data-testid="print-preview-frame"]').getAttribute('srcdoc');

describe('打印预览 in Chromium', () => {
  it('shows the very document that is printed: 附件1 年度投资和领域安排计划表 and 附件2 项目表 by default', async () => {
    expect(await srcdoc()).toBe(buildPrintDocument(plan, results, defaultPrintOptions()));
    const text = await frameText();
    expect(text).toContain('附件1');
    expect(text).toContain('成都市武侯区对口帮扶白玉县规划年度投资和领域安排计划表');
    expect(text).toContain('附件2');
    expect(text).toContain('白玉县农村危房改造');
    // The sheets are laid out by the document's own CSS: the app's CSP lets its <style> and the frame through.
    const sheetWidth = await page
      .frameLocator('[data-testid="print-preview-frame"]')
      .locator('section.annex')
      .first()
      .evaluate((el) => el.getBoundingClientRect().width);
    expect(sheetWidth).toBeGreaterThan(780); // 210mm at 96 dpi is 794px
    expect(cspViolations).toEqual([]);
    // …and the policy is really in force here: an inline script does not run.
    const inline = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(script);
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(inline).toBe(false);
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-default.png') });
  });

  it('adds the charts, moves the project table first and renumbers, and prints with exactly those options', async () => {
    await page.getByLabel('打印统计图').check();
    await page.getByLabel('上移项目表').click();
    await page.getByRole('button', { name: '按顺序重新编号附件' }).click();
    const expected: PrintOptions = {
      ...defaultPrintOptions(),
      sections: [
        { key: 'projects', annex: 1 },
        { key: 'categories', annex: 2 },
        { key: 'charts', annex: 3 },
      ],
    };
    expect(await srcdoc()).toBe(buildPrintDocument(plan, results, expected));
    const text = await frameText();
    expect(text.indexOf('项目表')).toBeLessThan(text.indexOf('年度投资和领域安排计划表'));
    expect(text).toContain('项目投资结构');
    await page.getByRole('button', { name: '导出PDF…' }).click();
    const printed = await page.evaluate(() => (window as unknown as { printed: PrintOptions[] }).printed);
    expect(printed).toEqual([expected]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-changed.png') });
  });

  it('sets an own title, a blank 附件 number (no label) and the 合计 row at the end', async () => {
    await page.getByLabel('项目表的标题').fill('武侯区援建项目一览表');
    await page.getByLabel('项目表的附件编号').fill('');
    await page.getByLabel('项目表合计行').selectOption('bottom');
    const html = (await srcdoc())!;
    expect(html).toContain('<h1 class="annex-title">武侯区援建项目一览表</h1>');
    expect(html).not.toContain('附件1</div>');
    const body = html.slice(html.indexOf('data-table="projects"'));
    expect(body.indexOf('白玉县农村危房改造')).toBeLessThan(body.indexOf('<tr class="total">'));
  });
});

describe('打印预览 of a plan without projects', () => {
  it('leaves the «0个项目» 项目表 out and says so, and prints it once 打印没有内容的表格 is ticked', async () => {
    const empty = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await serve(empty);
      await empty.goto(`${ORIGIN}/?empty`);
      await empty.waitForSelector('[data-testid="print-preview-frame"]');
      const doc = () => empty.locator('[data-testid="print-preview-frame"]').getAttribute('srcdoc');
      expect(await empty.getByRole('status').innerText()).toBe('项目表没有内容，不打印。');
      expect(await doc()).not.toContain('data-table="projects"');
      await empty.getByLabel('打印没有内容的表格（如“0个项目”）').check();
      await expect.poll(async () => (await doc())?.includes('0个项目')).toBe(true);
      expect(await empty.getByRole('status').count()).toBe(0);
    } finally {
      await empty.close();
    }
  });
});

describe('the live Charts component', () => {
  it('draws the category shares and the yearly money against the envelope as SVG', async () => {
    const shares = page.locator('[data-testid="chart-shares"] svg');
    expect(await shares.locator('path').count()).toBe(5);
    expect(await shares.textContent()).toContain('78.00%');
    const years = page.locator('[data-testid="chart-years"] svg');
    expect(await years.locator('polyline').count()).toBe(1);
    expect(await years.textContent()).toContain('2,700.00');
    await page.locator('#charts').screenshot({ path: path.join(ARTIFACTS, 'charts-live.png') });
  });
});
