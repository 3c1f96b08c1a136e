import type { Category } from './plan.ts';
import type { CategoryId } from './ids.ts';

/** Names compare without spaces of any width, so "民生 改善" is 民生改善. */
export function normaliseCategoryName(name: string): string {
  return name.replace(/[\s\u00A0\u3000]+/g, '');
}

/**
 * Finds a plan category by a project's category text, through names and
 * aliases. `duplicates` lists texts that name more than one category.
 */
export interface CategoryIndex {
  lookup(text: string): CategoryId | null;
  readonly duplicates: readonly { text: string; ids: CategoryId[] }[];
}

export function buildCategoryIndex(categories: readonly Category[]): CategoryIndex {
  const byText = new Map<string, CategoryId[]>();
  const add = (text: string, id: CategoryId) => {
    const key = normaliseCategoryName(text);
    if (key === '') return;
    const ids = byText.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    byText.set(key, ids);
  };
  for (const c of categories) {
    add(c.name, c.id);
    for (const alias of c.aliases) add(alias, c.id);
  }
  const duplicates = [...byText].filter(([, ids]) => ids.length > 1).map(([text, ids]) => ({ text, ids }));
  return {
    lookup: (text) => byText.get(normaliseCategoryName(text))?.[0] ?? null,
    duplicates,
  };
}

/**
 * The plan category whose name or alias is closest to `text` (most shared
 * characters, then shortest), to suggest a mapping for an unknown category.
 */
export function closestCategory(text: string, categories: readonly Category[]): Category | null {
  const wanted = new Set(normaliseCategoryName(text));
  let best: { c: Category; score: number; size: number } | null = null;
  for (const c of categories) {
    for (const candidate of [c.name, ...c.aliases]) {
      const chars = new Set(normaliseCategoryName(candidate));
      let shared = 0;
      for (const ch of chars) if (wanted.has(ch)) shared++;
      const score = shared / Math.max(chars.size, wanted.size, 1);
      // Ties go to the shorter name (人才队伍建设: 人才培养 before 基础设施建设), as documented above.
      if (shared > 0 && (!best || score > best.score || (score === best.score && chars.size < best.size))) best = { c, score, size: chars.size };
    }
  }
  return best?.c ?? null;
}
