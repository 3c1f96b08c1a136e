import type { Problem } from '../../shared/checks/problem.ts';
import './importReport.css';

/** A problem found in the imported workbook: the source cell's address and the text it held (the file itself is not opened). */
export function SourceCell({ problem }: { problem: Problem }) {
  return (
    <div className="problem-source" data-testid="problem-source" role="status">
      来源单元格：<strong>{problem.where.column}</strong>
      {problem.where.found ? <>，内容：“{problem.where.found}”</> : '，单元格为空'}
      <div>{problem.message}</div>
    </div>
  );
}
