import { useMemo } from 'react';
import type { PlanResults } from '../../shared/engine/planEngine.ts';
import { sharesChart } from '../../shared/print/charts/sharesChart.ts';
import { yearChart } from '../../shared/print/charts/yearChart.ts';

const figure: React.CSSProperties = { margin: 0, flex: '1 1 360px', minWidth: 300, maxWidth: 640 };
const caption: React.CSSProperties = { fontWeight: 600, margin: '0 0 6px', textAlign: 'center' };

/**
 * The live charts: 项目投资结构 (each category's share) and the money per
 * year against the envelope. The SVG is the print view's own
 * (shared/print/charts), built from escaped text, so the app and the paper
 * show the same picture; it is rebuilt whenever the results change.
 */
export function Charts({ results }: { results: PlanResults }) {
  const shares = useMemo(() => sharesChart(results), [results]);
  const years = useMemo(() => yearChart(results), [results]);
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' }} aria-label="统计图">
      <figure style={figure} data-testid="chart-shares">
        <figcaption style={caption}>项目投资结构</figcaption>
        {/* Built by shared/print/charts with every text escaped: safe to insert. */}
        <div dangerouslySetInnerHTML={{ __html: shares }} />
      </figure>
      <figure style={figure} data-testid="chart-years">
        <figcaption style={caption}>年度资金安排与测算资金（万元）</figcaption>
        <div dangerouslySetInnerHTML={{ __html: years }} />
      </figure>
    </div>
  );
}
