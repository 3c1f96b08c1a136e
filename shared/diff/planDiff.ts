import { wanToDecimal, type Wan } from '../money/wan.ts';
import { normaliseCategoryName } from '../model/categoryIndex.ts';
import { CATEGORY_FIELD_LABELS, PLAN_FIELD_LABELS, PROJECT_FIELD_LABELS } from '../glossary.ts';
import { planYears, type Category, type Plan, type Project } from '../model/plan.ts';

/** Project fields compared one by one (byYear is compared year by year). */
export const COMPARED_PROJECT_FIELDS = ['category', 'name', 'content', 'startYear', 'endYear', 'totalInvestment', 'aid', 'fundingSource', 'units', 'deadline', 'remarks'] as const;
type ComparedField = (typeof COMPARED_PROJECT_FIELDS)[number];

/**
 * One difference between the open plan (`base`) and a revised draft
 * (`other`). `key` is stable for one pair of plans (to accept or reject it),
 * `label` says it in Chinese, `before` / `after` are the shown values.
 */
export type PlanChange = { readonly key: string; readonly label: string; readonly before: string; readonly after: string } & (
  | { readonly kind: 'info'; readonly field: 'title' | 'donor' | 'firstYear' | 'lastYear'; readonly value: string | number }
  | { readonly kind: 'yearlyMoney'; readonly year: string; readonly value: Wan | null }
  | { readonly kind: 'categoryAdded'; readonly category: Category; readonly index: number }
  | { readonly kind: 'categoryRemoved'; readonly categoryId: Category['id'] }
  | { readonly kind: 'categoryAmount'; readonly categoryId: Category['id']; readonly year: string; readonly value: Wan | null }
  | { readonly kind: 'categoryAliases'; readonly categoryId: Category['id']; readonly aliases: readonly string[] }
  | { readonly kind: 'projectAdded'; readonly project: Project; readonly index: number }
  | { readonly kind: 'projectRemoved'; readonly projectId: Project['id'] }
  | { readonly kind: 'projectField'; readonly projectId: Project['id']; readonly field: ComparedField; readonly value: Project[ComparedField] }
  | { readonly kind: 'projectAmount'; readonly projectId: Project['id']; readonly year: string; readonly value: Wan | null }
);

const sameMoney = (a: Wan | null | undefined, b: Wan | null | undefined) => wanToDecimal(a).eq(wanToDecimal(b));
const money = (v: Wan | null | undefined) => (v === null || v === undefined || v === '' ? '（空）' : wanToDecimal(v).toFixed(2));
const shown = (v: unknown): string => {
  const text = Array.isArray(v) ? v.join('、') : v === null || v === undefined ? '' : String(v);
  return text === '' ? '（空）' : text;
};
const normName = (s: string) => normaliseCategoryName(s);

/** Pairs rows of two lists: first same id and same name, then same name; the rest are added or removed. */
function pairRows<T extends { id: string; name: string }>(base: readonly T[], other: readonly T[]): { pairs: [T, T][]; added: T[]; removed: T[] } {
  const used = new Set<T>();
  const pairs: [T, T][] = [];
  const unmatched: T[] = [];
  const otherById = new Map(other.map((o) => [o.id, o]));
  for (const b of base) {
    const o = otherById.get(b.id);
    if (o && normName(o.name) === normName(b.name)) {
      pairs.push([b, o]);
      used.add(o);
    } else unmatched.push(b);
  }
  const removed: T[] = [];
  for (const b of unmatched) {
    const o = other.find((x) => !used.has(x) && normName(x.name) === normName(b.name));
    if (o) {
      pairs.push([b, o]);
      used.add(o);
    } else removed.push(b);
  }
  return { pairs, added: other.filter((o) => !used.has(o)), removed };
}

/** Every difference from `base` to `other`: plan information, yearly money, categories, projects field by field. */
export function diffPlans(base: Plan, other: Plan): PlanChange[] {
  const changes: PlanChange[] = [];
  for (const field of ['title', 'donor', 'firstYear', 'lastYear'] as const) {
    if (base[field] !== other[field]) {
      changes.push({ kind: 'info', field, value: other[field], key: `info:${field}`, label: `规划信息“${PLAN_FIELD_LABELS[field]}”`, before: shown(base[field]), after: shown(other[field]) });
    }
  }
  const years = [...new Set([...planYears(base), ...planYears(other)].map(String))].sort();
  for (const year of years) {
    const a = base.yearlyMoney[year];
    const b = other.yearlyMoney[year];
    if (!sameMoney(a, b)) changes.push({ kind: 'yearlyMoney', year, value: b ?? null, key: `money:${year}`, label: `${year}年计划资金`, before: money(a), after: money(b) });
  }

  const cats = pairRows(base.categories, other.categories);
  for (const [a, b] of cats.pairs) {
    for (const year of years) {
      if (!sameMoney(a.byYear[year], b.byYear[year])) {
        changes.push({ kind: 'categoryAmount', categoryId: a.id, year, value: b.byYear[year] ?? null, key: `category:${a.id}:${year}`, label: `类别“${a.name}”${year}年`, before: money(a.byYear[year]), after: money(b.byYear[year]) });
      }
    }
    if (a.aliases.join('、') !== b.aliases.join('、')) {
      changes.push({ kind: 'categoryAliases', categoryId: a.id, aliases: b.aliases, key: `category:${a.id}:aliases`, label: `类别“${a.name}”的${CATEGORY_FIELD_LABELS.aliases}`, before: shown(a.aliases), after: shown(b.aliases) });
    }
  }
  for (const c of cats.added) {
    changes.push({ kind: 'categoryAdded', category: c, index: other.categories.indexOf(c), key: `category+:${c.id}:${c.name}`, label: `新增类别“${c.name}”`, before: '', after: c.name });
  }
  for (const c of cats.removed) changes.push({ kind: 'categoryRemoved', categoryId: c.id, key: `category-:${c.id}`, label: `删除类别“${c.name}”`, before: c.name, after: '' });

  const projects = pairRows(base.projects, other.projects);
  for (const [a, b] of projects.pairs) {
    const name = a.name || '未命名项目';
    for (const field of COMPARED_PROJECT_FIELDS) {
      const x = a[field];
      const y = b[field];
      const same = field === 'totalInvestment' || field === 'aid' ? sameMoney(x as Wan | null, y as Wan | null) : shown(x) === shown(y);
      if (!same) {
        const fmt = field === 'totalInvestment' || field === 'aid' ? money(x as Wan | null) : shown(x);
        const fmtAfter = field === 'totalInvestment' || field === 'aid' ? money(y as Wan | null) : shown(y);
        changes.push({ kind: 'projectField', projectId: a.id, field, value: y, key: `project:${a.id}:${field}`, label: `项目“${name}”的${PROJECT_FIELD_LABELS[field]}`, before: fmt, after: fmtAfter });
      }
    }
    for (const year of years) {
      if (!sameMoney(a.byYear[year], b.byYear[year])) {
        changes.push({ kind: 'projectAmount', projectId: a.id, year, value: b.byYear[year] ?? null, key: `project:${a.id}:${year}`, label: `项目“${name}”${year}年`, before: money(a.byYear[year]), after: money(b.byYear[year]) });
      }
    }
  }
  for (const p of projects.added) {
    changes.push({ kind: 'projectAdded', project: p, index: other.projects.indexOf(p), key: `project+:${p.id}:${p.name}`, label: `新增项目“${p.name || '未命名项目'}”`, before: '', after: p.name });
  }
  for (const p of projects.removed) changes.push({ kind: 'projectRemoved', projectId: p.id, key: `project-:${p.id}`, label: `删除项目“${p.name || '未命名项目'}”`, before: p.name, after: '' });
  return changes;
}
