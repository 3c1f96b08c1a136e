import { Decimal, ZERO } from '../../money/decimal.ts';
import { formatGrouped } from '../../money/wan.ts';
import type { Plan } from '../../model/plan.ts';
import type { PlanResults } from '../../engine/planEngine.ts';
import { amountCell, escapeHtml } from '../cells.ts';
import { openTable, contentWidthMm, fitColumns, widest, type ColumnSpec } from '../layout.ts';
import type { AnnexTable } from './annexTable.ts';

const sum = (values: readonly (Decimal | null)[]) => values.reduce<Decimal>((a, b) => (b ? a.plus(b) : a), ZERO);

/**
 * 帮扶资金测算表: per year, the previous year's revenue (actual or projected),
 * the money the rule gives, any extra money, the plan's money and the
 * difference, with a 合计 row and a note stating the rule. Without a funding
 * rule only the plan's money per year is printed.
 */
export function envelopeTable(plan: Plan, results: PlanResults): AnnexTable {
  const envelope = results.envelope;
  const rule = plan.fundingRule;
  const width = contentWidthMm('portrait');
  if (!envelope || !rule) {
    const em = widest([...results.yearTotals, results.grandTotal].map(formatGrouped), 6);
    const fitted = fitColumns(
      [
        { kind: 'text', texts: [...results.years.map((y) => `${y}年`), '合计'], minChars: 4 },
        { kind: 'number', em },
      ],
      width * 0.6,
      [11],
    );
    const rows = results.years.map((y, i) => `<tr><td class="center">${y}年</td>${amountCell(results.yearTotals[i]!)}</tr>`);
    return {
      html: [
        openTable('envelope narrow', fitted),
        '<thead><tr><th>年度</th><th>规划安排资金</th></tr></thead><tbody>',
        ...rows,
        `<tr class="total"><td class="center">合计</td>${amountCell(results.grandTotal)}</tr>`,
        '</tbody></table>',
      ].join('\n'),
      orientation: 'portrait',
      note: '注：本规划未设置资金测算规则，表中为年度投资和领域安排计划表各年度合计。',
    };
  }
  const rate = escapeHtml(rule.ratePercent);
  const totals = {
    byRate: sum(envelope.map((e) => e.byRate)),
    extra: sum(envelope.map((e) => e.extra)),
    envelope: sum(envelope.map((e) => e.envelope)),
    plan: sum(envelope.map((e) => e.plan)),
    difference: sum(envelope.map((e) => e.difference)),
  };
  const all = [...envelope.flatMap((e) => [e.revenue, e.byRate, e.extra, e.envelope, e.plan, e.difference]), ...Object.values(totals)];
  const amount: ColumnSpec = { kind: 'number', em: widest(all.filter((v): v is Decimal => v !== null).map(formatGrouped), 4) };
  const specs: ColumnSpec[] = [{ kind: 'number', em: widest(['2016年', '合计']) }, amount, amount, amount, amount, amount, amount];
  let orientation: AnnexTable['orientation'] = 'portrait';
  let fitted = fitColumns(specs, width, [11, 10.5, 10]);
  if (!fitted.fits) {
    orientation = 'landscape';
    fitted = fitColumns(specs, contentWidthMm('landscape'), [11, 10.5, 10, 9]);
  }
  const head = ['年度', '上年度一般公共预算收入', `按${rate}%测算`, '追加资金', '测算资金', '规划安排资金', '差额'].map((h) => `<th>${h}</th>`).join('');
  const rows = envelope.map((e) => {
    const revenue =
      e.revenue === null
        ? ''
        : `${formatGrouped(e.revenue)}<br><span class="small">（${e.revenueYear}年${e.revenueIsActual ? '实际' : e.revenueYear === rule.baseYear ? '基数' : '预计'}）</span>`;
    return `<tr><td class="center">${e.year}年</td><td class="num">${revenue}</td>${amountCell(e.byRate)}${amountCell(e.extra, { blankZero: true })}${amountCell(e.envelope)}${amountCell(e.plan)}${amountCell(e.difference)}</tr>`;
  });
  const total = `<tr class="total"><td class="center">合计</td><td></td>${amountCell(totals.byRate)}${amountCell(totals.extra, { blankZero: true })}${amountCell(totals.envelope)}${amountCell(totals.plan)}${amountCell(totals.difference)}</tr>`;
  const base = formatGrouped(new Decimal(rule.baseRevenue));
  return {
    html: [openTable('envelope', fitted), `<thead><tr>${head}</tr></thead><tbody>`, ...rows, total, '</tbody></table>'].join('\n'),
    orientation,
    note: `注：以${rule.baseYear}年一般公共预算收入${base}万元为基数，按年均增长${escapeHtml(rule.growthPercent)}%预计以后各年收入（已有实际完成数的年度按实际数），帮扶资金为上年度收入的${rate}%；差额为规划安排资金减测算资金。`,
  };
}
