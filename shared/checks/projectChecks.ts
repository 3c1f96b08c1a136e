import { centsOf, centsText } from '../money/cents.ts';
import { Decimal } from '../money/decimal.ts';
import { ExactSum } from '../money/exactSum.ts';
import { formatPlain, toWan, wanToDecimal, type Wan } from '../money/wan.ts';
import type { Project } from '../model/plan.ts';
import type { CategoryId, RecipientId, Year } from '../model/ids.ts';
import { progressProblems } from './progressChecks.ts';
import type { CategoryIndex } from '../model/categoryIndex.ts';
import type { Problem, ProblemCode, Severity } from './problem.ts';

/** What the engine keeps of one project: parsed amounts, its category, its problems. */
export interface ProjectFacts {
  /** The plan category it rolls up into; null when its category text maps to none. */
  readonly categoryId: CategoryId | null;
  /** Aid per plan year, index 0 = first plan year. */
  readonly byYear: readonly Decimal[];
  /** Per plan year, the stored amount the year's figure is read from (undefined: none, 0): what sums add as cents. */
  readonly amountTexts: readonly (Wan | undefined)[];
  /** Sum of the per-year amounts (the aid amount). */
  readonly aid: Decimal;
  /** formatPlain(aid) ("401.03"), from the sum's cents when it has them (no Decimal made). */
  readonly aidText: string;
  readonly totalInvestment: Decimal;
  /** The stored 估算总投资 (null: not given, 0). */
  readonly totalInvestmentText: Wan | null;
  /** The recipient it is for; null when unassigned or unknown. */
  readonly recipientId: RecipientId | null;
  readonly problems: readonly Problem[];
}

export interface ProjectContext {
  readonly years: readonly Year[];
  readonly index: CategoryIndex;
  readonly recipientIds: ReadonlySet<string>;
}

/**
 * A project's facts with its amounts kept as the stored texts, read into Decimals only when asked: a whole
 * computation of 10,000 projects adds them as cents (ExactSum) and prints them from their texts, and would
 * otherwise parse 50,000 Decimals it never uses. Each Decimal is the one wanToDecimal reads, made once.
 */
class StoredProjectFacts implements ProjectFacts {
  private decimals: readonly Decimal[] | null = null;
  private aidDecimal: Decimal | null = null;
  private investmentDecimal: Decimal | null = null;

  constructor(
    readonly categoryId: CategoryId | null,
    readonly amountTexts: readonly (Wan | undefined)[],
    private readonly aidSum: ExactSum,
    readonly totalInvestmentText: Wan | null,
    readonly recipientId: RecipientId | null,
    readonly problems: Problem[],
  ) {}

  get byYear(): readonly Decimal[] {
    return (this.decimals ??= this.amountTexts.map(wanToDecimal));
  }

  get aid(): Decimal {
    return (this.aidDecimal ??= this.aidSum.total());
  }

  get aidText(): string {
    const cents = this.aidSum.exactCents();
    return cents === null ? formatPlain(this.aid) : centsText(cents);
  }

  get totalInvestment(): Decimal {
    return (this.investmentDecimal ??= wanToDecimal(this.totalInvestmentText));
  }
}

const label = (p: Project) => (p.name.trim() === '' ? '未命名项目' : `项目“${p.name.trim()}”`);

/** The sign of a stored amount (−1, 0, 1): from its cents when it has two decimals or fewer, else from its Decimal. */
function signOf(text: Wan): number {
  const cents = centsOf(text);
  return cents === null ? new Decimal(text).comparedTo(0) : Math.sign(cents);
}

/** a − b for two exact amounts, as a sign: whole cents compared where both have them, else Decimals. */
function compareAmounts(a: { cents: number | null; decimal: () => Decimal }, b: { cents: number | null; decimal: () => Decimal }): number {
  return a.cents !== null && b.cents !== null ? Math.sign(a.cents - b.cents) : a.decimal().comparedTo(b.decimal());
}

/** Parses one project and runs every check that needs only the project and the plan's years and categories. */
export function projectFacts(project: Project, ctx: ProjectContext): ProjectFacts {
  const problems: Problem[] = [];
  const add = (code: ProblemCode, severity: Severity, message: string, column?: string) =>
    problems.push({ code, severity, message, where: { table: 'projects', rowId: project.id, ...(column ? { column } : {}) } });
  const first = ctx.years[0]!;
  const last = ctx.years[ctx.years.length - 1]!;
  const name = label(project);

  const amountTexts: (Wan | undefined)[] = new Array<Wan | undefined>(ctx.years.length).fill(undefined);
  const aidSum = new ExactSum();
  // Object.keys and a lookup: half the cost of Object.entries' pair arrays, for each of 10,000 projects.
  for (const key of Object.keys(project.byYear)) {
    const text = project.byYear[key]!;
    const sign = signOf(text);
    const year = Number(key);
    if (sign < 0) add('NEGATIVE_AMOUNT', 'error', `${name}${key}年的资金为负数（${toWan(text)}万元）`, key);
    if (year < first || year > last) {
      if (sign !== 0) add('YEAR_OUTSIDE_PERIOD', 'error', `${name}在${key}年安排了资金，但该年不在规划期${first}—${last}年内`, key);
      continue;
    }
    amountTexts[year - first] = text;
    aidSum.add(text);
    const outside = (project.startYear !== null && year < project.startYear) || (project.endYear !== null && year > project.endYear);
    if (outside && sign !== 0) {
      add(
        'PROJECT_AMOUNT_OUTSIDE_YEARS',
        'error',
        `${name}在${key}年安排了${toWan(text)}万元，不在其实施年限${project.startYear ?? '?'}—${project.endYear ?? '?'}年内`,
        key,
      );
    }
  }
  const trimmedCategory = project.category.trim();
  const categoryId = trimmedCategory === '' ? null : ctx.index.lookup(trimmedCategory);
  if (trimmedCategory === '') add('PROJECT_NO_CATEGORY', 'error', `${name}未填项目类别`, 'category');
  else if (categoryId === null) add('PROJECT_UNKNOWN_CATEGORY', 'error', `${name}的类别“${trimmedCategory}”不是规划中的类别，也不是任何类别的别名`, 'category');
  if (project.name.trim() === '') add('PROJECT_NO_NAME', 'warning', '有项目未填项目名称', 'name');

  if (project.startYear === null || project.endYear === null) {
    add(
      'PROJECT_YEARS_MISSING',
      'warning',
      `${name}未填${project.startYear === null ? '开工' : '竣工'}年限`,
      project.startYear === null ? 'startYear' : 'endYear',
    );
  } else if (project.startYear > project.endYear) {
    add('PROJECT_YEARS_REVERSED', 'error', `${name}的竣工年限${project.endYear}年早于开工年限${project.startYear}年`, 'endYear');
  }
  for (const field of ['startYear', 'endYear'] as const) {
    const y = project[field];
    if (y !== null && (y < first || y > last)) {
      add('YEAR_OUTSIDE_PERIOD', 'error', `${name}的${field === 'startYear' ? '开工' : '竣工'}年限${y}年不在规划期${first}—${last}年内`, field);
    }
  }

  // The sum of the years, the declared 援建资金 and the 估算总投资: compared as cents (nearly always), else as Decimals.
  const summed = { cents: aidSum.exactCents(), decimal: () => aidSum.total() };
  const declared = project.aid === null ? summed : { cents: centsOf(project.aid), decimal: () => new Decimal(project.aid!) };
  if (project.aid !== null && compareAmounts(declared, summed) !== 0) {
    add('PROJECT_AID_MISMATCH', 'error', `${name}各年资金合计${formatPlain(aidSum.total())}万元，与援建资金${toWan(project.aid)}万元不符`, 'aid');
  }
  if (project.totalInvestment !== null) {
    const investment = { cents: centsOf(project.totalInvestment), decimal: () => wanToDecimal(project.totalInvestment) };
    if (signOf(project.totalInvestment) < 0) add('NEGATIVE_AMOUNT', 'error', `${name}的估算总投资为负数`, 'totalInvestment');
    else if (compareAmounts(declared, investment) > 0) {
      add(
        'PROJECT_AID_OVER_INVESTMENT',
        'error',
        `${name}的援建资金${formatPlain(declared.decimal())}万元超过估算总投资${toWan(project.totalInvestment)}万元`,
        'totalInvestment',
      );
    }
  }
  if (project.aid !== null && signOf(project.aid) < 0) add('NEGATIVE_AMOUNT', 'error', `${name}的援建资金为负数`, 'aid');

  let recipientId: RecipientId | null = project.recipientId ?? null;
  if (recipientId !== null && !ctx.recipientIds.has(recipientId)) {
    add('PROJECT_UNKNOWN_RECIPIENT', 'error', `${name}的受援方不在本规划的受援方中`, 'recipientId');
    recipientId = null;
  }
  const facts = new StoredProjectFacts(categoryId, amountTexts, aidSum, project.totalInvestment, recipientId, problems);
  // Progress is checked against the years' Decimals, read only for a project that has progress figures.
  if (project.progress) problems.push(...progressProblems(project, facts.byYear, ctx.years, name));
  return facts;
}
