/**
 * The editor in Chromium (the built renderer, as the e2e tests run it):
 *  1. key commit → repainted totals on a 10,000-project plan: from the Enter
 *     that commits a typed amount in the 项目表 to the frame painted after
 *     the pinned 合计 changed; p50/p95 over 200 edits. Goal p95 ≤ 16 ms.
 *  2. time to an interactive grid after loading the sample (first cell of the
 *     年度领域安排表 in the page, from navigation start). Goal ≤ 1 s.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writePlanFile } from '../../shared/file/planFile.ts';
import { bigPlan } from '../support/bigPlan.ts';
import { launchBrowser, openApp } from '../e2e/app.ts';
import { Sheet } from '../e2e/pageObjects.ts';
import type { Page } from 'playwright-core';
import type { BenchLog } from './run.ts';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Records, in the page, when the first grid cell appears (performance.now() counts from navigation start). */
const INTERACTIVE_PROBE = `(() => {
  const seen = () => document.querySelector('[data-testid="cell-categories-c1-2016"], [data-testid^="cell-projects-p0-"]');
  const obs = new MutationObserver(() => {
    if (seen()) { window.__interactiveAt = performance.now(); obs.disconnect(); }
  });
  document.addEventListener('DOMContentLoaded', () => obs.observe(document.body, { childList: true, subtree: true }));
})();`;

/** Arms a measurement: resolves with ms from the next Enter keydown to the frame after the cell's text changed. */
const ARM = `(testId) => new Promise((resolve, reject) => {
  const read = () => document.querySelector('[data-testid="' + testId + '"]')?.textContent;
  const before = read();
  let start = null;
  const onKey = (e) => { if (e.key === 'Enter') start = e.timeStamp; };
  document.addEventListener('keydown', onKey, true);
  const obs = new MutationObserver(() => {
    if (start === null || read() === before) return;
    obs.disconnect();
    document.removeEventListener('keydown', onKey, true);
    requestAnimationFrame(() => resolve(performance.now() - start));
  });
  obs.observe(document.body, { childList: true, subtree: true, characterData: true });
  setTimeout(() => reject(new Error('no repaint within 3 s')), 3000);
})`;

export default async function bench(log: BenchLog): Promise<void> {
  const browser = await launchBrowser();
  try {
    // 2. Time to interactive on the sample (first start): cold = a fresh browser context (nothing
    // cached: every file comes through the harness's route, the script is compiled afresh);
    // warm = the same page loaded again (cached and compiled, as an installed app starts).
    const cold: number[] = [];
    const warm: number[] = [];
    const interactiveAt = (page: Page) =>
      page
        .waitForFunction(() => (window as unknown as { __interactiveAt?: number }).__interactiveAt !== undefined)
        .then(() => page.evaluate(() => (window as unknown as { __interactiveAt: number }).__interactiveAt));
    for (let i = 0; i < 5; i++) {
      const app = await openApp({ browser, initScripts: [INTERACTIVE_PROBE] });
      cold.push(await interactiveAt(app.page));
      await app.page.reload();
      warm.push(await interactiveAt(app.page));
      await app.close();
    }
    cold.sort((a, b) => a - b);
    warm.sort((a, b) => a - b);
    log(`sample → interactive 年度领域安排表, cold: median ${ms(percentile(cold, 50))}, worst ${ms(cold.at(-1)!)}; warm: median ${ms(percentile(warm, 50))}, worst ${ms(warm.at(-1)!)} over ${cold.length} loads each; goal ≤ 1000 ms: ${cold.at(-1)! <= 1000 ? 'met' : warm.at(-1)! <= 1000 ? 'met warm, NOT cold' : 'NOT MET'}`);

    // 1. Key commit → repainted totals on 10,000 projects.
    const plan = bigPlan({ projects: 10_000, years: 10, categories: 50 });
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'aidplan-bench-')), 'big.aidplan');
    writeFileSync(file, writePlanFile(plan));
    const app = await openApp({ browser, file, initScripts: [INTERACTIVE_PROBE] });
    await app.page.getByTestId('tab-projects').click();
    const sheet = new Sheet(app.page, 'projects');
    await sheet.cell('p0', 'name').waitFor({ timeout: 60_000 });
    const year = String(plan.firstYear);
    const times: number[] = [];
    let missed = 0;
    const rows = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'].filter((id) => plan.projects.some((p) => p.id === id));
    for (let i = 0; i < 200; i++) {
      const rowId = rows[i % rows.length]!;
      await sheet.click(rowId, year);
      // Caught at once: a measurement can fail while the keys are still being sent.
      const measured = (app.page.evaluate(`(${ARM})('cell-projects-__total-${year}')`) as Promise<number>).then(
        (ms) => ms,
        () => null,
      );
      await app.page.keyboard.type(`${100 + i}.${String(i % 100).padStart(2, '0')}`);
      await app.page.keyboard.press('Enter');
      const result = await measured;
      if (result !== null) times.push(result);
      else {
        // On a loaded machine a key can arrive before the editor opened: count it, reset, go on.
        missed++;
        await app.page.keyboard.press('Escape');
      }
    }
    times.sort((a, b) => a - b);
    const load = (await import('node:os')).loadavg()[0]!.toFixed(1);
    log(`10,000 projects: key commit → repainted 合计: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times.at(-1)!)} over ${times.length} edits${missed > 0 ? ` (${missed} edits without a repaint in 3 s left out)` : ''}; goal p95 ≤ 16 ms: ${percentile(times, 95) <= 16 ? 'met' : 'NOT MET'} (load average ${load} on ${os.cpus().length} cores)`);
    await app.close();
  } finally {
    await browser.close();
  }
}
