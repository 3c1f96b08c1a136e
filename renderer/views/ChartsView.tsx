import type { PlanResults } from '../../shared/engine/planEngine.ts';
import { Charts } from '../print/Charts.tsx';

/** 图表: the print charts of the plan, live. */
export function ChartsView({ results }: { results: PlanResults }) {
  return (
    <section className="view view-scroll" aria-label="图表">
      <header className="view-header">
        <h2>图表</h2>
        <span className="unit">随规划实时更新</span>
      </header>
      <Charts results={results} />
    </section>
  );
}
