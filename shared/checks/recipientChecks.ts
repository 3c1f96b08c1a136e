import { ZERO, type Decimal } from '../money/decimal.ts';
import { formatPlain } from '../money/wan.ts';
import type { Recipient } from '../model/plan.ts';
import type { Year } from '../model/ids.ts';
import type { Problem } from './problem.ts';

/** One recipient's money per year beside the money of its projects. */
export interface RecipientRow {
  readonly recipient: Recipient;
  /** Its own yearly money; null in a year it has none set. */
  readonly money: readonly (Decimal | null)[];
  /** Its projects' aid per year. */
  readonly projects: readonly Decimal[];
  readonly projectCount: number;
}

/**
 * Per recipient (《东丽区对口帮扶实施方案》): its projects must fit its yearly money (over is an
 * error, under a warning once it has projects), and the recipients' money
 * together must fit the plan's money for the year.
 */
export function recipientProblems(rows: readonly RecipientRow[], years: readonly Year[], planMoney: readonly (Decimal | null)[]): Problem[] {
  const problems: Problem[] = [];
  for (const row of rows) {
    if (row.projectCount === 0) continue;
    const name = row.recipient.name || '未命名受援方';
    years.forEach((year, i) => {
      const money = row.money[i];
      if (money === null || money === undefined) return;
      const spent = row.projects[i]!;
      const where = { table: 'recipients' as const, rowId: row.recipient.id, column: String(year) };
      if (spent.gt(money)) {
        problems.push({
          code: 'RECIPIENT_OVER_MONEY',
          severity: 'error',
          where,
          message: `${name}${year}年项目安排${formatPlain(spent)}万元，超过其帮扶资金${formatPlain(money)}万元，超出${formatPlain(spent.minus(money))}万元`,
        });
      } else if (spent.lt(money)) {
        problems.push({
          code: 'RECIPIENT_UNDER_MONEY',
          severity: 'warning',
          where,
          message: `${name}${year}年项目安排${formatPlain(spent)}万元，比其帮扶资金${formatPlain(money)}万元少${formatPlain(money.minus(spent))}万元`,
        });
      }
    });
  }
  years.forEach((year, i) => {
    const limit = planMoney[i];
    const withMoney = rows.filter((r) => r.money[i] !== null && r.money[i] !== undefined);
    if (limit === null || limit === undefined || withMoney.length === 0) return;
    const total = withMoney.reduce((acc, r) => acc.plus(r.money[i]!), ZERO);
    if (total.gt(limit)) {
      problems.push({
        code: 'RECIPIENTS_OVER_MONEY',
        severity: 'error',
        where: { table: 'recipients', column: String(year) },
        message: `${year}年各受援方帮扶资金合计${formatPlain(total)}万元，超过当年资金${formatPlain(limit)}万元`,
      });
    }
  });
  return problems;
}
