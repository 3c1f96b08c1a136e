import { Decimal } from '../money/decimal.ts';
import { formatPlain } from '../money/wan.ts';
import type { Category } from '../model/plan.ts';
import type { Year } from '../model/ids.ts';
import type { CategoryIndex } from '../model/categoryIndex.ts';
import type { Problem } from './problem.ts';

/** Parsed row of the category table, index 0 = first plan year. */
export interface CategoryRowFacts {
  readonly byYear: readonly Decimal[];
  readonly total: Decimal;
  readonly problems: readonly Problem[];
}

/** Parses one category row and checks its amounts (not negative, inside the period). */
export function categoryRowFacts(category: Category, years: readonly Year[]): CategoryRowFacts {
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const byYear = years.map(() => new Decimal(0));
  const problems: Problem[] = [];
  let total = new Decimal(0);
  for (const [key, text] of Object.entries(category.byYear)) {
    const year = Number(key);
    const amount = new Decimal(text);
    const where = { table: 'categories' as const, rowId: category.id, column: key };
    if (year < first || year > last) {
      if (!amount.isZero()) {
        problems.push({
          code: 'YEAR_OUTSIDE_PERIOD',
          severity: 'error',
          where,
          message: `类别“${category.name}”在${key}年安排了资金，但该年不在规划期${first}—${last}年内`,
        });
      }
      continue;
    }
    if (amount.isNegative()) {
      problems.push({ code: 'NEGATIVE_AMOUNT', severity: 'error', where, message: `类别“${category.name}”${key}年的金额为负数（${formatPlain(amount)}万元）` });
    }
    byYear[year - first] = amount;
    total = total.plus(amount);
  }
  return { byYear, total, problems };
}

/** A name or alias that points at two categories makes the mapping ambiguous. */
export function duplicateCategoryProblems(categories: readonly Category[], index: CategoryIndex): Problem[] {
  return index.duplicates.map(({ text, ids }) => {
    const names = ids.map((id) => `“${categories.find((c) => c.id === id)?.name ?? id}”`).join('、');
    return {
      code: 'DUPLICATE_CATEGORY' as const,
      severity: 'error' as const,
      message: `“${text}”同时是${names}的名称或别名，项目无法确定归属`,
      where: { table: 'categories' as const, rowId: ids[1]!, column: 'name' },
    };
  });
}
