import { ZERO, type Decimal } from '../money/decimal.ts';
import { ExactSum } from '../money/exactSum.ts';
import { wanToDecimal } from '../money/wan.ts';
import { planYears, type Category, type Plan, type Project } from '../model/plan.ts';
import type { CategoryId, ProjectId, RecipientId, Year } from '../model/ids.ts';
import { recipientProblems, type RecipientRow } from '../checks/recipientChecks.ts';
import { buildCategoryIndex, type CategoryIndex } from '../model/categoryIndex.ts';
import { ruleByYear, type RuleYear } from './envelope.ts';
import { sharesOfTotal } from './shares.ts';
import { categoryRowFacts, duplicateCategoryProblems, type CategoryRowFacts } from '../checks/categoryChecks.ts';
import { projectFacts, type ProjectFacts } from '../checks/projectChecks.ts';
import { moneyProblems } from '../checks/moneyChecks.ts';
import { reconciliationProblems, type ReconcileCell } from '../checks/reconciliation.ts';
import { outsidePeriodMoneyProblems } from '../checks/periodChecks.ts';
import { importFindingProblems } from '../checks/importFindings.ts';
import type { Problem } from '../checks/problem.ts';

/** A category row with its computed totals. Arrays are indexed by plan year (0 = first year). */
export interface CategoryResult {
  readonly id: CategoryId;
  readonly name: string;
  readonly byYear: readonly Decimal[];
  readonly total: Decimal;
  /** Share of the grand total, "8.67"; null when there is no positive total. */
  readonly share: string | null;
}

/** One plan year of money: the rule, the plan's adopted money and the difference. */
export interface EnvelopeYear extends RuleYear {
  /** The plan's money for the year: its adopted figure, else the category table's total. */
  readonly plan: Decimal;
  readonly planIsAdopted: boolean;
  /** plan − rule envelope; null without a rule figure. */
  readonly difference: Decimal | null;
}

/** Everything computed from a plan. Year-indexed arrays start at the plan's first year. */
export interface PlanResults {
  readonly years: readonly Year[];
  readonly categories: readonly CategoryResult[];
  readonly yearTotals: readonly Decimal[];
  readonly grandTotal: Decimal;
  /** Per year, when the plan has a funding rule. */
  readonly envelope: readonly EnvelopeYear[] | null;
  /** Projects summed by category and year (through names and aliases). */
  readonly rollup: ReadonlyMap<CategoryId, readonly Decimal[]>;
  /** Money of projects whose category maps to none. */
  readonly unmappedRollup: readonly Decimal[];
  /** Every category × year cell, table beside projects. */
  readonly reconciliation: readonly ReconcileCell[];
  /** Each recipient's own money beside its projects' money, per year. */
  readonly recipients: readonly RecipientRow[];
  /** Totals of the project table: per year, aid and total investment. */
  readonly projectTotals: { readonly byYear: readonly Decimal[]; readonly aid: Decimal; readonly totalInvestment: Decimal };
  readonly project: (id: ProjectId) => ProjectFacts | undefined;
  readonly problems: readonly Problem[];
}

interface ProjectEntry {
  ref: Project;
  facts: ProjectFacts;
  seen: number;
}

/**
 * Computes totals, shares, the envelope, the roll-up and every check, and
 * keeps what it parsed so that after an edit only the changed rows are
 * parsed and checked again. Plans are immutable: an edited row is a new
 * object, so a row whose object is unchanged is known to be unchanged.
 */
export class PlanEngine {
  private contextKey = '';
  private years: Year[] = [];
  private index: CategoryIndex = buildCategoryIndex([]);
  private recipientIds: ReadonlySet<string> = new Set();
  /** Projects' money per recipient and year, and how many projects each has. */
  private recipientRollup = new Map<RecipientId | null, { sums: readonly Decimal[]; count: number }>();
  private projects = new Map<ProjectId, ProjectEntry>();
  private rollup = new Map<CategoryId | null, readonly Decimal[]>();
  private totalInvestment = ZERO;
  private pass = 0;
  private previousProjects: readonly Project[] = [];
  private previousEntries: ProjectEntry[] = [];
  /** Per category: the reconciliation of its row, kept while neither its table row nor its roll-up row changes. */
  private reconciled = new Map<
    CategoryId,
    { name: string; row: CategoryRowFacts; rollup: readonly Decimal[] | undefined; cells: ReconcileCell[]; problems: Problem[] }
  >();
  private totalsCache: { rows: readonly CategoryRowFacts[]; yearTotals: Decimal[]; shares: (string | null)[] } | null = null;
  private projectTotalsCache: { rollup: readonly (readonly Decimal[])[]; byYear: Decimal[] } | null = null;
  private readonly rows = new WeakMap<Category, { key: string; facts: CategoryRowFacts }>();
  private ruleCache: { rule: Plan['fundingRule']; key: string; value: RuleYear[] } | null = null;

  update(plan: Plan): PlanResults {
    this.syncContext(plan);
    const pass = ++this.pass;
    const previous = this.previousProjects;
    const entries: ProjectEntry[] = new Array(plan.projects.length);
    const projectProblems: Problem[] = [];
    // With nothing accounted yet (the first update, or years or categories changed), every project is new:
    // they are accounted together at the end, their sums added as cents (accountAll), not one Decimal row at a time.
    const fresh: ProjectFacts[] | null = this.projects.size === 0 ? [] : null;
    for (let i = 0; i < plan.projects.length; i++) {
      const project = plan.projects[i]!;
      // Most rows are the very objects of the last update, at the same place: no lookup needed.
      let entry = previous[i] === project ? this.previousEntries[i] : undefined;
      if (!entry) {
        entry = this.projects.get(project.id);
        if (!entry || entry.ref !== project) {
          if (entry) this.account(entry.facts, -1);
          const facts = projectFacts(project, { years: this.years, index: this.index, recipientIds: this.recipientIds });
          if (fresh) fresh.push(facts);
          else this.account(facts, +1);
          entry = { ref: project, facts, seen: pass };
          this.projects.set(project.id, entry);
        }
      }
      entry.seen = pass;
      entries[i] = entry;
      if (entry.facts.problems.length > 0) projectProblems.push(...entry.facts.problems);
    }
    if (fresh) this.accountAll(fresh);
    // Ids are unique, so more entries than rows means rows were deleted.
    if (this.projects.size > plan.projects.length) {
      for (const [id, entry] of this.projects) {
        if (entry.seen !== pass) {
          this.account(entry.facts, -1);
          this.projects.delete(id);
        }
      }
    }
    this.previousProjects = plan.projects;
    this.previousEntries = entries;
    return this.results(plan, projectProblems);
  }

  /** Years or the category names changed: every project must be mapped and checked again. */
  private syncContext(plan: Plan): void {
    const key = `${plan.firstYear}-${plan.lastYear}|${plan.recipients.map((r) => r.id).join(',')}|${plan.categories.map((c) => `${c.id}:${c.name}:${c.aliases.join('、')}`).join('|')}`;
    if (key === this.contextKey) return;
    this.contextKey = key;
    this.years = planYears(plan);
    this.index = buildCategoryIndex(plan.categories);
    this.recipientIds = new Set(plan.recipients.map((r) => r.id));
    this.recipientRollup.clear();
    this.projects.clear();
    this.rollup.clear();
    this.reconciled.clear();
    this.previousProjects = [];
    this.previousEntries = [];
    this.totalInvestment = ZERO;
  }

  /** Adds (or takes away) a project's money to its category's roll-up row; a changed row is a new array. */
  private account(facts: ProjectFacts, sign: 1 | -1): void {
    const row = this.rollup.get(facts.categoryId) ?? this.years.map(() => ZERO);
    const next = row.map((sum, i) => {
      const amount = facts.byYear[i]!;
      return amount.isZero() ? sum : sign > 0 ? sum.plus(amount) : sum.minus(amount);
    });
    this.rollup.set(facts.categoryId, next);
    const recipient = this.recipientRollup.get(facts.recipientId) ?? { sums: this.years.map(() => ZERO), count: 0 };
    this.recipientRollup.set(facts.recipientId, {
      sums: recipient.sums.map((sum, i) => (sign > 0 ? sum.plus(facts.byYear[i]!) : sum.minus(facts.byYear[i]!))),
      count: recipient.count + sign,
    });
    this.totalInvestment = sign > 0 ? this.totalInvestment.plus(facts.totalInvestment) : this.totalInvestment.minus(facts.totalInvestment);
  }

  /**
   * account(facts, +1) of many projects at once: each category's and recipient's sums per year, and the total
   * investment, added exactly as cents from the stored texts (ExactSum), then added to the rows as they were.
   */
  private accountAll(all: readonly ProjectFacts[]): void {
    const yearCount = this.years.length;
    const newSums = () => Array.from({ length: yearCount }, () => new ExactSum());
    const rows = new Map<CategoryId | null, ExactSum[]>();
    const recipients = new Map<RecipientId | null, { sums: ExactSum[]; count: number }>();
    const investment = new ExactSum();
    for (const facts of all) {
      let row = rows.get(facts.categoryId);
      if (!row) rows.set(facts.categoryId, (row = newSums()));
      let recipient = recipients.get(facts.recipientId);
      if (!recipient) recipients.set(facts.recipientId, (recipient = { sums: newSums(), count: 0 }));
      recipient.count++;
      for (let i = 0; i < yearCount; i++) {
        const text = facts.amountTexts[i];
        row[i]!.add(text);
        recipient.sums[i]!.add(text);
      }
      investment.add(facts.totalInvestmentText);
    }
    const plus = (before: readonly Decimal[] | undefined, sums: readonly ExactSum[]) =>
      sums.map((sum, i) => (before ? before[i]!.plus(sum.total()) : sum.total()));
    for (const [id, sums] of rows) this.rollup.set(id, plus(this.rollup.get(id), sums));
    for (const [id, { sums, count }] of recipients) {
      const before = this.recipientRollup.get(id);
      this.recipientRollup.set(id, { sums: plus(before?.sums, sums), count: (before?.count ?? 0) + count });
    }
    this.totalInvestment = this.totalInvestment.plus(investment.total());
  }

  private rowFacts(category: Category): CategoryRowFacts {
    const key = `${this.contextKey.split('|')[0]}:${category.name}`;
    const cached = this.rows.get(category);
    if (cached && cached.key === key) return cached.facts;
    const facts = categoryRowFacts(category, this.years);
    this.rows.set(category, { key, facts });
    return facts;
  }

  private ruleYears(plan: Plan): RuleYear[] | null {
    const rule = plan.fundingRule;
    if (!rule) return null;
    const key = this.contextKey.split('|')[0]!;
    if (this.ruleCache && this.ruleCache.rule === rule && this.ruleCache.key === key) return this.ruleCache.value;
    const value = ruleByYear(rule, this.years);
    this.ruleCache = { rule, key, value };
    return value;
  }

  /** Year totals and shares, kept while no category row changed. */
  private totals(rows: readonly CategoryRowFacts[]): { yearTotals: Decimal[]; shares: (string | null)[] } {
    const cached = this.totalsCache;
    if (cached && cached.rows.length === rows.length && cached.rows.every((r, i) => r === rows[i])) return cached;
    const yearTotals = this.years.map((_, y) => rows.reduce((acc, r) => acc.plus(r.byYear[y]!), ZERO));
    const shares = sharesOfTotal(rows.map((r) => r.total));
    this.totalsCache = { rows, yearTotals, shares };
    return this.totalsCache;
  }

  /** One category's table row beside its projects' roll-up, cell by cell, with the differences as problems. */
  private reconcile(category: Category, row: CategoryRowFacts): { cells: ReconcileCell[]; problems: Problem[] } {
    const rollup = this.rollup.get(category.id);
    const cached = this.reconciled.get(category.id);
    if (cached && cached.row === row && cached.rollup === rollup && cached.name === category.name) return cached;
    const cells = this.years.map((year, i) => {
      const projects = rollup?.[i] ?? ZERO;
      return { categoryId: category.id, year, table: row.byYear[i]!, projects, difference: projects.minus(row.byYear[i]!) };
    });
    const entry = { name: category.name, row, rollup, cells, problems: reconciliationProblems(cells, [category]) };
    this.reconciled.set(category.id, entry);
    return entry;
  }

  /** Sums of the project table per year, kept while no roll-up row changed. */
  private projectYearTotals(): Decimal[] {
    const rows = [...this.rollup.values()];
    const cached = this.projectTotalsCache;
    if (cached && cached.rollup.length === rows.length && cached.rollup.every((r, i) => r === rows[i])) return cached.byYear;
    const byYear = this.years.map((_, i) => rows.reduce((t, row) => t.plus(row[i]!), ZERO));
    this.projectTotalsCache = { rollup: rows, byYear };
    return byYear;
  }

  private results(plan: Plan, projectProblems: Problem[]): PlanResults {
    const years = this.years;
    const rowFacts = plan.categories.map((c) => this.rowFacts(c));
    const { yearTotals, shares } = this.totals(rowFacts);
    const categories: CategoryResult[] = plan.categories.map((c, i) => ({
      id: c.id,
      name: c.name,
      byYear: rowFacts[i]!.byYear,
      total: rowFacts[i]!.total,
      share: shares[i]!,
    }));
    const grandTotal = yearTotals.reduce((a, b) => a.plus(b), ZERO);

    const rule = this.ruleYears(plan);
    const adopted = years.map((y) => {
      const text = plan.yearlyMoney[String(y)];
      return text === undefined || text === '' ? null : wanToDecimal(text);
    });
    const envelope: EnvelopeYear[] | null = rule
      ? rule.map((r, i) => {
          const plan = adopted[i] ?? yearTotals[i]!;
          return { ...r, plan, planIsAdopted: adopted[i] !== null, difference: r.envelope ? plan.minus(r.envelope) : null };
        })
      : null;

    const zeros = years.map(() => ZERO);
    const rollup = new Map<CategoryId, readonly Decimal[]>();
    for (const [id, row] of this.rollup) if (id !== null) rollup.set(id, row);
    const reconciled = plan.categories.map((c, i) => this.reconcile(c, rowFacts[i]!));
    const projectYearTotals = this.projectYearTotals();

    const recipients: RecipientRow[] = plan.recipients.map((recipient) => {
      const rolled = this.recipientRollup.get(recipient.id);
      return {
        recipient,
        money: years.map((y) => {
          const text = recipient.money?.[String(y)];
          return text === undefined || text === '' ? null : wanToDecimal(text);
        }),
        projects: rolled?.sums ?? zeros,
        projectCount: rolled?.count ?? 0,
      };
    });
    const yearMoney = years.map((_, i) => adopted[i] ?? rule?.[i]?.envelope ?? null);

    const problems: Problem[] = [
      ...duplicateCategoryProblems(plan.categories, this.index),
      ...rowFacts.flatMap((r) => r.problems),
      ...moneyProblems(years.map((year, i) => ({ year, rule: rule?.[i]?.envelope ?? null, adopted: adopted[i]!, spending: yearTotals[i]! }))),
      // A top-down plan with no projects yet has nothing to reconcile.
      ...(plan.projects.length > 0 ? reconciled.flatMap((r) => r.problems) : []),
      ...(plan.recipients.length > 0 ? recipientProblems(recipients, years, yearMoney) : []),
      ...outsidePeriodMoneyProblems(plan),
      ...projectProblems,
      ...importFindingProblems(plan.importFindings),
    ];

    return {
      years,
      categories,
      yearTotals,
      grandTotal,
      envelope,
      rollup,
      unmappedRollup: this.rollup.get(null) ?? zeros,
      reconciliation: reconciled.flatMap((r) => r.cells),
      recipients,
      projectTotals: {
        byYear: projectYearTotals,
        aid: projectYearTotals.reduce((a, b) => a.plus(b), ZERO),
        totalInvestment: this.totalInvestment,
      },
      project: (id) => this.projects.get(id)?.facts,
      problems,
    };
  }
}

/** Computes a plan from scratch (no cache): the reference the incremental engine is measured against. */
export function computePlan(plan: Plan): PlanResults {
  return new PlanEngine().update(plan);
}
