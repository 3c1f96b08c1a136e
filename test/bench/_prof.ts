import { build } from 'vite';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { rendererViteConfig } from '../../electron.vite.config.ts';
import { launchBrowser, openApp } from '../e2e/app.ts';
import { INTERACTIVE_PROBE } from './startup.bench.ts';

const out = process.argv[2] ?? '/tmp/views-prof';
if (!existsSync(path.join(out, 'index.html'))) {
  const cfg = rendererViteConfig(out);
  cfg.build = { ...cfg.build, sourcemap: true, minify: false };
  await build({ ...cfg, configFile: false, logLevel: 'warn' });
}
process.env['AIDPLAN_RENDERER_DIR'] = out;
const maps = new Map<string, TraceMap>();
for (const f of readdirSync(path.join(out, 'assets')).filter((f) => f.endsWith('.js.map'))) maps.set(f.replace('.map', ''), new TraceMap(readFileSync(path.join(out, 'assets', f), 'utf8')));
const browser = await launchBrowser();
const totals = new Map<string, number>();
const fns = new Map<string, number>();
for (let run = 0; run < 3; run++) {
  const app = await openApp({ browser, initScripts: [INTERACTIVE_PROBE] });
  await app.page.waitForSelector('[data-testid="cell-categories-c1-2016"]');
  const cdp = await app.page.context().newCDPSession(app.page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await app.page.reload();
  await app.page.waitForFunction(() => (window as unknown as { __interactiveAt?: number }).__interactiveAt !== undefined);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const file = n.callFrame.url.split('/').pop() ?? '';
    let where = n.callFrame.url ? file : n.callFrame.functionName;
    const map = maps.get(file);
    if (map && n.callFrame.lineNumber >= 0) {
      const pos = originalPositionFor(map, { line: n.callFrame.lineNumber + 1, column: n.callFrame.columnNumber });
      const src = pos.source ?? '?';
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)/.exec(src);
      where = m ? `${m[1]}` : src.replace(/^(\.\.\/)+/, '');
      fns.set(`${n.callFrame.functionName || '(anon)'} ${m ? m[1] + '/' + m[2]!.split('/').pop() : where}:${pos.line}`, (fns.get(`${n.callFrame.functionName || '(anon)'} ${m ? m[1] + '/' + m[2]!.split('/').pop() : where}:${pos.line}`) ?? 0) + dt);
    }
    totals.set(where, (totals.get(where) ?? 0) + dt);
  });
  await app.close();
}
await browser.close();
console.log('self time by source over 3 cache-disabled reloads (ms):');
for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(v / 3).toFixed(1)}  ${k}`);
console.log('top functions:');
for (const [k, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(v / 3).toFixed(1)}  ${k}`);
