import { formatGrouped } from '../../money/wan.ts';
import type { PlanResults } from '../../engine/planEngine.ts';
import { colorAt, n, svgRoot, svgText } from './svg.ts';

const WIDTH = 640;
const CX = 170;
const CY = 170;
const R = 140;

/**
 * 项目投资结构 (《武侯区对口帮扶白玉县规划（2016—2020年）》 图3) as a pie: each category's share of the grand
 * total, with a legend giving name, share and amount in 万元. The shares are
 * the engine's (they add up to exactly 100.00%); angles are drawn from them.
 */
export function sharesChart(results: PlanResults, title = '项目投资结构'): string {
  const slices = results.categories
    .map((c, i) => ({ name: c.name, share: c.share, total: c.total, color: colorAt(i) }))
    .filter((s) => s.share !== null && Number(s.share) > 0);
  const rows = Math.max(slices.length, 1);
  const height = Math.max(2 * CY, 40 + rows * 26);
  if (slices.length === 0) return svgRoot(WIDTH, height, title, svgText(WIDTH / 2, height / 2, '暂无可统计的资金', { anchor: 'middle', size: 16 }));

  const parts: string[] = [];
  let start = -Math.PI / 2; // 12 o'clock, clockwise as Excel draws pies
  for (const s of slices) {
    const sweep = (Number(s.share) / 100) * 2 * Math.PI; // share is a 2-decimal percent string; geometry only
    if (sweep >= 2 * Math.PI - 1e-9) {
      parts.push(`<circle cx="${CX}" cy="${CY}" r="${R}" fill="${s.color}" stroke="#fff" stroke-width="1.5"/>`);
    } else {
      const end = start + sweep;
      const large = sweep > Math.PI ? 1 : 0;
      const [x1, y1] = [CX + R * Math.cos(start), CY + R * Math.sin(start)];
      const [x2, y2] = [CX + R * Math.cos(end), CY + R * Math.sin(end)];
      parts.push(`<path d="M${CX},${CY} L${n(x1)},${n(y1)} A${R},${R} 0 ${large} 1 ${n(x2)},${n(y2)} Z" fill="${s.color}" stroke="#fff" stroke-width="1.5"/>`);
      // The share inside a slice wide enough to hold it.
      if (sweep > 0.35) {
        const mid = start + sweep / 2;
        parts.push(svgText(CX + R * 0.62 * Math.cos(mid), CY + R * 0.62 * Math.sin(mid) + 5, `${s.share}%`, { anchor: 'middle', size: 14, fill: '#fff' }));
      }
      start = end;
    }
  }
  const legendX = 2 * CX + 20;
  const legendY = CY - (slices.length * 26) / 2 + 8;
  slices.forEach((s, i) => {
    const y = legendY + i * 26;
    parts.push(`<rect x="${legendX}" y="${n(y - 12)}" width="14" height="14" fill="${s.color}"/>`);
    parts.push(svgText(legendX + 22, y, s.name, { size: 14 }));
    parts.push(svgText(WIDTH - 90, y, `${s.share}%`, { anchor: 'end', size: 14 }));
    parts.push(svgText(WIDTH - 4, y, formatGrouped(s.total), { anchor: 'end', size: 12 }));
  });
  return svgRoot(WIDTH, height, title, parts.join(''));
}
