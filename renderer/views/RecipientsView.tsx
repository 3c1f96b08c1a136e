import { editPlanInfo } from '../../shared/commands/planInfo.ts';
import { replaceRows } from '../../shared/commands/command.ts';
import { parseAmount } from '../../shared/money/parseAmount.ts';
import type { Wan } from '../../shared/money/wan.ts';
import { ZERO, type Decimal } from '../../shared/money/decimal.ts';
import { asRecipientId, type RecipientId } from '../../shared/model/ids.ts';
import type { Recipient } from '../../shared/model/plan.ts';
import { groupedText } from '../grid/format.ts';
import { useDocument, useStore } from '../store/useDocument.ts';
import { CommitField } from './CommitField.tsx';

/**
 * 受援方资金 (《东丽区对口帮扶实施方案》: one donor, several recipients): each recipient's own
 * money per year beside its projects' money, with the checks' marks; and
 * which recipient each project is for. Every entry is one undo step.
 */
export function RecipientsView() {
  const { plan, results } = useDocument();
  const store = useStore();
  const problemAt = new Map(results.problems.filter((p) => p.where.table === 'recipients').map((p) => [`${p.where.rowId ?? ''}|${p.where.column}`, p.message]));

  const setMoney = (recipient: Recipient, year: number, value: Wan | null) => {
    const money: Record<string, Wan> = { ...recipient.money };
    if (value === null) delete money[String(year)];
    else money[String(year)] = value;
    const recipients = plan.recipients.map((r) => (r.id === recipient.id ? { ...r, money } : r));
    store.execute(editPlanInfo({ recipients }, '修改受援方资金'));
  };
  const setCarrier = (recipient: Recipient, carrierUnit: string) =>
    store.execute(editPlanInfo({ recipients: plan.recipients.map((r) => (r.id === recipient.id ? { ...r, carrierUnit } : r)) }, '修改帮扶载体单位'));
  const assign = (projectId: string, recipientId: RecipientId | null) => {
    const project = plan.projects.find((p) => p.id === projectId);
    if (project) store.execute(replaceRows('修改项目受援方', { projects: [{ ...project, recipientId }] }));
  };

  return (
    <section className="view view-scroll" aria-label="受援方">
      <header className="view-header">
        <h2>受援方资金</h2>
        <span className="unit">单位：万元（受援方名称在“规划信息”中修改）</span>
      </header>
      <table className="report-table" data-testid="recipients-table">
        <thead>
          <tr>
            <th rowSpan={2}>受援方</th>
            <th rowSpan={2}>帮扶载体单位</th>
            {results.years.map((y) => (
              <th key={y} colSpan={2}>
                {y}年
              </th>
            ))}
            <th rowSpan={2}>资金合计</th>
            <th rowSpan={2}>项目数</th>
          </tr>
          <tr>{results.years.map((y) => [<th key={`${y}m`}>帮扶资金</th>, <th key={`${y}p`}>项目安排</th>])}</tr>
        </thead>
        <tbody>
          {results.recipients.map((row, r) => (
            <tr key={row.recipient.id}>
              <th scope="row">{row.recipient.name || '（未命名）'}</th>
              <td className="cell-input">
                <CommitField
                  label="帮扶载体单位"
                  value={row.recipient.carrierUnit}
                  parse={(t) => ({ ok: true, value: t.trim() })}
                  onCommit={(t) => setCarrier(row.recipient, t)}
                />
              </td>
              {results.years.map((year, i) => {
                const problem = problemAt.get(`${row.recipient.id}|${year}`);
                return [
                  <td key={`${year}m`} className="cell-input">
                    <CommitField
                      label={`${year}年帮扶资金`}
                      align="right"
                      testId={`recipient-money-${r + 1}-${year}`}
                      value={row.money[i] ? groupedText(row.money[i]) : ''}
                      parse={(t) => parseAmount(t)}
                      onCommit={(value) => setMoney(row.recipient, year, value)}
                    />
                  </td>,
                  <td key={`${year}p`} className={problem ? 'num diff-bad' : 'num'} title={problem} data-testid={`recipient-projects-${r + 1}-${year}`}>
                    {groupedText(row.projects[i]!)}
                  </td>,
                ];
              })}
              <td className="num">{groupedText(row.money.reduce<Decimal>((a, m) => (m ? a.plus(m) : a), ZERO))}</td>
              <td className="num">{row.projectCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {[...new Set(results.problems.filter((p) => p.code === 'RECIPIENTS_OVER_MONEY').map((p) => p.message))].map((m) => (
        <p key={m} className="count count-bad">
          {m}
        </p>
      ))}

      {plan.recipients.length > 1 && (
        <>
          <h3 className="subheading">项目所属受援方</h3>
          <table className="report-table" data-testid="recipients-projects">
            <thead>
              <tr>
                <th>序号</th>
                <th>项目名称</th>
                <th>受援方</th>
              </tr>
            </thead>
            <tbody>
              {plan.projects.map((p, i) => (
                <tr key={p.id}>
                  <td className="num">{i + 1}</td>
                  <th scope="row">{p.name}</th>
                  <td>
                    <select
                      aria-label="受援方"
                      data-testid={`project-recipient-${i + 1}`}
                      value={p.recipientId ?? ''}
                      onChange={(e) => assign(p.id, e.target.value === '' ? null : asRecipientId(e.target.value))}
                    >
                      <option value="">（未指定）</option>
                      {plan.recipients.map((r) => (
                        <option key={r.id} value={r.id}>
                          {r.name || '（未命名）'}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
