import type { Wan } from '../money/wan.ts';
import type { FundingRule } from '../model/plan.ts';
import { asYear } from '../model/ids.ts';
import { headerKey, isTotalLabel, yearOfCell } from './cellText.ts';
import type { SheetReader } from './grid.ts';
import type { ReportBuilder } from './importReport.ts';
import { readAmount, roundBlank } from './readAmounts.ts';
import { ENVELOPE_HEADERS, PLAN_KIND, REVENUE_KIND } from '../export/workbookFormat.ts';

const RULE_LINE = /以(\d{4})年一般公共预算收入(\d+(?:\.\d{1,8})?)万元为基数，年均增长(-?\d+(?:\.\d{1,8})?)%，按上年度收入的(\d+(?:\.\d{1,8})?)%安排/;

export interface EnvelopeRead {
  readonly fundingRule: FundingRule | null;
  readonly yearlyMoney: Readonly<Record<string, Wan>>;
}

/**
 * Reads a 资金测算表 as this program writes it: the rule line, the actual
 * revenues (收入口径 实际), the extra money and the money the plan adopted
 * (计划资金口径 规划确定). Null when the sheet is not one.
 */
export function readEnvelopeSheet(sheet: SheetReader, report: ReportBuilder): EnvelopeRead | null {
  let headerRow = 0;
  const col = new Map<string, number>();
  for (let r = 1; r <= Math.min(sheet.grid.rowCount, 12) && headerRow === 0; r++) {
    const keys = sheet.columns(r).map((c) => ({ c, key: headerKey(sheet.text(r, c)) }));
    if (!keys.some((k) => k.key === ENVELOPE_HEADERS.rule) || !keys.some((k) => k.key === ENVELOPE_HEADERS.plan)) continue;
    headerRow = r;
    for (const [field, label] of Object.entries(ENVELOPE_HEADERS)) {
      const hit = keys.find((k) => k.key === headerKey(label));
      if (hit) col.set(field, hit.c);
    }
  }
  if (headerRow === 0 || !col.has('year')) return null;

  let rule: FundingRule | null = null;
  for (let r = 1; r < headerRow && !rule; r++) {
    const m = RULE_LINE.exec(headerKey(sheet.text(r, 1)));
    if (m) {
      rule = { baseYear: asYear(Number(m[1])), baseRevenue: m[2]!, growthPercent: m[3]!, ratePercent: m[4]!, actualRevenue: {}, extra: {} };
      report.add('found', sheet.place(r, 1), `测算规则：${m[1]}年收入${m[2]}万元为基数，年均增长${m[3]}%，比例${m[4]}%`);
    }
  }
  const actualRevenue: Record<string, string> = {};
  const extra: Record<string, Wan> = {};
  const yearlyMoney: Record<string, Wan> = {};
  const at = (r: number, field: string) => (col.has(field) ? sheet.text(r, col.get(field)!).trim() : '');
  for (let r = headerRow + 1; r <= sheet.grid.rowCount; r++) {
    const label = sheet.text(r, col.get('year')!);
    if (isTotalLabel(label)) break;
    const year = yearOfCell(sheet.value(r, col.get('year')!));
    if (!year.ok || year.year === null) continue;
    const key = String(year.year);
    if (at(r, 'revenueKind') === REVENUE_KIND.actual && at(r, 'revenueYear') !== '' && at(r, 'revenue') !== '') {
      actualRevenue[at(r, 'revenueYear')] = at(r, 'revenue');
    }
    if (col.has('extra')) {
      const v = roundBlank(readAmount(sheet, r, col.get('extra')!, report));
      if (v !== null) extra[key] = v;
    }
    if (at(r, 'planKind') === PLAN_KIND.adopted && col.has('plan')) {
      const v = roundBlank(readAmount(sheet, r, col.get('plan')!, report));
      if (v !== null) yearlyMoney[key] = v;
    }
  }
  if (rule) rule = { ...rule, actualRevenue, extra };
  if (Object.keys(yearlyMoney).length > 0)
    report.add(
      'found',
      sheet.place(headerRow, col.get('plan')!),
      `规划确定的年度资金：${Object.entries(yearlyMoney)
        .map(([y, v]) => `${y}年${v}万元`)
        .join('，')}`,
    );
  return { fundingRule: rule, yearlyMoney };
}
