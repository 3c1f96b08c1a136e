import { Decimal, ZERO } from '../money/decimal.ts';
import { formatPlain } from '../money/wan.ts';
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
  /** Sum of the per-year amounts (the aid amount). */
  readonly aid: Decimal;
  readonly totalInvestment: Decimal;
  /** The recipient it is for; null when unassigned or unknown. */
  readonly recipientId: RecipientId | null;
  readonly problems: readonly Problem[];
}

export interface ProjectContext {
  readonly years: readonly Year[];
  readonly index: CategoryIndex;
  readonly recipientIds: ReadonlySet<string>;
}

const label = (p: Project) => (p.name.trim() === '' ? '未命名项目' : `项目“${p.name.trim()}”`);

/** Parses one project and runs every check that needs only the project and the plan's years and categories. */
export function projectFacts(project: Project, ctx: ProjectContext): ProjectFacts {
  const problems: Problem[] = [];
  const add = (code: ProblemCode, severity: Severity, message: string, column?: string) =>
    problems.push({ code, severity, message, where: { table: 'projects', rowId: project.id, ...(column ? { column } : {}) } });
  const first = ctx.years[0]!;
  const last = ctx.years[ctx.years.length - 1]!;
  const name = label(project);

  const byYear = ctx.years.map(() => ZERO);
  let aid = ZERO;
  // Object.keys and a lookup: half the cost of Object.entries' pair arrays, for each of 10,000 projects.
  for (const key of Object.keys(project.byYear)) {
    const text = project.byYear[key]!;
    const amount = new Decimal(text);
    const year = Number(key);
    if (amount.isNegative()) add('NEGATIVE_AMOUNT', 'error', `${name}${key}年的资金为负数（${formatPlain(amount)}万元）`, key);
    if (year < first || year > last) {
      if (!amount.isZero()) add('YEAR_OUTSIDE_PERIOD', 'error', `${name}在${key}年安排了资金，但该年不在规划期${first}—${last}年内`, key);
      continue;
    }
    byYear[year - first] = amount;
    aid = aid.plus(amount);
    const outside = (project.startYear !== null && year < project.startYear) || (project.endYear !== null && year > project.endYear);
    if (outside && !amount.isZero()) {
      add(
        'PROJECT_AMOUNT_OUTSIDE_YEARS',
        'error',
        `${name}在${key}年安排了${formatPlain(amount)}万元，不在其实施年限${project.startYear ?? '?'}—${project.endYear ?? '?'}年内`,
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

  if (project.aid !== null && !new Decimal(project.aid).eq(aid)) {
    add('PROJECT_AID_MISMATCH', 'error', `${name}各年资金合计${formatPlain(aid)}万元，与援建资金${formatPlain(new Decimal(project.aid))}万元不符`, 'aid');
  }
  const declaredAid = project.aid !== null ? new Decimal(project.aid) : aid;
  const totalInvestment = project.totalInvestment !== null ? new Decimal(project.totalInvestment) : ZERO;
  if (project.totalInvestment !== null) {
    if (totalInvestment.isNegative()) add('NEGATIVE_AMOUNT', 'error', `${name}的估算总投资为负数`, 'totalInvestment');
    else if (declaredAid.gt(totalInvestment)) {
      add(
        'PROJECT_AID_OVER_INVESTMENT',
        'error',
        `${name}的援建资金${formatPlain(declaredAid)}万元超过估算总投资${formatPlain(totalInvestment)}万元`,
        'totalInvestment',
      );
    }
  }
  if (project.aid !== null && declaredAid.isNegative()) add('NEGATIVE_AMOUNT', 'error', `${name}的援建资金为负数`, 'aid');

  let recipientId: RecipientId | null = project.recipientId ?? null;
  if (recipientId !== null && !ctx.recipientIds.has(recipientId)) {
    add('PROJECT_UNKNOWN_RECIPIENT', 'error', `${name}的受援方不在本规划的受援方中`, 'recipientId');
    recipientId = null;
  }
  problems.push(...progressProblems(project, byYear, ctx.years, name));

  return { categoryId, byYear, aid, totalInvestment, recipientId, problems };
}
