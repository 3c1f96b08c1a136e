import fc from 'fast-check';
import { toWan, type Wan } from '../../shared/money/wan.ts';
import { asCategoryId, asProjectId, asRecipientId, asYear, type Year } from '../../shared/model/ids.ts';
import type { Category, Plan, Project, YearAmounts } from '../../shared/model/plan.ts';

/**
 * Plans in the form an Excel round trip keeps: what the workbook can carry
 * (no funding rule or adopted money: the 资金测算表 is written, not read back),
 * one-line names, projects grouped by category as the 项目表 lists them;
 * aliases travel as notes on the category cells.
 */
const amountArb: fc.Arbitrary<Wan> = fc
  .bigInt({ min: 0n, max: 9_999_999_999n })
  .map((cents) => toWan(`${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`));

// No 合/计/注/项/类/领/小: those would read as 合计, 注, 项目 or 类别 labels.
const word = (min: number, max: number) =>
  fc.string({ minLength: min, maxLength: max, unit: fc.constantFrom(...'产业民生基础设施人才教育医疗文化旅游生态乡村振兴扶贫协作ABCxyz12（）%'.split('')) });
const line = word(1, 20);
const lines = fc.array(line, { maxLength: 4 }).map((ls) => ls.join('\n'));

function yearAmountsArb(years: readonly number[]): fc.Arbitrary<YearAmounts> {
  return fc.tuple(...years.map(() => fc.option(amountArb, { nil: undefined }))).map((values) => {
    const out: Record<string, Wan> = {};
    values.forEach((v, i) => {
      if (v !== undefined) out[String(years[i])] = v;
    });
    return out;
  });
}

export const excelPlanArb: fc.Arbitrary<Plan> = fc
  .record({ first: fc.integer({ min: 2010, max: 2030 }), span: fc.integer({ min: 0, max: 5 }), categoryCount: fc.integer({ min: 1, max: 5 }) })
  .chain(({ first, span, categoryCount }) => {
    const years = Array.from({ length: span + 1 }, (_, i) => first + i);
    const yearArb = fc.option(fc.constantFrom(...years), { nil: null });
    const projectArb = fc.record({
      useAlias: fc.boolean(),
      name: word(1, 16),
      content: lines,
      startYear: yearArb,
      endYear: yearArb,
      totalInvestment: fc.option(amountArb, { nil: null }),
      aid: fc.option(amountArb, { nil: null }),
      byYear: yearAmountsArb(years),
      fundingSource: fc.option(line, { nil: '' }),
      units: fc.array(word(1, 10), { maxLength: 3 }),
      deadline: fc.option(line, { nil: '' }),
      remarks: fc.option(lines, { nil: '' }),
      recipient: fc.option(fc.nat(5), { nil: undefined }),
    });
    const categoryArb = fc.record({
      name: word(1, 8),
      unusedAlias: fc.boolean(),
      byYear: yearAmountsArb(years),
      projects: fc.array(projectArb, { maxLength: 4 }),
    });
    return fc
      .record({
        title: word(1, 20),
        donor: word(1, 8),
        recipients: fc.array(word(1, 8), { minLength: 1, maxLength: 3 }),
        categories: fc.array(categoryArb, { minLength: categoryCount, maxLength: categoryCount }),
      })
      .map((g): Plan => {
        const categories: Category[] = [];
        const projects: Project[] = [];
        g.categories.forEach((c, i) => {
          const name = `${c.name}${i + 1}`;
          const alias = `${c.name}项${i + 1}`.replace('项', '方向');
          const aliases: string[] = [];
          for (const p of c.projects) {
            if (p.useAlias && !aliases.includes(alias)) aliases.push(alias);
            projects.push({
              id: asProjectId(`p${projects.length + 1}`),
              category: p.useAlias ? alias : name,
              name: p.name,
              content: p.content,
              startYear: p.startYear === null ? null : (asYear(p.startYear) as Year),
              endYear: p.endYear === null ? null : (asYear(p.endYear) as Year),
              totalInvestment: p.totalInvestment,
              aid: p.aid,
              byYear: p.byYear,
              fundingSource: p.fundingSource,
              units: p.units,
              deadline: p.deadline,
              remarks: p.remarks,
              ...(p.recipient === undefined ? {} : { recipientId: asRecipientId(`r${(p.recipient % g.recipients.length) + 1}`) }),
            });
          }
          if (c.unusedAlias) aliases.push(`${c.name}别称${i + 1}`);
          categories.push({ id: asCategoryId(`c${i + 1}`), name, aliases, byYear: c.byYear });
        });
        return {
          title: g.title,
          donor: g.donor,
          recipients: g.recipients.map((name, i) => ({ id: asRecipientId(`r${i + 1}`), name: `${name}${i + 1}`, carrierUnit: '' })),
          firstYear: asYear(years[0]!),
          lastYear: asYear(years[years.length - 1]!),
          unit: '万元',
          fundingRule: null,
          yearlyMoney: {},
          categories,
          projects,
        };
      });
  });
