import type { ReportBuilder } from './importReport.ts';
import { settleRowIds } from './rowIdentity.ts';

/**
 * The ids of an imported plan's categories and projects: those the file's
 * hidden 行标识 column gives (so a workbook that comes back keeps its rows'
 * identity), fresh ones for rows without (inserted by the partner, or a
 * workbook from elsewhere). Says in the report what it found.
 */
export function identifyRows(
  categories: readonly { rowId?: string; place: string }[],
  projects: readonly { rowId?: string; place: string }[],
  report: ReportBuilder,
): { categories: string[]; projects: string[]; assigned: ReadonlySet<string> } {
  const c = settleRowIds(
    'c',
    categories.map((x) => x.rowId),
  );
  const p = settleRowIds(
    'p',
    projects.map((x) => x.rowId),
  );
  for (const i of c.repeated) report.add('decision', categories[i]!.place, '行标识与上方的类别重复（复制的行），作为另一个类别读取');
  for (const i of p.repeated) report.add('decision', projects[i]!.place, '行标识与上方的项目重复（复制的行），作为新项目读取');
  const identified = categories.length - c.assigned.length + projects.length - p.assigned.length;
  if (identified > 0) {
    const without = c.assigned.length + p.assigned.length;
    report.add(
      'found',
      projects[0]?.place.split('!')[0] ?? categories[0]!.place.split('!')[0]!,
      `${identified}行带有行标识，按标识对应原规划的类别和项目${without > 0 ? `；${without}行没有行标识（如新增的行），比较时按名称和内容推测对应` : ''}`,
    );
  }
  return { categories: c.ids, projects: p.ids, assigned: new Set([...c.assigned, ...p.assigned]) };
}
