import { formatPlain } from '../money/wan.ts';
import type { Decimal } from '../money/decimal.ts';
import type { Year } from '../model/ids.ts';
import type { Problem } from './problem.ts';

/** One plan year's money: what the rule gives, what the plan adopts, what the table spends. */
export interface MoneyYear {
  readonly year: Year;
  /** The rule's envelope (rate × revenue + 追加); null without a rule. */
  readonly rule: Decimal | null;
  /** The plan's own adopted money for the year; null when it adopts none. */
  readonly adopted: Decimal | null;
  /** The category table's total for the year. */
  readonly spending: Decimal;
}

const diffText = (d: Decimal) => `${d.isNegative() ? '少' : '多'}${formatPlain(d.abs())}万元`;

/**
 * Spending over the year's money is an error, under it a warning (money left
 * unplanned). The year's money is the adopted figure, else the rule's. An
 * adopted figure that departs from the rule is shown with the difference.
 */
export function moneyProblems(years: readonly MoneyYear[]): Problem[] {
  const problems: Problem[] = [];
  for (const { year, rule, adopted, spending } of years) {
    const key = String(year);
    if (adopted !== null && rule !== null && !adopted.eq(rule)) {
      problems.push({
        code: 'MONEY_DEPARTS_FROM_RULE',
        severity: 'warning',
        where: { table: 'envelope', column: key },
        message: `${year}年计划资金${formatPlain(adopted)}万元，比按规则测算的${formatPlain(rule)}万元${diffText(adopted.minus(rule))}`,
      });
    }
    const money = adopted ?? rule;
    if (money === null) continue;
    const source = adopted !== null ? '计划资金' : '测算资金';
    if (spending.gt(money)) {
      problems.push({
        code: 'YEAR_OVER_MONEY',
        severity: 'error',
        where: { table: 'categories', column: key },
        message: `${year}年各类别安排合计${formatPlain(spending)}万元，超过当年${source}${formatPlain(money)}万元，超出${formatPlain(spending.minus(money))}万元`,
      });
    } else if (spending.lt(money)) {
      problems.push({
        code: 'YEAR_UNDER_MONEY',
        severity: 'warning',
        where: { table: 'categories', column: key },
        message: `${year}年各类别安排合计${formatPlain(spending)}万元，比当年${source}${formatPlain(money)}万元少${formatPlain(money.minus(spending))}万元，尚有资金未安排`,
      });
    }
  }
  return problems;
}
