import { PROGRESS_FIELD_LABELS, PROJECT_FIELD_LABELS, TABLE_LABELS } from '../glossary.ts';
import type { Plan } from '../model/plan.ts';
import type { Place } from '../checks/problem.ts';

const FIELD_LABELS: Record<string, string> = { ...PROJECT_FIELD_LABELS, name: '名称' };

/** A place in words: "项目表 第3行（藏式民居接待建设项目）开工年限", "年度领域安排表 民生改善 2017年". */
export function describePlace(plan: Plan, where: Place): string {
  // A cell of the workbook the plan was imported from: "导入的文件 规划项目表!H4".
  if (where.table === 'file' && where.column) return `导入的文件 ${where.column}`;
  const parts: string[] = [TABLE_LABELS[where.table]];
  if ((where.table === 'projects' || where.table === 'progress') && where.rowId) {
    const index = plan.projects.findIndex((p) => p.id === where.rowId);
    const name = plan.projects[index]?.name.trim();
    parts.push(`第${index + 1}行${name ? `（${name}）` : ''}`);
  } else if (where.table === 'categories' && where.rowId) {
    parts.push(plan.categories.find((c) => c.id === where.rowId)?.name ?? '');
  } else if (where.table === 'recipients' && where.rowId) {
    parts.push(plan.recipients.find((r) => r.id === where.rowId)?.name ?? '');
  } else if (where.table === 'categories' && where.column && /^\d{4}$/.test(where.column)) {
    parts.push('合计');
  }
  if (where.column) {
    // Progress columns are "2018.arrived": the year, then the figure.
    const [first = '', second] = where.column.split('.');
    parts.push(/^\d{4}$/.test(first) ? `${first}年` : (FIELD_LABELS[first] ?? first));
    if (second) parts.push(PROGRESS_FIELD_LABELS[second as keyof typeof PROGRESS_FIELD_LABELS] ?? second);
  }
  return parts.filter((p) => p !== '').join(' ');
}
