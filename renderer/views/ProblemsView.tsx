import { SEVERITY_LABEL, type Problem, type Severity } from '../../shared/checks/problem.ts';
import { describePlace } from '../../shared/report/describePlace.ts';
import { useDocument, useStore } from '../store/useDocument.ts';
import { useState } from 'react';
import { SourceCell } from '../import/SourceCell.tsx';

const ORDER: Severity[] = ['error', 'warning'];

/** 问题: every problem of the checks, errors first; clicking one selects its cell. */
export function ProblemsView({ onGo }: { onGo: (problem: Problem) => void }) {
  const { plan, results } = useDocument();
  const store = useStore();
  const [source, setSource] = useState<Problem | null>(null);
  const go = (p: Problem) => {
    onGo(p);
    setSource(p.where.table === 'file' ? p : null);
    if (p.where.table === 'categories' || p.where.table === 'projects') {
      store.requestFocus({ table: p.where.table, rowId: p.where.rowId ?? '__total', column: p.where.column ?? 'name' });
    }
  };
  return (
    <section className="view view-scroll" aria-label="问题">
      <header className="view-header">
        <h2>问题</h2>
        <span className="count">共 {results.problems.length} 项</span>
      </header>
      {results.problems.length === 0 && <p className="empty">未发现问题。</p>}
      {source && <SourceCell problem={source} />}
      {ORDER.map((severity) => {
        const list = results.problems.filter((p) => p.severity === severity);
        if (list.length === 0) return null;
        return (
          <div key={severity} className={`problem-group problem-${severity}`}>
            <h3>
              {SEVERITY_LABEL[severity]}（{list.length}）
            </h3>
            <ul>
              {list.map((p, i) => (
                <li key={`${p.code}-${i}`}>
                  <button type="button" className="problem-item" data-testid={`problem-${p.code}`} onClick={() => go(p)}>
                    <span className="problem-place">{describePlace(plan, p.where)}</span>
                    <span className="problem-message">{p.message}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
