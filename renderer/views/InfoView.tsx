import { editPlanInfo } from '../../shared/commands/planInfo.ts';
import { parseYear, splitList, withYearAmount } from '../../shared/commands/cellFields.ts';
import { parseAmount } from '../../shared/money/parseAmount.ts';
import { asRecipientId, asYear, newId, type Year } from '../../shared/model/ids.ts';
import type { FundingRule, Plan } from '../../shared/model/plan.ts';
import { formatPlain, type Wan } from '../../shared/money/wan.ts';
import { PLAN_FIELD_LABELS as P, RULE_FIELD_LABELS as R } from '../../shared/glossary.ts';
import { yearMoney } from '../../shared/engine/yearMoney.ts';
import { useDocument, useStore } from '../store/useDocument.ts';
import { groupedText } from '../grid/format.ts';
import { CommitField, type FieldParse } from './CommitField.tsx';
import { usePeriodChange } from './PeriodChangeDialog.tsx';

const textParse = (t: string): FieldParse<string> => ({ ok: true, value: t.trim() });
const yearParse = (t: string): FieldParse<Year> => {
  const p = parseYear(t);
  return p.ok && p.value !== null ? { ok: true, value: p.value } : { ok: false, reason: p.ok ? '年份不能为空' : p.reason };
};
const amountParse = (t: string): FieldParse<Wan | null> => parseAmount(t);
/** Rates and revenues: plain non-negative decimals ("0.5", "543400"). */
const numberParse =
  (what: string, allowNegative = false) =>
  (t: string): FieldParse<string> => {
    const s = t.trim().replace(/[％%]$/, '');
    return (allowNegative ? /^-?\d+(\.\d{1,8})?$/ : /^\d+(\.\d{1,8})?$/).test(s) ? { ok: true, value: s } : { ok: false, reason: `${what}应为数字，如 0.5` };
  };

const DEFAULT_RULE = (plan: Plan): FundingRule => ({
  baseYear: asYear(plan.firstYear - 1),
  baseRevenue: '0',
  ratePercent: '0.5',
  growthPercent: '0',
  actualRevenue: {},
  extra: {},
});

/** 规划信息: title, sides, period, the funding rule and the resulting money per year beside the plan's. */
export function InfoView() {
  const store = useStore();
  const { plan, results } = useDocument();
  const edit = (patch: Parameters<typeof editPlanInfo>[0], label?: string) => store.execute(editPlanInfo(patch, label));
  const rule = plan.fundingRule;
  const setRule = (patch: Partial<FundingRule>, label = '修改资金测算规则') => edit({ fundingRule: { ...(rule ?? DEFAULT_RULE(plan)), ...patch } }, label);
  const money = yearMoney(plan, results);
  const period = usePeriodChange(store);

  return (
    <section className="view view-scroll" aria-label="规划信息">
      <header className="view-header">
        <h2>规划信息</h2>
      </header>
      <div className="form-grid">
        <CommitField label={P.title} value={plan.title} parse={textParse} onCommit={(title) => edit({ title })} testId="info-title" wide />
        <CommitField label={P.donor} value={plan.donor} parse={textParse} onCommit={(donor) => edit({ donor })} testId="info-donor" />
        <CommitField
          label={`${P.recipients}（多个用“、”分隔）`}
          value={plan.recipients.map((r) => r.name).join('、')}
          parse={(t) => ({ ok: true, value: splitList(t, /[、,，;；\n]+/) })}
          onCommit={(names) =>
            // A renamed recipient keeps its id, carrier unit and money; new names are new recipients.
            edit({
              recipients: names.map((name, i) => ({
                ...plan.recipients[i],
                id: plan.recipients[i]?.id ?? asRecipientId(newId('r')),
                carrierUnit: plan.recipients[i]?.carrierUnit ?? '',
                name,
              })),
            })
          }
          testId="info-recipients"
        />
        <CommitField
          key={`first-${period.revision}`}
          label={P.firstYear}
          value={String(plan.firstYear)}
          parse={yearParse}
          onCommit={(firstYear) => period.request(firstYear, plan.lastYear)}
          testId="info-first-year"
        />
        <CommitField
          key={`last-${period.revision}`}
          label={P.lastYear}
          value={String(plan.lastYear)}
          parse={yearParse}
          onCommit={(lastYear) => period.request(plan.firstYear, lastYear)}
          testId="info-last-year"
        />
        <div className="field">
          <span className="field-label">单位</span>
          <span className="field-static">万元</span>
        </div>
      </div>

      <h3 className="section-title">资金测算规则</h3>
      <label className="check">
        <input
          type="checkbox"
          checked={rule !== null}
          onChange={(e) => edit({ fundingRule: e.target.checked ? DEFAULT_RULE(plan) : null }, '修改资金测算规则')}
        />
        按帮扶方上年度一般公共预算收入的一定比例测算帮扶资金
      </label>
      {rule && (
        <div className="form-grid">
          <CommitField label={R.baseYear} value={String(rule.baseYear)} parse={yearParse} onCommit={(baseYear) => setRule({ baseYear })} />
          <CommitField
            label={`${R.baseRevenue}（万元）`}
            value={rule.baseRevenue}
            parse={numberParse('收入')}
            onCommit={(baseRevenue) => setRule({ baseRevenue })}
            align="right"
            testId="rule-base-revenue"
          />
          <CommitField
            label={`${R.ratePercent}（%）`}
            value={rule.ratePercent}
            parse={numberParse('比例')}
            onCommit={(ratePercent) => setRule({ ratePercent })}
            align="right"
            testId="rule-rate"
          />
          <CommitField
            label={`${R.growthPercent}（%）`}
            value={rule.growthPercent}
            parse={numberParse('增幅', true)}
            onCommit={(growthPercent) => setRule({ growthPercent })}
            align="right"
          />
        </div>
      )}

      <h3 className="section-title">
        各年资金 <span className="unit">单位：万元</span>
      </h3>
      <table className="report-table" data-testid="envelope-table">
        <thead>
          <tr>
            <th>年度</th>
            <th>上年度收入（{rule ? '实际或预测' : '—'}）</th>
            <th>{R.actualRevenue}</th>
            <th>{R.extra}</th>
            <th>测算资金</th>
            <th>计划资金</th>
            <th>计划−测算</th>
            <th>安排合计</th>
            <th>安排−资金</th>
          </tr>
        </thead>
        <tbody>
          {results.years.map((year, i) => {
            const e = results.envelope?.[i];
            const m = money[i]!;
            const revenueYear = String(year - 1);
            return (
              <tr key={year}>
                <th scope="row">{year}年</th>
                <td className="num">{e?.revenue ? `${groupedText(e.revenue)}${e.revenueIsActual ? '（实际）' : '（预测）'}` : ''}</td>
                <td className="num cell-input">
                  {rule && (
                    <CommitField
                      label={`${revenueYear}年${R.actualRevenue}`}
                      value={rule.actualRevenue[revenueYear] ?? ''}
                      parse={(t) => (t.trim() === '' ? { ok: true, value: '' } : numberParse('收入')(t))}
                      onCommit={(v) => {
                        const actualRevenue: Record<string, string> = { ...rule.actualRevenue };
                        if (v === '') delete actualRevenue[revenueYear];
                        else actualRevenue[revenueYear] = v;
                        setRule({ actualRevenue }, '修改实际完成收入');
                      }}
                      align="right"
                      placeholder={`${revenueYear}年实际`}
                    />
                  )}
                </td>
                <td className="num cell-input">
                  {rule && (
                    <CommitField
                      label={`${year}年${R.extra}`}
                      value={rule.extra[String(year)] ?? ''}
                      parse={amountParse}
                      onCommit={(v) => setRule({ extra: withYearAmount(rule.extra, String(year), v) }, '修改追加资金')}
                      align="right"
                    />
                  )}
                </td>
                <td className="num" data-testid={`envelope-rule-${year}`}>
                  {e?.envelope ? groupedText(e.envelope) : ''}
                </td>
                <td className="num cell-input">
                  <CommitField
                    label={`${year}年计划资金`}
                    value={plan.yearlyMoney[String(year)] ?? ''}
                    parse={amountParse}
                    onCommit={(v) => edit({ yearlyMoney: withYearAmount(plan.yearlyMoney, String(year), v) }, '修改计划资金')}
                    align="right"
                    testId={`yearly-money-${year}`}
                    placeholder="按测算"
                  />
                </td>
                <td className={`num${e?.difference && !e.difference.isZero() ? ' diff-warn' : ''}`} data-testid={`envelope-diff-${year}`}>
                  {e?.difference && e.planIsAdopted ? groupedText(e.difference) : ''}
                </td>
                <td className="num">{groupedText(m.spending)}</td>
                <td className={`num${m.difference && !m.difference.isZero() ? (m.difference.isNegative() ? ' diff-warn' : ' diff-bad') : ''}`}>
                  {m.difference ? (formatPlain(m.difference) === '0.00' ? '0.00' : groupedText(m.difference)) : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {period.dialog}
    </section>
  );
}
