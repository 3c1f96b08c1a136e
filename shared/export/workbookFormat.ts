/**
 * The formats of the workbooks this program writes (导出Excel, 汇总, 进度表),
 * declared once: the writers (electron/node/xlsx, consolidate, progress)
 * write them, and the importer (shared/import) recognises its own workbooks
 * by them when they come back.
 */
import type { FundingRule } from '../model/plan.ts';

/** "A", "Z", "AA" for column 1, 26, 27. */
export function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** The line this program writes under a title: "帮扶方：成都市武侯区 受援方：白玉县 规划期：2016—2020年" (separated by ideographic spaces). */
export function formatInfoLine(donor: string, recipients: readonly string[], firstYear: number, lastYear: number): string {
  const period = firstYear === lastYear ? `${firstYear}年` : `${firstYear}—${lastYear}年`;
  return `帮扶方：${donor}\u3000受援方：${recipients.join('、')}\u3000规划期：${period}`;
}

/** The column headers of the 资金测算表 this program writes. */
export const ENVELOPE_HEADERS = {
  year: '年度',
  revenueYear: '收入年度',
  revenue: '上年度一般公共预算收入',
  revenueKind: '收入口径',
  rate: '帮扶比例（%）',
  extra: '追加资金',
  rule: '测算资金',
  plan: '计划资金',
  planKind: '计划资金口径',
  difference: '差额（计划−测算）',
} as const;

/** 收入口径 and 计划资金口径 values. */
export const REVENUE_KIND = { actual: '实际', projected: '预测' } as const;
export const PLAN_KIND = { adopted: '规划确定', fromTable: '按领域安排合计' } as const;

/** "测算规则：以2015年一般公共预算收入543400万元为基数，年均增长5%，按上年度收入的0.5%安排". */
export function formatRuleLine(rule: Pick<FundingRule, 'baseYear' | 'baseRevenue' | 'growthPercent' | 'ratePercent'>): string {
  return `测算规则：以${rule.baseYear}年一般公共预算收入${rule.baseRevenue}万元为基数，年均增长${rule.growthPercent}%，按上年度收入的${rule.ratePercent}%安排`;
}
