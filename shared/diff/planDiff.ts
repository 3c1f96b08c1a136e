import { wanToDecimal, type Wan } from '../money/wan.ts';
import { normaliseCategoryName } from '../model/categoryIndex.ts';
import { CATEGORY_FIELD_LABELS, PLAN_FIELD_LABELS, PROJECT_FIELD_LABELS } from '../glossary.ts';
import { planYears, type Category, type Plan, type Project, type YearAmounts } from '../model/plan.ts';
import type { Year } from '../model/ids.ts';
import { pairRows } from './pairRows.ts';

/** Project fields compared one by one (开工/竣工年限 as one change, byYear year by year). */
export const COMPARED_PROJECT_FIELDS = ['category', 'name', 'content', 'totalInvestment', 'aid', 'fundingSource', 'units', 'deadline', 'remarks'] as const;
type ComparedField = (typeof COMPARED_PROJECT_FIELDS)[number];

/**
 * One difference between the open plan (`base`) and a revised draft
 * (`other`). `key` is stable for one pair of plans (to accept or reject it),
 * `label` says it in Chinese, `before` / `after` are the shown values.
 * `guess`: the row was matched by name or content, not by its 行标识 or id,
 * so the change is only as right as that match.
 */
export type PlanChange = { readonly key: string; readonly label: string; readonly before: string; readonly after: string; readonly guess?: true } & (
  | { readonly kind: 'info'; readonly field: 'title' | 'donor'; readonly value: string }
  | { readonly kind: 'period'; readonly firstYear: Year; readonly lastYear: Year }
  | { readonly kind: 'yearlyMoney'; readonly year: string; readonly value: Wan | null }
  | { readonly kind: 'categoryAdded'; readonly category: Category; readonly index: number }
  | { readonly kind: 'categoryRemoved'; readonly categoryId: Category['id'] }
  | { readonly kind: 'categoryName'; readonly categoryId: Category['id']; readonly name: string }
  | { readonly kind: 'categoryAmount'; readonly categoryId: Category['id']; readonly year: string; readonly value: Wan | null }
  | { readonly kind: 'categoryAliases'; readonly categoryId: Category['id']; readonly aliases: readonly string[] }
  | { readonly kind: 'projectAdded'; readonly project: Project; readonly index: number }
  | { readonly kind: 'projectRemoved'; readonly projectId: Project['id'] }
  | { readonly kind: 'projectField'; readonly projectId: Project['id']; readonly field: ComparedField; readonly value: Project[ComparedField] }
  | { readonly kind: 'projectYears'; readonly projectId: Project['id']; readonly startYear: Year | null; readonly endYear: Year | null }
  | { readonly kind: 'projectAmount'; readonly projectId: Project['id']; readonly year: string; readonly value: Wan | null }
);

/** How to read the revised draft's ids. */
export interface DiffOptions {
  /** Ids the reader gave rows that had no 行标识 in the workbook: no identity, so those rows are matched by name and content. */
  readonly assignedIds?: ReadonlySet<string>;
}

const sameMoney = (a: Wan | null | undefined, b: Wan | null | undefined) => wanToDecimal(a).eq(wanToDecimal(b));
const money = (v: Wan | null | undefined) => (v === null || v === undefined || v === '' ? '（空）' : wanToDecimal(v).toFixed(2));
const shown = (v: unknown): string => {
  const text = Array.isArray(v) ? v.join('、') : v === null || v === undefined ? '' : String(v);
  return text === '' ? '（空）' : text;
};
const span = (from: number | null, to: number | null) => `${shown(from)}—${shown(to)}`;
const isMoneyField = (f: ComparedField): f is 'totalInvestment' | 'aid' => f === 'totalInvestment' || f === 'aid';

/** Same amounts in every year, and at least one that is not zero (empty rows are alike in nothing). */
function sameAmounts(a: YearAmounts, b: YearAmounts): boolean {
  const years = new Set([...Object.keys(a), ...Object.keys(b)]);
  let some = false;
  for (const y of years) {
    if (!sameMoney(a[y], b[y])) return false;
    if (!wanToDecimal(a[y]).isZero()) some = true;
  }
  return some;
}
const squash = (s: string) => s.replace(/\s+/g, '');

/** A project that kept its content, or its category and money, is the same project under a new name. */
const alikeProjects = (a: Project, b: Project) =>
  (squash(a.content) !== '' && squash(a.content) === squash(b.content)) ||
  (normaliseCategoryName(a.category) === normaliseCategoryName(b.category) && sameAmounts(a.byYear, b.byYear));
/** A category that kept its money, or whose new name was one of its aliases (or the reverse). */
const alikeCategories = (a: Category, b: Category) =>
  sameAmounts(a.byYear, b.byYear) ||
  a.aliases.some((x) => normaliseCategoryName(x) === normaliseCategoryName(b.name)) ||
  b.aliases.some((x) => normaliseCategoryName(x) === normaliseCategoryName(a.name));

/** Every difference from `base` to `other`: plan information, yearly money, categories, projects field by field. */
export function diffPlans(base: Plan, other: Plan, options: DiffOptions = {}): PlanChange[] {
  const assignedIds = options.assignedIds ?? new Set<string>();
  const changes: PlanChange[] = [];
  for (const field of ['title', 'donor'] as const) {
    if (base[field] !== other[field]) {
      changes.push({
        kind: 'info',
        field,
        value: other[field],
        key: `info:${field}`,
        label: `规划信息“${PLAN_FIELD_LABELS[field]}”`,
        before: shown(base[field]),
        after: shown(other[field]),
      });
    }
  }
  if (base.firstYear !== other.firstYear || base.lastYear !== other.lastYear) {
    const label = '规划信息“规划期”';
    changes.push({
      kind: 'period',
      firstYear: other.firstYear,
      lastYear: other.lastYear,
      key: 'info:period',
      label,
      before: span(base.firstYear, base.lastYear),
      after: span(other.firstYear, other.lastYear),
    });
  }
  const years = [...new Set([...planYears(base), ...planYears(other)].map(String))].sort();
  for (const year of years) {
    const a = base.yearlyMoney[year];
    const b = other.yearlyMoney[year];
    if (!sameMoney(a, b))
      changes.push({ kind: 'yearlyMoney', year, value: b ?? null, key: `money:${year}`, label: `${year}年计划资金`, before: money(a), after: money(b) });
  }

  const cats = pairRows(base.categories, other.categories, { assignedIds, alike: alikeCategories });
  for (const { base: a, other: b, guess } of cats.pairs) {
    const g = guess ? ({ guess: true } as const) : {};
    if (a.name !== b.name) {
      changes.push({
        kind: 'categoryName',
        categoryId: a.id,
        name: b.name,
        key: `category:${a.id}:name`,
        label: `类别“${a.name}”的${CATEGORY_FIELD_LABELS.name}`,
        before: a.name,
        after: b.name,
        ...g,
      });
    }
    for (const year of years) {
      if (!sameMoney(a.byYear[year], b.byYear[year])) {
        changes.push({
          kind: 'categoryAmount',
          categoryId: a.id,
          year,
          value: b.byYear[year] ?? null,
          key: `category:${a.id}:${year}`,
          label: `类别“${a.name}”${year}年`,
          before: money(a.byYear[year]),
          after: money(b.byYear[year]),
          ...g,
        });
      }
    }
    if (a.aliases.join('、') !== b.aliases.join('、')) {
      changes.push({
        kind: 'categoryAliases',
        categoryId: a.id,
        aliases: b.aliases,
        key: `category:${a.id}:aliases`,
        label: `类别“${a.name}”的${CATEGORY_FIELD_LABELS.aliases}`,
        before: shown(a.aliases),
        after: shown(b.aliases),
        ...g,
      });
    }
  }
  for (const c of cats.added) {
    changes.push({
      kind: 'categoryAdded',
      category: c,
      index: other.categories.indexOf(c),
      key: `category+:${c.id}:${c.name}`,
      label: `新增类别“${c.name}”`,
      before: '',
      after: c.name,
    });
  }
  for (const c of cats.removed)
    changes.push({ kind: 'categoryRemoved', categoryId: c.id, key: `category-:${c.id}`, label: `删除类别“${c.name}”`, before: c.name, after: '' });

  const projects = pairRows(base.projects, other.projects, { assignedIds, alike: alikeProjects });
  for (const { base: a, other: b, guess } of projects.pairs) {
    const g = guess ? ({ guess: true } as const) : {};
    const name = a.name || '未命名项目';
    for (const field of COMPARED_PROJECT_FIELDS) {
      const x = a[field];
      const y = b[field];
      const same = isMoneyField(field) ? sameMoney(x as Wan | null, y as Wan | null) : shown(x) === shown(y);
      if (same) continue;
      const [before, after] = isMoneyField(field) ? [money(x as Wan | null), money(y as Wan | null)] : [shown(x), shown(y)];
      changes.push({
        kind: 'projectField',
        projectId: a.id,
        field,
        value: y,
        key: `project:${a.id}:${field}`,
        label: `项目“${name}”的${PROJECT_FIELD_LABELS[field]}`,
        before,
        after,
        ...g,
      });
    }
    if (a.startYear !== b.startYear || a.endYear !== b.endYear) {
      const label = `项目“${name}”的${PROJECT_FIELD_LABELS.startYear}、${PROJECT_FIELD_LABELS.endYear}`;
      changes.push({
        kind: 'projectYears',
        projectId: a.id,
        startYear: b.startYear,
        endYear: b.endYear,
        key: `project:${a.id}:years`,
        label,
        before: span(a.startYear, a.endYear),
        after: span(b.startYear, b.endYear),
        ...g,
      });
    }
    for (const year of years) {
      if (!sameMoney(a.byYear[year], b.byYear[year])) {
        changes.push({
          kind: 'projectAmount',
          projectId: a.id,
          year,
          value: b.byYear[year] ?? null,
          key: `project:${a.id}:${year}`,
          label: `项目“${name}”${year}年`,
          before: money(a.byYear[year]),
          after: money(b.byYear[year]),
          ...g,
        });
      }
    }
  }
  for (const p of projects.added) {
    changes.push({
      kind: 'projectAdded',
      project: p,
      index: other.projects.indexOf(p),
      key: `project+:${p.id}:${p.name}`,
      label: `新增项目“${p.name || '未命名项目'}”`,
      before: '',
      after: p.name,
    });
  }
  for (const p of projects.removed)
    changes.push({ kind: 'projectRemoved', projectId: p.id, key: `project-:${p.id}`, label: `删除项目“${p.name || '未命名项目'}”`, before: p.name, after: '' });
  return changes;
}
