import { describePath } from '../file/describePath.ts';
import { MAX_CATEGORIES, MAX_LIST_ENTRIES, MAX_PROJECTS, MAX_RECIPIENTS, TEXT_LIMITS, type TextField } from '../model/limits.ts';
import type { Category, Plan, Project } from '../model/plan.ts';
import type { ReportBuilder } from './importReport.ts';

const PROJECT_TEXT: readonly [keyof Project & string, TextField][] = [
  ['category', 'projectCategory'],
  ['name', 'projectName'],
  ['content', 'content'],
  ['fundingSource', 'fundingSource'],
  ['deadline', 'deadline'],
  ['remarks', 'remarks'],
];

/**
 * An imported plan within the limits of a valid plan (shared/model/limits.ts),
 * so what is imported can be saved: a text past its limit is cut, and the
 * report names the place and says so (nothing is cut silently). Too many rows
 * cannot be fixed by cutting: then the message says why the import fails.
 */
export function fitToLimits(plan: Plan, report: ReportBuilder): { ok: true; plan: Plan } | { ok: false; message: string } {
  if (plan.categories.length > MAX_CATEGORIES)
    return { ok: false, message: `类别有${plan.categories.length}个，超过上限${MAX_CATEGORIES}个，不是一个规划的类别表` };
  if (plan.projects.length > MAX_PROJECTS) return { ok: false, message: `项目有${plan.projects.length}个，超过上限${MAX_PROJECTS}个` };
  if (plan.recipients.length > MAX_RECIPIENTS) return { ok: false, message: `受援方有${plan.recipients.length}个，超过上限${MAX_RECIPIENTS}个` };
  const cut = (text: string, field: TextField, path: readonly PropertyKey[]): string => {
    const max = TEXT_LIMITS[field];
    if (text.length <= max) return text;
    report.add('problem', describePath(['plan', ...path]), `文字有${text.length}字，超过上限${max}字，只导入了前${max}字`);
    return text.slice(0, max);
  };
  const cutList = (list: readonly string[], field: TextField, path: readonly PropertyKey[]): string[] => {
    if (list.length > MAX_LIST_ENTRIES)
      report.add('problem', describePath(['plan', ...path]), `有${list.length}项，超过上限${MAX_LIST_ENTRIES}项，只导入了前${MAX_LIST_ENTRIES}项`);
    return list.slice(0, MAX_LIST_ENTRIES).map((entry, i) => cut(entry, field, [...path, i]));
  };
  const categories = plan.categories.map((c, i): Category => ({
    ...c,
    name: cut(c.name, 'categoryName', ['categories', i, 'name']),
    aliases: cutList(c.aliases, 'alias', ['categories', i, 'aliases']),
  }));
  const over = (text: string, field: TextField) => text.length > TEXT_LIMITS[field];
  // Most of 10,000 projects are within every limit: those are kept as they are, with no copy and no place spelled.
  const projects = plan.projects.map((p, i): Project => {
    let next: Record<string, unknown> | null = null;
    // An indexed loop: a for-of with destructuring allocates for each of 60,000 fields until optimised.
    for (let k = 0; k < PROJECT_TEXT.length; k++) {
      const [field, limit] = PROJECT_TEXT[k]!;
      if (over(p[field] as string, limit)) (next ??= { ...p })[field] = cut(p[field] as string, limit, ['projects', i, field]);
    }
    if (p.units.length > MAX_LIST_ENTRIES || p.units.some((u) => over(u, 'unit')))
      (next ??= { ...p }).units = cutList(p.units, 'unit', ['projects', i, 'units']);
    return next === null ? p : (next as unknown as Project);
  });
  return {
    ok: true,
    plan: {
      ...plan,
      title: cut(plan.title, 'title', ['title']),
      donor: cut(plan.donor, 'donor', ['donor']),
      recipients: plan.recipients.map((r, i) => ({
        ...r,
        name: cut(r.name, 'recipientName', ['recipients', i, 'name']),
        carrierUnit: cut(r.carrierUnit, 'carrierUnit', ['recipients', i, 'carrierUnit']),
      })),
      categories,
      projects,
    },
  };
}
