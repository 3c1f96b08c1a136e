import { formatPlain, wanToDecimal } from '../money/wan.ts';
import type { Plan, YearAmounts } from '../model/plan.ts';
import type { Problem } from './problem.ts';

/**
 * The plan's own money (计划资金, 追加资金, each 受援方's money) in a year
 * outside the 规划期: kept when the period changed («保留为待处理问题»), so it
 * is counted as a problem until moved or cleared, never dropped from sight.
 * (Category and project amounts outside the period are checked with their rows.)
 */
export function outsidePeriodMoneyProblems(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  const period = `${plan.firstYear}—${plan.lastYear}年`;
  const check = (amounts: YearAmounts | undefined, what: string, where: Problem['where']) => {
    for (const [year, text] of Object.entries(amounts ?? {})) {
      const y = Number(year);
      if ((y < plan.firstYear || y > plan.lastYear) && !wanToDecimal(text).isZero()) {
        problems.push({
          code: 'YEAR_OUTSIDE_PERIOD',
          severity: 'error',
          where: { ...where, column: year },
          message: `${what}在${year}年有${formatPlain(wanToDecimal(text))}万元，但该年不在规划期${period}内，请移到规划期内或清除`,
        });
      }
    }
  };
  check(plan.yearlyMoney, '计划资金', { table: 'envelope' });
  check(plan.fundingRule?.extra, '追加资金', { table: 'rule' });
  for (const r of plan.recipients) check(r.money, `受援方“${r.name}”的资金`, { table: 'recipients', rowId: r.id });
  return problems;
}
