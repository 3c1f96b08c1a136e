/**
 * Start-up of the editor in Chromium (the built renderer, as the e2e tests
 * run it): sample → first cell of the 年度领域安排表 in the page, from
 * navigation start. Cold = a fresh browser context (every file comes through
 * the harness's route, the script is compiled afresh); warm = the same page
 * loaded again (cached and compiled, as an installed app starts). Goal: cold
 * median ≤ 1 s.
 *
 * Then one more cold load is traced (Chromium's trace, main thread of the
 * page) to say where the time goes: download of the script through the
 * harness, script compile, module evaluation, the page's own marks
 * (`aidplan:*`, see renderer/main.tsx and renderer/app/App.tsx), style and
 * layout, paint.
 */
import os from 'node:os';
import { launchBrowser, openApp } from '../e2e/app.ts';
import type { Page } from 'playwright-core';
import type { BenchLog } from './run.ts';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(0)} ms`;

/** Records, in the page, when the first grid cell appears (performance.now() counts from navigation start). */
export const INTERACTIVE_PROBE = `(() => {
  const seen = () => document.querySelector('[data-testid="cell-categories-c1-2016"], [data-testid^="cell-projects-p0-"]');
  const obs = new MutationObserver(() => {
    if (seen()) { window.__interactiveAt = performance.now(); obs.disconnect(); }
  });
  document.addEventListener('DOMContentLoaded', () => obs.observe(document.body, { childList: true, subtree: true }));
})();`;

const interactiveAt = (page: Page) =>
  page
    .waitForFunction(() => (window as unknown as { __interactiveAt?: number }).__interactiveAt !== undefined)
    .then(() => page.evaluate(() => (window as unknown as { __interactiveAt: number }).__interactiveAt));

/** A complete or begin/end event of Chromium's trace. */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; documentLoaderURL?: string } };
}

/** Trace event names by what they are, on the page's main thread (time summed, nested events not counted twice). */
const KINDS: Record<string, string> = {
  'v8.compile': 'script compile',
  'v8.compileModule': 'script compile',
  'v8.parseOnBackground': 'script compile',
  'v8.evaluateModule': 'module evaluation (imports run)',
  // Init scripts, and the answers of the harness's IPC (Playwright's binding evaluates each in the page).
  EvaluateScript: 'harness scripts and IPC answers',
  FunctionCall: 'JavaScript (React render, AG Grid, engine)',
  TimerFire: 'JavaScript (React render, AG Grid, engine)',
  RunMicrotasks: 'JavaScript (React render, AG Grid, engine)',
  'v8.run': 'JavaScript (React render, AG Grid, engine)',
  EventDispatch: 'JavaScript (React render, AG Grid, engine)',
  MajorGC: 'garbage collection',
  MinorGC: 'garbage collection',
  ParseHTML: 'HTML and CSS parse',
  ParseAuthorStyleSheet: 'HTML and CSS parse',
  UpdateLayoutTree: 'style recalculation',
  Layout: 'layout',
  Paint: 'paint',
  PrePaint: 'paint',
  Layerize: 'paint',
};

/** Sums top-level time per kind on the renderer main thread up to `until` (ms from the first event). */
export function breakdown(events: TraceEvent[], untilMs: number): Map<string, number> {
  // The page's own navigation (the tab first shows about:blank), in the page's renderer process.
  const navigation = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.endsWith('/index.html'));
  const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === navigation?.pid);
  const main = events
    .filter((e) => thread && e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined && KINDS[e.name])
    .sort((a, b) => a.ts - b.ts);
  const nav = navigation?.ts ?? main[0]?.ts ?? 0;
  const until = nav + untilMs * 1000;
  const sums = new Map<string, number>();
  let coveredTo = 0;
  for (const e of main) {
    if (e.ts > until) break;
    const end = Math.min(e.ts + e.dur!, until);
    // A nested event inside a counted one is part of it: count only the outermost.
    if (e.ts < coveredTo) continue;
    coveredTo = end;
    const kind = KINDS[e.name]!;
    sums.set(kind, (sums.get(kind) ?? 0) + (end - e.ts) / 1000);
  }
  // Chromium parses a large script while it downloads, on a worker thread: shown apart, it does not block the page.
  const background = events
    .filter((e) => e.pid === navigation?.pid && e.name === 'v8.parseOnBackground' && e.ph === 'X' && e.ts < until)
    .reduce((t, e) => t + (e.dur ?? 0) / 1000, 0);
  sums.set('(off the main thread) script parse while downloading', background);
  return sums;
}

export default async function bench(log: BenchLog): Promise<void> {
  const browser = await launchBrowser();
  try {
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < 7; i++) {
      const app = await openApp({ browser, initScripts: [INTERACTIVE_PROBE] });
      cold.push(await interactiveAt(app.page));
      await app.page.reload();
      warm.push(await interactiveAt(app.page));
      await app.close();
    }
    cold.sort((a, b) => a - b);
    warm.sort((a, b) => a - b);
    const load = `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${os.cpus().length} cores`;
    log(
      `sample → interactive 年度领域安排表, cold: median ${ms(percentile(cold, 50))} (all: ${cold.map(ms).join(', ')}); warm: median ${ms(percentile(warm, 50))} over ${cold.length} loads each; goal cold median ≤ 1000 ms: ${percentile(cold, 50) <= 1000 ? 'met' : 'NOT MET'} (${load})`,
    );

    // One more cold load, traced, for the breakdown.
    const fresh = await openAppTraced(browser);
    log(
      `traced cold load: interactive at ${ms(fresh.interactive)}; page marks: ${fresh.marks.map((m) => `${m.name} ${ms(m.at)}`).join(', ') || '(none)'}; script ${fresh.scriptKb} kB downloaded by ${ms(fresh.scriptEnd)}`,
    );
    const rows = [...fresh.sums.entries()].sort((a, b) => b[1] - a[1]);
    const busy = rows.filter(([k]) => !k.startsWith('(')).reduce((s, [, v]) => s + v, 0);
    log(`  main thread until interactive: ${rows.map(([k, v]) => `${k} ${ms(v)}`).join('; ')}; busy ${ms(busy)}, idle/waiting ${ms(fresh.interactive - busy)}`);
  } finally {
    await browser.close();
  }
}

/** A cold start with Chromium's trace recording from before navigation. */
async function openAppTraced(browser: Awaited<ReturnType<typeof launchBrowser>>) {
  // openApp navigates itself, so trace the whole browser from before it starts.
  await browser.startTracing(undefined, {
    categories: ['devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'blink', 'loading'],
  });
  const app = await openApp({ browser, initScripts: [INTERACTIVE_PROBE] });
  const interactive = await interactiveAt(app.page);
  const info = await app.page.evaluate(() => {
    const marks = performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('aidplan:'))
      .map((m) => ({ name: m.name.slice('aidplan:'.length), at: m.startTime }));
    // The first script only (the views loaded later, when idle, are not part of the start).
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => /\/index-[^/]*\.js$/.test(r.name));
    return {
      marks,
      scriptEnd: Math.max(0, ...scripts.map((s) => s.responseEnd)),
      scriptKb: Math.round(scripts.reduce((s, r) => s + r.decodedBodySize, 0) / 1024),
    };
  });
  const buffer = await browser.stopTracing();
  await app.close();
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  return { interactive, ...info, sums: breakdown(events, interactive) };
}
