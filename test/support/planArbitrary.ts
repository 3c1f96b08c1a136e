import fc from 'fast-check';
import { toWan, type Wan } from '../../shared/money/wan.ts';
import { asCategoryId, asProjectId, asRecipientId, asYear } from '../../shared/model/ids.ts';
import type { Category, Plan, Project, YearAmounts } from '../../shared/model/plan.ts';

/** An amount in 万元 as users enter it: 0 to 99,999,999.99, two decimals at most. */
export const amountArb: fc.Arbitrary<Wan> = fc
  .bigInt({ min: 0n, max: 9_999_999_999n })
  .map((cents) => toWan(`${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`));

const nameArb = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(...'产业民生基础设施人才社会管理教育医疗文化旅游ABC 12'.split('')) });

function yearAmountsArb(years: number[]): fc.Arbitrary<YearAmounts> {
  return fc.tuple(...years.map(() => fc.option(amountArb, { nil: undefined }))).map((values) => {
    const out: Record<string, Wan> = {};
    values.forEach((v, i) => {
      if (v !== undefined) out[String(years[i])] = v;
    });
    return out;
  });
}

/** A random but well-formed plan: 1–6 years, 1–8 categories, 0–15 projects (some in unknown categories). */
export const planArb: fc.Arbitrary<Plan> = fc
  .record({ first: fc.integer({ min: 2010, max: 2030 }), span: fc.integer({ min: 0, max: 5 }), categoryCount: fc.integer({ min: 1, max: 8 }) })
  .chain(({ first, span, categoryCount }) => {
    const years = Array.from({ length: span + 1 }, (_, i) => first + i);
    const categories = fc.tuple(
      ...Array.from({ length: categoryCount }, (_, i) =>
        fc
          .record({ name: nameArb, aliases: fc.array(nameArb, { maxLength: 2 }), byYear: yearAmountsArb(years) })
          .map((c): Category => ({ id: asCategoryId(`c${i}`), name: `${c.name}${i}`, aliases: c.aliases.map((a) => `${a}#${i}`), byYear: c.byYear })),
      ),
    );
    return categories.chain((cats) => {
      const project = fc
        .record({
          category: fc.oneof(fc.constantFrom(...cats.map((c) => c.name), ...cats.flatMap((c) => c.aliases)), nameArb),
          name: nameArb,
          start: fc.constantFrom(...years),
          length: fc.integer({ min: 0, max: span }),
          byYear: yearAmountsArb(years),
          totalInvestment: fc.option(amountArb, { nil: null }),
          units: fc.array(nameArb, { maxLength: 3 }),
          recipient: fc.constantFrom(null, 'r1', 'r2', 'r9'),
          progress: fc.option(
            fc.record({ year: fc.constantFrom(...years), arrived: fc.option(amountArb, { nil: null }), completed: fc.option(amountArb, { nil: null }) }),
            { nil: undefined },
          ),
        })
        .map((p): Omit<Project, 'id'> => ({
          category: p.category,
          name: p.name,
          content: '',
          startYear: asYear(p.start),
          endYear: asYear(Math.min(p.start + p.length, years[years.length - 1]!)),
          totalInvestment: p.totalInvestment,
          aid: null,
          byYear: p.byYear,
          fundingSource: '',
          units: p.units,
          deadline: '',
          remarks: '',
          recipientId: p.recipient === null ? null : asRecipientId(p.recipient),
          ...(p.progress
            ? { progress: { [String(p.progress.year)]: { arrived: p.progress.arrived, completed: p.progress.completed, status: '在建' as const, asOf: '' } } }
            : {}),
        }));
      return fc.array(project, { maxLength: 15 }).map((projects): Plan => ({
        title: '随机规划',
        donor: '帮扶方',
        recipients: [
          { id: asRecipientId('r1'), name: '受援方甲', carrierUnit: '', money: { [String(first)]: toWan(1000) } },
          { id: asRecipientId('r2'), name: '受援方乙', carrierUnit: '' },
        ],
        firstYear: asYear(first),
        lastYear: asYear(first + span),
        unit: '万元',
        fundingRule: null,
        yearlyMoney: {},
        categories: cats,
        projects: projects.map((p, i) => ({ ...p, id: asProjectId(`p${i}`) })),
      }));
    });
  });
