/**
 * Where the editor bench's time goes: the same edits as editor.bench.ts (frame
 * clock off, 10,000 projects, 50 warm-up edits), then a Chromium trace of
 * `EDITS` more, summed only inside each measured window (from the Enter
 * keydown to the requestAnimationFrame after the pinned 合计 changed, as the
 * bench measures). Prints the renderer main thread's time by trace event and
 * the JavaScript CPU samples by function (self and inclusive), per edit.
 *
 *   npx tsx test/bench/profileEditor.ts [edits]
 *
 * The page is built unminified (names readable) into out/profile-renderer,
 * unless AIDPLAN_RENDERER_DIR names a build.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { rendererViteConfig } from '../../electron.vite.config.ts';
import { writePlanFile } from '../../shared/file/planFile.ts';
import { bigPlan } from '../support/bigPlan.ts';
import { launchBrowser, openApp } from '../e2e/app.ts';
import { Sheet } from '../e2e/pageObjects.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EDITS = Number(process.argv[2] ?? 200);
const WARM_UP = 50;

async function unminifiedRenderer(): Promise<string> {
  const outDir = path.join(root, 'out', process.env['PROFILE_OUT'] ?? 'profile-renderer');
  process.env.NODE_ENV = 'production';
  const config = rendererViteConfig(outDir);
  await build({ ...config, configFile: false, logLevel: 'warn', mode: 'production', build: { ...config.build, minify: false } });
  return outDir;
}

/** Marks the measured windows in the trace: 'edit-start' at the Enter keydown, 'edit-end' where the bench stops its clock. */
const ARM = `(testId) => new Promise((resolve, reject) => {
  const read = () => document.querySelector('[data-testid="' + testId + '"]')?.textContent;
  const before = read();
  let start = null;
  const onKey = (e) => { if (e.key === 'Enter') { start = e.timeStamp; performance.mark('edit-start'); } };
  document.addEventListener('keydown', onKey, true);
  const obs = new MutationObserver(() => {
    if (start === null || read() === before) return;
    obs.disconnect();
    document.removeEventListener('keydown', onKey, true);
    requestAnimationFrame(() => { performance.mark('edit-end'); resolve(performance.now() - start); });
  });
  obs.observe(document.body, { childList: true, subtree: true, characterData: true });
  setTimeout(() => reject(new Error('no repaint within 3 s')), 3000);
})`;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: { startTime?: number; cpuProfile?: { nodes?: CpuNode[]; samples?: number[] }; timeDeltas?: number[] } };
}
interface CpuNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

const rendererDir = process.env['AIDPLAN_RENDERER_DIR'] ?? (await unminifiedRenderer());
process.env['AIDPLAN_RENDERER_DIR'] = rendererDir;
const plan = bigPlan({ projects: 10_000, years: 10, categories: 50 });
const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'aidplan-profile-')), 'big.aidplan');
writeFileSync(file, writePlanFile(plan));
const year = String(plan.firstYear);
const browser = await launchBrowser(['--disable-frame-rate-limit', '--disable-gpu-vsync']);
try {
  const app = await openApp({ browser, file });
  const page = app.page;
  await page.getByTestId('tab-projects').click();
  const sheet = new Sheet(page, 'projects');
  await sheet.cell('p0', 'name').waitFor({ timeout: 60_000 });
  const rows = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
  const times: number[] = [];
  const edit = async (i: number) => {
    await sheet.click(rows[i % rows.length]!, year);
    // Caught at once (as in the bench): a measurement can fail while the keys are still being sent.
    const armed = (page.evaluate(`(${ARM})('cell-projects-__total-${year}')`) as Promise<number>).then(
      (ms) => ms,
      () => null,
    );
    await page.keyboard.type(`${100 + i}.${String(i % 100).padStart(2, '0')}`);
    await page.keyboard.press('Enter');
    const ms = await armed;
    // On a loaded machine a key can arrive before the editor opened: reset and go on.
    if (ms === null) await page.keyboard.press('Escape');
    return ms;
  };
  for (let i = 0; i < WARM_UP; i++) await edit(i);
  const categories = [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'blink.user_timing',
    'v8.execute',
    'disabled-by-default-v8.cpu_profiler',
    'v8',
    'blink',
  ];
  await browser.startTracing(page, { categories });
  for (let i = WARM_UP; i < WARM_UP + EDITS; i++) {
    const ms = await edit(i);
    if (ms !== null) times.push(ms);
  }
  const buffer = await browser.stopTracing();
  await app.close();
  times.sort((a, b) => a - b);
  if (process.env['TRACE_FILE']) writeFileSync(process.env['TRACE_FILE'], buffer);
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;

  // The renderer's main thread is the one with the marks.
  const marks = events.filter((e) => e.cat.includes('blink.user_timing') && (e.name === 'edit-start' || e.name === 'edit-end'));
  const main = marks[0]!;
  const windows: [number, number][] = [];
  let open: number | null = null;
  for (const m of marks.sort((a, b) => a.ts - b.ts)) {
    if (m.name === 'edit-start') open = m.ts;
    else if (open !== null) {
      windows.push([open, m.ts]);
      open = null;
    }
  }
  // The frame's own style, layout and paint come after its requestAnimationFrame callbacks, in the same task:
  // each window is extended to the end of the task holding its end mark.
  const tasks = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined);
  let tail = 0;
  for (const w of windows) {
    const task = tasks.find((t) => t.ts <= w[1] && t.ts + t.dur! >= w[1]);
    if (task) {
      tail += task.ts + task.dur! - w[1];
      w[1] = task.ts + task.dur!;
    }
  }
  const inWindow = (ts: number) => windows.some(([a, b]) => ts >= a && ts <= b);
  const overlap = (s: number, e: number) => windows.reduce((t, [a, b]) => t + Math.max(0, Math.min(b, e) - Math.max(a, s)), 0);
  const windowTotal = windows.reduce((t, [a, b]) => t + b - a, 0);
  const per = (us: number) => `${(us / 1000 / windows.length).toFixed(2)} ms`;
  console.log(
    `${windows.length} windows, mean ${per(windowTotal)} per edit; of which after the requestAnimationFrame ${per(tail)}; bench figure p50 ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(1)} ms`,
  );

  // Trace events of the main thread: self time (duration minus nested events) by name, inside the windows.
  const threadEvents = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: { e: TraceEvent; end: number; child: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length > 0 && stack.at(-1)!.end <= upTo) {
      const top = stack.pop()!;
      const own = overlap(top.e.ts, top.end) - top.child;
      self.set(top.e.name, (self.get(top.e.name) ?? 0) + own);
      if (stack.length > 0) stack.at(-1)!.child += overlap(top.e.ts, top.end);
    }
  };
  for (const e of threadEvents) {
    close(e.ts);
    stack.push({ e, end: e.ts + e.dur!, child: 0 });
  }
  close(Infinity);
  // CPU time, not wall time: the machine may be shared (a task's CPU share inside the windows, by its wall share).
  const cpu = tasks.reduce((t, e) => t + ((e.tdur ?? 0) * overlap(e.ts, e.ts + e.dur!)) / Math.max(1, e.dur!), 0);
  console.log(`Main thread CPU in the windows: ${per(cpu)} per edit`);
  console.log(`\nMain thread busy ${per([...self.values()].reduce((a, b) => a + b, 0))} per edit; self time by trace event:`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) if (us > 0) console.log(`  ${per(us).padStart(9)}  ${name}`);

  // JavaScript samples (the V8 profiler's chunks on the main thread's process).
  const nodes = new Map<number, CpuNode>();
  const samples: { ts: number; node: number; dt: number }[] = [];
  const profiles = new Map<string, { ts: number }>();
  for (const e of events) {
    if (e.name === 'Profile' && e.pid === main.pid) profiles.set(e.id ?? '', { ts: e.args?.data?.startTime ?? e.ts });
    if (e.name !== 'ProfileChunk' || e.pid !== main.pid) continue;
    const data = e.args?.data;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const state = profiles.get(e.id ?? '');
    if (!state) continue;
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      state.ts += deltas[i]!;
      samples.push({ ts: state.ts, node: ids[i]!, dt: deltas[i + 1] ?? 0 });
    }
  }
  samples.sort((a, b) => a.ts - b.ts);
  for (let i = 0; i + 1 < samples.length; i++) samples[i]!.dt = Math.min(samples[i + 1]!.ts - samples[i]!.ts, 2000);
  const label = (n: CpuNode) => {
    const f = n.callFrame;
    const file = f.url ? f.url.slice(f.url.lastIndexOf('/') + 1) : '';
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
  };
  const selfFn = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let sampled = 0;
  for (const s of samples) {
    if (!inWindow(s.ts)) continue;
    sampled += s.dt;
    const node = nodes.get(s.node);
    if (!node) continue;
    selfFn.set(label(node), (selfFn.get(label(node)) ?? 0) + s.dt);
    const seen = new Set<string>();
    for (let n: CpuNode | undefined = node; n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
      const l = label(n);
      if (seen.has(l)) continue;
      seen.add(l);
      inclusive.set(l, (inclusive.get(l) ?? 0) + s.dt);
    }
  }
  // The call tree (top down), with each node's time per edit, down to 0.1 ms.
  const tree = new Map<number, number>();
  for (const s of samples) {
    if (!inWindow(s.ts)) continue;
    for (let n: CpuNode | undefined = nodes.get(s.node); n; n = n.parent === undefined ? undefined : nodes.get(n.parent))
      tree.set(n.id, (tree.get(n.id) ?? 0) + s.dt);
  }
  const children = new Map<number, number[]>();
  for (const n of nodes.values()) if (n.parent !== undefined && tree.has(n.id)) children.set(n.parent, [...(children.get(n.parent) ?? []), n.id]);
  const printTree = (id: number, depth: number) => {
    const us = tree.get(id) ?? 0;
    if (us / windows.length < 100) return;
    if (depth > 0) console.log(`  ${per(us).padStart(9)}  ${'  '.repeat(depth - 1)}${label(nodes.get(id)!)}`);
    for (const c of (children.get(id) ?? []).sort((a, b) => (tree.get(b) ?? 0) - (tree.get(a) ?? 0))) printTree(c, depth + 1);
  };
  if (process.env['TREE']) {
    console.log('\nCall tree:');
    for (const n of nodes.values()) if (n.parent === undefined) printTree(n.id, 0);
  }
  console.log(`\nJavaScript samples in the windows: ${per(sampled)} per edit. Self time:`);
  for (const [name, us] of [...selfFn].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${per(us).padStart(9)}  ${name}`);
  console.log('\nInclusive time:');
  for (const [name, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 70)) console.log(`  ${per(us).padStart(9)}  ${name}`);
} finally {
  await browser.close();
}
