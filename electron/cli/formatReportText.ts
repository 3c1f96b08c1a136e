import type { PlanReport } from '../../shared/report/planReport.ts';
import { SEVERITY_LABEL } from '../../shared/checks/problem.ts';

/** Terminal width of text: CJK and full-width characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return w;
}

function table(rows: string[][], rightAligned: (col: number) => boolean): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))));
  return rows
    .map((r) =>
      r
        .map((cell, c) => {
          const pad = ' '.repeat(widths[c]! - width(cell));
          return rightAligned(c) ? pad + cell : cell + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** `aidplan inspect` without --json: the plan's tables as a person reads them. */
export function formatReportText(report: PlanReport, notes: readonly string[] = []): string {
  const years = report.years.map(String);
  const out: string[] = [];
  out.push(
    report.title,
    `帮扶方：${report.donor}    受援方：${report.recipients.join('、')}    规划期：${years[0]}—${years[years.length - 1]}年    单位：万元`,
    '',
  );

  out.push('年度领域安排表');
  out.push(
    table(
      [
        ['类别', ...years.map((y) => `${y}年`), '合计', '占比'],
        ...report.categories.map((c) => [c.name, ...years.map((y) => c.byYear[y]!), c.total, c.share === null ? '—' : `${c.share}%`]),
        ['合计', ...years.map((y) => report.yearTotals[y]!), report.grandTotal, report.categories.length ? '100.00%' : '—'],
      ],
      (c) => c > 0,
    ),
    '',
  );

  if (report.envelope) {
    out.push('资金测算（上年度一般公共预算收入 × 比例 + 追加）');
    out.push(
      table(
        [
          ['年度', '测算基数收入', '测算资金', '计划资金', '差额'],
          ...years.map((y) => {
            const e = report.envelope![y]!;
            return [
              `${y}年`,
              e.revenue === null ? '—' : `${e.revenueYear}年 ${e.revenue}${e.revenueIsActual ? '（实际）' : '（预测）'}`,
              e.rule ?? '—',
              e.plan,
              e.difference ?? '—',
            ];
          }),
        ],
        (c) => c > 0,
      ),
      '',
    );
  }

  out.push(`项目表（${report.projects.length}个项目）`);
  out.push(
    table(
      [
        ['序号', '类别', '项目名称', '开工', '竣工', ...years.map((y) => `${y}年`), '援建资金', '估算总投资'],
        ...report.projects.map((p) => [
          String(p.seq),
          p.category,
          p.name,
          p.startYear === null ? '' : String(p.startYear),
          p.endYear === null ? '' : String(p.endYear),
          ...years.map((y) => p.byYear[y] ?? ''),
          p.aid,
          p.totalInvestment ?? '',
        ]),
        ['合计', '', '', '', '', ...years.map((y) => report.projectTotals.byYear[y]!), report.projectTotals.aid, report.projectTotals.totalInvestment],
      ],
      (c) => c === 0 || c >= 3,
    ),
    '',
  );

  if (notes.length > 0) out.push('读取说明', ...notes.map((n) => `  ${n}`), '');
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  out.push(`问题（${errors}个错误，${report.problems.length - errors}个提醒）`);
  for (const p of report.problems) out.push(`  [${SEVERITY_LABEL[p.severity]}] ${p.where.text}：${p.message}`);
  if (report.problems.length === 0) out.push('  没有问题');
  return out.join('\n');
}
