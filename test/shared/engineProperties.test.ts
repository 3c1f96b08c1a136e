import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../shared/money/decimal.ts';
import { formatPlain, toWan, wanToDecimal, type Wan } from '../../shared/money/wan.ts';
import { sharesOfTotal } from '../../shared/engine/shares.ts';
import { PlanEngine, computePlan } from '../../shared/engine/planEngine.ts';
import { planReport } from '../../shared/report/planReport.ts';
import { asProjectId, asRecipientId } from '../../shared/model/ids.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { amountArb, planArb } from '../support/planArbitrary.ts';

const hundredths = (share: string) => Number(share.replace('.', ''));

describe('shares of the grand total', () => {
  it('always add up to exactly 100.00 and each is within 0.01 of the exact share', () => {
    fc.assert(
      fc.property(fc.array(amountArb, { minLength: 1, maxLength: 40 }), (amounts) => {
        const totals = amounts.map((a) => new Decimal(a));
        const grand = totals.reduce((a, b) => a.plus(b), new Decimal(0));
        const shares = sharesOfTotal(totals);
        if (grand.isZero()) return shares.every((s) => s === null);
        expect(shares.reduce((acc, s) => acc + hundredths(s!), 0)).toBe(10000);
        shares.forEach((s, i) => {
          const exact = totals[i]!.times(100).div(grand);
          expect(new Decimal(s!).minus(exact).abs().lte('0.01')).toBe(true);
        });
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('give three equal thirds 33.34, 33.33 and 33.33 (the first largest remainder wins)', () => {
    expect(sharesOfTotal([1, 1, 1].map((n) => new Decimal(n)))).toEqual(['33.34', '33.33', '33.33']);
  });
});

describe('totals of any plan', () => {
  it('are consistent: category totals, year totals and the grand total agree', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const r = computePlan(plan);
        const byCategories = r.categories.reduce((a, c) => a.plus(c.total), new Decimal(0));
        const byYears = r.yearTotals.reduce((a, y) => a.plus(y), new Decimal(0));
        expect(byCategories.eq(r.grandTotal)).toBe(true);
        expect(byYears.eq(r.grandTotal)).toBe(true);
        r.categories.forEach((c) => expect(c.byYear.reduce((a, v) => a.plus(v), new Decimal(0)).eq(c.total)).toBe(true));
      }),
      { numRuns: 150 },
    );
  });
});

describe('the facts of each project', () => {
  it('read its stored amounts into exactly the Decimals, sums and texts a Decimal reading gives', () => {
    fc.assert(
      fc.property(planArb, fc.array(fc.constantFrom('as is', 'negative', 'huge'), { minLength: 1 }), (drawn, twists) => {
        // Some amounts made negative, or of 17 digits and more (beyond the whole-cents path: read as Decimals).
        const twist = (text: Wan, i: number): Wan => {
          const how = twists[i % twists.length];
          return (how === 'negative' && text !== '0.00' ? `-${text}` : how === 'huge' ? `98765432109876${text}` : text) as Wan;
        };
        const plan: Plan = {
          ...drawn,
          projects: drawn.projects.map((p, i) => ({
            ...p,
            byYear: Object.fromEntries(Object.entries(p.byYear).map(([y, v], j) => [y, twist(v, i + j)])),
            totalInvestment: p.totalInvestment === null ? null : twist(p.totalInvestment, i + 1),
          })),
        };
        const results = computePlan(plan);
        const years = results.years.map(String);
        for (const project of plan.projects) {
          const facts = results.project(project.id)!;
          const expected = years.map((y) => wanToDecimal(project.byYear[y]));
          expect(facts.byYear.map(String)).toEqual(expected.map(String));
          const aid = expected.reduce((a, b) => a.plus(b), new Decimal(0));
          expect(facts.aid.eq(aid)).toBe(true);
          expect(facts.aidText).toBe(formatPlain(aid));
          expect(facts.totalInvestment.eq(wanToDecimal(project.totalInvestment))).toBe(true);
        }
        // The roll-ups added as cents in one pass are the Decimal sums of the projects that map to each category.
        for (const category of results.categories) {
          const mine = plan.projects.filter((p) => results.project(p.id)!.categoryId === category.id);
          const sums = years.map((y) => mine.reduce((a, p) => a.plus(wanToDecimal(p.byYear[y])), new Decimal(0)));
          expect((results.rollup.get(category.id) ?? years.map(() => new Decimal(0))).map(String)).toEqual(sums.map(String));
        }
      }),
      { numRuns: 200 },
    );
  });
});

type Edit =
  | { kind: 'projectAmount'; row: number; yearOffset: number; amount: string | null }
  | { kind: 'categoryAmount'; row: number; yearOffset: number; amount: string }
  | { kind: 'insertProject'; at: number }
  | { kind: 'deleteProject'; row: number }
  | { kind: 'projectCategory'; row: number; text: string }
  | { kind: 'renameCategory'; row: number; name: string }
  | { kind: 'projectRecipient'; row: number; recipient: string | null };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('projectAmount' as const), row: fc.nat(), yearOffset: fc.nat(), amount: fc.option(amountArb, { nil: null }) }),
  fc.record({ kind: fc.constant('categoryAmount' as const), row: fc.nat(), yearOffset: fc.nat(), amount: amountArb }),
  fc.record({ kind: fc.constant('insertProject' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('deleteProject' as const), row: fc.nat() }),
  fc.record({ kind: fc.constant('projectCategory' as const), row: fc.nat(), text: fc.constantFrom('产业0', '民生1', '未知类别', '') }),
  fc.record({ kind: fc.constant('renameCategory' as const), row: fc.nat(), name: fc.constantFrom('产业0', '民生1', '新名称') }),
  fc.record({ kind: fc.constant('projectRecipient' as const), row: fc.nat(), recipient: fc.constantFrom(null, 'r1', 'r2', 'r9') }),
);

let inserted = 0;
/** Applies an edit immutably, as the editor's commands do: only the touched row becomes a new object. */
function apply(plan: Plan, edit: Edit): Plan {
  const year = (offset: number) => String(plan.firstYear + (offset % (plan.lastYear - plan.firstYear + 1)));
  const projects = [...plan.projects];
  switch (edit.kind) {
    case 'projectAmount': {
      if (projects.length === 0) return plan;
      const i = edit.row % projects.length;
      const byYear = { ...projects[i]!.byYear };
      if (edit.amount === null) delete byYear[year(edit.yearOffset)];
      else byYear[year(edit.yearOffset)] = toWan(edit.amount);
      projects[i] = { ...projects[i]!, byYear };
      return { ...plan, projects };
    }
    case 'categoryAmount': {
      const categories = [...plan.categories];
      const i = edit.row % categories.length;
      categories[i] = { ...categories[i]!, byYear: { ...categories[i]!.byYear, [year(edit.yearOffset)]: toWan(edit.amount) } };
      return { ...plan, categories };
    }
    case 'insertProject': {
      const at = edit.at % (projects.length + 1);
      projects.splice(at, 0, {
        id: asProjectId(`new${inserted++}`),
        category: plan.categories[0]!.name,
        name: '新项目',
        content: '',
        startYear: plan.firstYear,
        endYear: plan.lastYear,
        totalInvestment: null,
        aid: null,
        byYear: { [String(plan.firstYear)]: toWan('12.34') },
        fundingSource: '',
        units: [],
        deadline: '',
        remarks: '',
      });
      return { ...plan, projects };
    }
    case 'deleteProject':
      if (projects.length === 0) return plan;
      projects.splice(edit.row % projects.length, 1);
      return { ...plan, projects };
    case 'projectCategory': {
      if (projects.length === 0) return plan;
      const i = edit.row % projects.length;
      projects[i] = { ...projects[i]!, category: edit.text };
      return { ...plan, projects };
    }
    case 'projectRecipient': {
      if (projects.length === 0) return plan;
      const i = edit.row % projects.length;
      projects[i] = { ...projects[i]!, recipientId: edit.recipient === null ? null : asRecipientId(edit.recipient) };
      return { ...plan, projects };
    }
    case 'renameCategory': {
      const categories = [...plan.categories];
      const i = edit.row % categories.length;
      categories[i] = { ...categories[i]!, name: edit.name };
      return { ...plan, categories };
    }
  }
}

describe('the incremental engine', () => {
  it('gives after any sequence of edits exactly what a full recompute gives', () => {
    fc.assert(
      fc.property(planArb, fc.array(editArb, { minLength: 1, maxLength: 25 }), (start, edits) => {
        const engine = new PlanEngine();
        let plan = start;
        engine.update(plan);
        for (const edit of edits) {
          plan = apply(plan, edit);
          expect(planReport(plan, engine.update(plan))).toEqual(planReport(plan, computePlan(plan)));
        }
      }),
      { numRuns: 120 },
    );
  });
});
