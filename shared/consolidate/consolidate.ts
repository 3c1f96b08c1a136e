import { ZERO, type Decimal } from '../money/decimal.ts';
import { normaliseCategoryName } from '../model/categoryIndex.ts';
import { sharesOfTotal } from '../engine/shares.ts';
import type { Plan } from '../model/plan.ts';
import type { PlanResults } from '../engine/planEngine.ts';
import type { Severity } from '../checks/problem.ts';
import { describePlace } from '../report/describePlace.ts';
import { defaultExcluded, findDuplicates } from './duplicates.ts';

/** One plan file that was read, with its computed results. */
export interface ConsolidationSource {
  readonly source: string;
  readonly plan: Plan;
  readonly results: PlanResults;
}

/** A file that could not be read, with the Chinese reason. */
export interface ConsolidationFailure {
  readonly source: string;
  readonly reason: string;
}

export interface SummaryRow {
  readonly label: string;
  readonly byYear: readonly Decimal[];
  readonly total: Decimal;
  readonly projectCount: number;
}

/** 汇总 (the roll-ups of docs/domain.md): many pairings summed by pairing × year and by category × year. */
export interface Consolidation {
  readonly years: readonly number[];
  /** One row per source file: 帮扶方 → 受援方. */
  readonly pairings: readonly (SummaryRow & { readonly source: string; readonly errors: number; readonly warnings: number })[];
  /** Categories of all plans, the same name (spaces ignored) summed as one. */
  readonly categories: readonly (SummaryRow & { readonly share: string | null })[];
  readonly yearTotals: readonly Decimal[];
  readonly grandTotal: Decimal;
  readonly projectCount: number;
  readonly problems: readonly { readonly source: string; readonly severity: Severity; readonly place: string; readonly message: string }[];
  readonly failures: readonly ConsolidationFailure[];
  /** Files that describe the same plan, found before summing; only the `counted` ones are in the sums. */
  readonly duplicates: readonly DuplicateFiles[];
}

/** One group of duplicates as shown: each file with its pairing, total and whether it is counted. */
export interface DuplicateFiles {
  readonly reason: string;
  readonly files: readonly { readonly source: string; readonly label: string; readonly total: string; readonly counted: boolean }[];
}

const pairingLabel = (plan: Plan) =>
  `${plan.donor || '（未填帮扶方）'} → ${
    plan.recipients
      .map((r) => r.name)
      .filter(Boolean)
      .join('、') || '（未填受援方）'
  }`;

/**
 * Sums the plans. Files that describe the same plan (shared/consolidate/duplicates.ts)
 * are flagged first; `excluded` names the files left out of the sums, by
 * default every duplicate but the first of its group, so nothing is counted
 * twice unless someone chooses it.
 */
export function consolidate(
  allSources: readonly ConsolidationSource[],
  failures: readonly ConsolidationFailure[],
  excluded?: ReadonlySet<string>,
): Consolidation {
  const groups = findDuplicates(allSources);
  const left = excluded ?? defaultExcluded(groups);
  const sources = allSources.filter((s) => !left.has(s.source));
  const duplicates: DuplicateFiles[] = groups.map((g) => ({
    reason: g.reason,
    files: g.sources.map((source) => {
      const found = allSources.find((s) => s.source === source)!;
      return { source, label: pairingLabel(found.plan), total: found.results.grandTotal.toFixed(2), counted: !left.has(source) };
    }),
  }));
  const years = [...new Set(sources.flatMap((s) => s.results.years.map(Number)))].sort((a, b) => a - b);
  const column = new Map(years.map((y, i) => [y, i]));
  const zeros = () => years.map(() => ZERO);

  const pairings = sources.map(({ source, plan, results }) => {
    const byYear = zeros();
    results.years.forEach((y, i) => (byYear[column.get(y)!] = results.yearTotals[i]!));
    const errors = results.problems.filter((p) => p.severity === 'error').length;
    return {
      source,
      label: pairingLabel(plan),
      byYear,
      total: results.grandTotal,
      projectCount: plan.projects.length,
      errors,
      warnings: results.problems.length - errors,
    };
  });

  const categories = new Map<string, { label: string; byYear: Decimal[]; projectCount: number }>();
  for (const { plan, results } of sources) {
    const counts = new Map<string, number>();
    for (const p of plan.projects) {
      const id = results.project(p.id)?.categoryId;
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const c of results.categories) {
      const key = normaliseCategoryName(c.name);
      const row = categories.get(key) ?? { label: c.name, byYear: zeros(), projectCount: 0 };
      results.years.forEach((y, i) => {
        const at = column.get(y)!;
        row.byYear[at] = row.byYear[at]!.plus(c.byYear[i]!);
      });
      row.projectCount += counts.get(c.id) ?? 0;
      categories.set(key, row);
    }
  }
  const categoryRows = [...categories.values()].map((r) => ({ ...r, total: r.byYear.reduce((a, b) => a.plus(b), ZERO) }));
  const shares = sharesOfTotal(categoryRows.map((r) => r.total));
  const yearTotals = years.map((_, i) => pairings.reduce((a, p) => a.plus(p.byYear[i]!), ZERO));

  return {
    years,
    pairings,
    categories: categoryRows.map((r, i) => ({ ...r, share: shares[i]! })),
    yearTotals,
    grandTotal: yearTotals.reduce((a, b) => a.plus(b), ZERO),
    projectCount: pairings.reduce((a, p) => a + p.projectCount, 0),
    problems: sources.flatMap(({ source, plan, results }) =>
      results.problems.map((p) => ({ source, severity: p.severity, place: describePlace(plan, p.where), message: p.message })),
    ),
    failures,
    duplicates,
  };
}

/** A summary row as plain data: amounts as two-decimal strings (for IPC and display). */
export interface SummaryRowData {
  readonly label: string;
  readonly byYear: readonly string[];
  readonly total: string;
  readonly projectCount: number;
}

/** The 汇总 as plain data, so it crosses from the main process to the window. */
export interface ConsolidationData {
  readonly years: readonly number[];
  readonly pairings: readonly (SummaryRowData & { readonly source: string; readonly errors: number; readonly warnings: number })[];
  readonly categories: readonly (SummaryRowData & { readonly share: string | null })[];
  readonly yearTotals: readonly string[];
  readonly grandTotal: string;
  readonly projectCount: number;
  readonly problems: Consolidation['problems'];
  readonly failures: Consolidation['failures'];
  readonly duplicates: Consolidation['duplicates'];
}

export function consolidationData(c: Consolidation): ConsolidationData {
  const row = (r: SummaryRow): SummaryRowData => ({
    label: r.label,
    byYear: r.byYear.map((d) => d.toFixed(2)),
    total: r.total.toFixed(2),
    projectCount: r.projectCount,
  });
  return {
    years: c.years,
    pairings: c.pairings.map((p) => ({ ...row(p), source: p.source, errors: p.errors, warnings: p.warnings })),
    categories: c.categories.map((k) => ({ ...row(k), share: k.share })),
    yearTotals: c.yearTotals.map((d) => d.toFixed(2)),
    grandTotal: c.grandTotal.toFixed(2),
    projectCount: c.projectCount,
    problems: c.problems,
    failures: c.failures,
    duplicates: c.duplicates,
  };
}
