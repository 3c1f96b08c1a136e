import { formatPlain, formatStoredPlain } from '../money/wan.ts';
import type { Decimal } from '../money/decimal.ts';
import type { Plan } from '../model/plan.ts';
import type { PlanResults } from '../engine/planEngine.ts';
import type { ProjectFacts } from '../checks/projectChecks.ts';
import type { Place, Severity, ProblemCode } from '../checks/problem.ts';
import { describePlace } from './describePlace.ts';

type ByYear = Record<string, string>;

/** The plan and its results as plain data, amounts as strings with exactly two decimals (`aidplan inspect --json`). */
export interface PlanReport {
  title: string;
  donor: string;
  recipients: string[];
  years: number[];
  unit: '万元';
  categories: { name: string; aliases: string[]; byYear: ByYear; total: string; share: string | null }[];
  yearTotals: ByYear;
  grandTotal: string;
  envelope: Record<
    string,
    { revenueYear: number; revenue: string | null; revenueIsActual: boolean; rule: string | null; plan: string; difference: string | null }
  > | null;
  projects: {
    seq: number;
    name: string;
    category: string;
    mappedCategory: string | null;
    startYear: number | null;
    endYear: number | null;
    byYear: ByYear;
    aid: string;
    totalInvestment: string | null;
    fundingSource: string;
    units: string[];
    deadline: string;
    content: string;
    remarks: string;
    recipient: string | null;
    progress: Record<string, { arrived: string | null; completed: string | null; status: string | null; asOf: string }>;
  }[];
  projectTotals: { byYear: ByYear; aid: string; totalInvestment: string };
  /** Per recipient: its own money per year (null where none is set) and its projects' money. */
  recipientMoney: { name: string; carrierUnit: string; money: Record<string, string | null>; projects: ByYear; projectCount: number }[];
  problems: { severity: Severity; code: ProblemCode; message: string; where: Place & { text: string } }[];
}

export function planReport(plan: Plan, results: PlanResults): PlanReport {
  const yearKeys = results.years.map(String);
  // A loop, not Object.fromEntries of pairs: called for each of 10,000 projects.
  const byYearOf = <T>(values: readonly T[], format: (value: T) => string): ByYear => {
    const out: ByYear = {};
    for (let i = 0; i < yearKeys.length; i++) out[yearKeys[i]!] = format(values[i]!);
    return out;
  };
  const byYear = (values: readonly Decimal[]): ByYear => byYearOf(values, formatPlain);
  // A project's amounts from their stored texts (formatStoredPlain of a text is formatPlain of the Decimal the
  // engine reads from it, and a year without one is 0.00), not written back from Decimals: 50,000 of them.
  const projectByYear = (facts: ProjectFacts): ByYear => byYearOf(facts.amountTexts, formatStoredPlain);
  const nameOf = new Map(plan.categories.map((c) => [c.id, c.name]));
  return {
    title: plan.title,
    donor: plan.donor,
    recipients: plan.recipients.map((r) => r.name),
    years: [...results.years],
    unit: plan.unit,
    categories: results.categories.map((c, i) => ({
      name: c.name,
      aliases: [...plan.categories[i]!.aliases],
      byYear: byYear(c.byYear),
      total: formatPlain(c.total),
      share: c.share,
    })),
    yearTotals: byYear(results.yearTotals),
    grandTotal: formatPlain(results.grandTotal),
    envelope: results.envelope
      ? Object.fromEntries(
          results.envelope.map((e) => [
            String(e.year),
            {
              revenueYear: e.revenueYear,
              revenue: e.revenue ? e.revenue.toDecimalPlaces(2).toFixed(2) : null,
              revenueIsActual: e.revenueIsActual,
              rule: e.envelope ? formatPlain(e.envelope) : null,
              plan: formatPlain(e.plan),
              difference: e.difference ? formatPlain(e.difference) : null,
            },
          ]),
        )
      : null,
    projects: plan.projects.map((p, i) => {
      const facts = results.project(p.id);
      return {
        seq: i + 1,
        name: p.name,
        category: p.category,
        mappedCategory: facts?.categoryId ? (nameOf.get(facts.categoryId) ?? null) : null,
        startYear: p.startYear,
        endYear: p.endYear,
        byYear: facts ? projectByYear(facts) : {},
        aid: p.aid !== null ? formatStoredPlain(p.aid) : facts ? facts.aidText : formatStoredPlain(null),
        totalInvestment: p.totalInvestment === null ? null : formatStoredPlain(p.totalInvestment),
        fundingSource: p.fundingSource,
        units: [...p.units],
        deadline: p.deadline,
        content: p.content,
        remarks: p.remarks,
        recipient: facts?.recipientId ? (plan.recipients.find((r) => r.id === facts.recipientId)?.name ?? null) : null,
        progress: Object.fromEntries(
          Object.entries(p.progress ?? {}).map(([year, g]) => [
            year,
            {
              arrived: g.arrived === null ? null : formatStoredPlain(g.arrived),
              completed: g.completed === null ? null : formatStoredPlain(g.completed),
              status: g.status,
              asOf: g.asOf,
            },
          ]),
        ),
      };
    }),
    projectTotals: {
      byYear: byYear(results.projectTotals.byYear),
      aid: formatPlain(results.projectTotals.aid),
      totalInvestment: formatPlain(results.projectTotals.totalInvestment),
    },
    recipientMoney: results.recipients.map((r) => ({
      name: r.recipient.name,
      carrierUnit: r.recipient.carrierUnit,
      money: Object.fromEntries(yearKeys.map((y, i) => [y, r.money[i] ? formatPlain(r.money[i]!) : null])),
      projects: byYear(r.projects),
      projectCount: r.projectCount,
    })),
    problems: results.problems.map((p) => ({
      severity: p.severity,
      code: p.code,
      message: p.message,
      where: { ...p.where, text: describePlace(plan, p.where) },
    })),
  };
}
