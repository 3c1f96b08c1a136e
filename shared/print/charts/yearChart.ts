import { ZERO, type Decimal } from '../../money/decimal.ts';
import { formatGrouped } from '../../money/wan.ts';
import type { PlanResults } from '../../engine/planEngine.ts';
import { n, svgRoot, svgText } from './svg.ts';

const WIDTH = 640;
const HEIGHT = 340;
const LEFT = 70;
const RIGHT = 20;
const TOP = 40;
const BOTTOM = 50;
const BAR = '#1f4e79';
const LINE = '#c55a11';

/** A round step for the value axis (1, 2 or 5 × 10^k) giving about five gridlines. */
function niceStep(max: number): number {
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

/**
 * 年度资金安排: the plan's money per year (the category table's yearly totals)
 * as bars, against the envelope the funding rule gives (测算资金) as a line
 * with points; without a rule, bars only. Values in 万元 label the bars.
 */
export function yearChart(results: PlanResults, title = '年度资金安排与测算资金'): string {
  const years = results.years;
  const bars = results.yearTotals;
  const envelope: (Decimal | null)[] = results.envelope ? results.envelope.map((e) => e.envelope) : years.map(() => null);
  const all = [...bars, ...envelope.filter((v): v is Decimal => v !== null)];
  const max = all.reduce((a, b) => (b.gt(a) ? b : a), ZERO).toNumber(); // axis scale only
  const step = max > 0 ? niceStep(max) : 1;
  const top = max > 0 ? Math.ceil(max / step) * step : 5;
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const y = (v: number) => TOP + plotH - (v / top) * plotH;
  const slot = plotW / Math.max(years.length, 1);
  const parts: string[] = [];

  for (let v = 0; v <= top + 1e-9; v += step) {
    parts.push(`<line x1="${LEFT}" y1="${n(y(v))}" x2="${WIDTH - RIGHT}" y2="${n(y(v))}" stroke="#d0d0d0" stroke-width="1"/>`);
    parts.push(svgText(LEFT - 6, y(v) + 4, v.toLocaleString('zh-CN'), { anchor: 'end', size: 11 }));
  }
  parts.push(`<line x1="${LEFT}" y1="${n(y(0))}" x2="${WIDTH - RIGHT}" y2="${n(y(0))}" stroke="#000" stroke-width="1"/>`);
  parts.push(svgText(LEFT - 6, TOP - 14, '万元', { anchor: 'end', size: 11 }));

  const barW = Math.min(60, slot * 0.55);
  years.forEach((year, i) => {
    const cx = LEFT + slot * (i + 0.5);
    const v = bars[i]!.toNumber();
    const h = Math.max(0, y(0) - y(v));
    parts.push(`<rect x="${n(cx - barW / 2)}" y="${n(y(v))}" width="${n(barW)}" height="${n(h)}" fill="${BAR}"/>`);
    parts.push(svgText(cx, y(v) - 5, formatGrouped(bars[i]!), { anchor: 'middle', size: years.length > 8 ? 9 : 11 }));
    parts.push(svgText(cx, y(0) + 18, `${year}年`, { anchor: 'middle', size: 12 }));
  });

  const points = envelope.map((v, i) => (v === null ? null : ([LEFT + slot * (i + 0.5), y(v.toNumber())] as const)));
  const known = points.filter((p): p is readonly [number, number] => p !== null);
  if (known.length > 0) {
    if (known.length > 1)
      parts.push(`<polyline points="${known.map(([x, py]) => `${n(x)},${n(py)}`).join(' ')}" fill="none" stroke="${LINE}" stroke-width="2.5"/>`);
    for (const [x, py] of known) parts.push(`<circle cx="${n(x)}" cy="${n(py)}" r="4" fill="${LINE}"/>`);
  }

  // Legend under the axis.
  const ly = HEIGHT - 12;
  parts.push(`<rect x="${LEFT}" y="${ly - 11}" width="14" height="12" fill="${BAR}"/>`, svgText(LEFT + 20, ly, '年度安排资金', { size: 12 }));
  if (known.length > 0) {
    parts.push(
      `<line x1="${LEFT + 140}" y1="${ly - 5}" x2="${LEFT + 166}" y2="${ly - 5}" stroke="${LINE}" stroke-width="2.5"/><circle cx="${LEFT + 153}" cy="${ly - 5}" r="4" fill="${LINE}"/>`,
    );
    parts.push(svgText(LEFT + 174, ly, '测算资金（按规则）', { size: 12 }));
  }
  return svgRoot(WIDTH, HEIGHT, title, parts.join(''));
}
