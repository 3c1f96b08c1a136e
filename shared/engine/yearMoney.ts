import type { Decimal } from '../money/decimal.ts';
import type { Year } from '../model/ids.ts';
import type { Plan } from '../model/plan.ts';
import { wanToDecimal } from '../money/wan.ts';
import type { PlanResults } from './planEngine.ts';

/** One year's money beside the category table's total. */
export interface YearMoney {
  readonly year: Year;
  /** The year's money: the plan's adopted figure, else the rule's envelope; null when neither is known. */
  readonly money: Decimal | null;
  readonly source: 'adopted' | 'rule' | null;
  /** The category table's total for the year. */
  readonly spending: Decimal;
  /** spending − money (positive: over the money); null when the money is not known. */
  readonly difference: Decimal | null;
}

/**
 * The 当年资金 and 差额 rows under the category table, read from the engine's
 * results (the same figures the YEAR_OVER/UNDER_MONEY checks use).
 */
export function yearMoney(plan: Pick<Plan, 'yearlyMoney'>, results: PlanResults): YearMoney[] {
  return results.years.map((year, i) => {
    const e = results.envelope?.[i];
    const spending = results.yearTotals[i]!;
    const adoptedText = plan.yearlyMoney[String(year)];
    const adopted = adoptedText === undefined || adoptedText === '' ? null : wanToDecimal(adoptedText);
    const money = adopted ?? e?.envelope ?? null;
    const source = adopted ? 'adopted' : money ? 'rule' : null;
    return { year, money, source, spending, difference: money ? spending.minus(money) : null };
  });
}
