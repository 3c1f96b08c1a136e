import { Decimal, ZERO } from '../money/decimal.ts';
import { wanToDecimal } from '../money/wan.ts';
import type { FundingRule } from '../model/plan.ts';
import type { Year } from '../model/ids.ts';

/** The money the funding rule gives one plan year. */
export interface RuleYear {
  readonly year: Year;
  /** The revenue year the money is based on: the year before. */
  readonly revenueYear: number;
  /** That year's revenue in 万元, actual or projected; null when it cannot be known. */
  readonly revenue: Decimal | null;
  /** True when the revenue is the actual figure, not a projection. */
  readonly revenueIsActual: boolean;
  /** rate × revenue, rounded half-up to 0.01万元. */
  readonly byRate: Decimal | null;
  /** 追加 money beyond the rule. */
  readonly extra: Decimal;
  /** byRate + extra: the envelope the rule gives. */
  readonly envelope: Decimal | null;
}

/**
 * Revenue of one year: the actual figure where known, else projected with the
 * growth rate from the latest earlier year whose figure is known (the base
 * year, or a later actual one).
 */
export function revenueOf(rule: FundingRule, year: number): { value: Decimal; actual: boolean } | null {
  const actual = rule.actualRevenue[String(year)];
  if (actual !== undefined && actual !== '') return { value: new Decimal(actual), actual: true };
  if (year === rule.baseYear) return { value: new Decimal(rule.baseRevenue), actual: false };
  if (year < rule.baseYear) return null;
  let from = rule.baseYear as number;
  let value = new Decimal(rule.baseRevenue);
  for (let y = year - 1; y > rule.baseYear; y--) {
    const known = rule.actualRevenue[String(y)];
    if (known !== undefined && known !== '') {
      from = y;
      value = new Decimal(known);
      break;
    }
  }
  const growth = new Decimal(1).plus(new Decimal(rule.growthPercent).div(100));
  return { value: value.times(growth.pow(year - from)), actual: false };
}

/** The rule's money for each plan year (《武侯区对口帮扶白玉县规划（2016—2020年）》: 2717.00, 2852.85, 2995.49, 3145.27, 3302.53). */
export function ruleByYear(rule: FundingRule, years: readonly Year[]): RuleYear[] {
  const rate = new Decimal(rule.ratePercent).div(100);
  return years.map((year) => {
    const revenue = revenueOf(rule, year - 1);
    const extra = wanToDecimal(rule.extra[String(year)]);
    const byRate = revenue ? revenue.value.times(rate).toDecimalPlaces(2) : null;
    return {
      year,
      revenueYear: year - 1,
      revenue: revenue?.value ?? null,
      revenueIsActual: revenue?.actual ?? false,
      byRate,
      extra,
      envelope: byRate ? byRate.plus(extra) : extra.isZero() ? null : extra.plus(ZERO),
    };
  });
}
