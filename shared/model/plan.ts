import type { Wan } from '../money/wan.ts';
import type { CategoryId, ProjectId, RecipientId, Year } from './ids.ts';
import type { ImportFinding } from './importFinding.ts';

/**
 * Amounts by year, keyed by the year's digits ("2016"). A missing year is 0.
 * Plain object so it is the same in memory, in IPC and in the file.
 */
export type YearAmounts = Readonly<Record<string, Wan>>;

/** 受援方: a recipient county or district. */
export interface Recipient {
  readonly id: RecipientId;
  readonly name: string;
  /** 帮扶载体单位 (《东丽区对口帮扶实施方案》), may be empty. */
  readonly carrierUnit: string;
  /**
   * The recipient's own money per year (《东丽区对口帮扶实施方案》: 承德县 2000万/年); absent or
   * empty when the plan does not split its money by recipient.
   */
  readonly money?: YearAmounts;
}

/** 项目状态 as progress reports count them (《甘孜日报》: 建成项目22个，有序推进项目37个; docs/domain.md). */
export const PROJECT_STATUSES = ['未开工', '在建', '已完工'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** Progress of a project in one plan year (资金到位, 完成投资; docs/domain.md). */
export interface ProjectProgress {
  /** 到位资金: aid money arrived for the year. */
  readonly arrived: Wan | null;
  /** 完成投资: aid money spent on completed work for the year. */
  readonly completed: Wan | null;
  readonly status: ProjectStatus | null;
  /** The date the figures are as of, "2020-06-30"; may be empty. */
  readonly asOf: string;
}

/**
 * 资金测算规则: each year's money is rate% of the donor's previous-year
 * general public budget revenue (上年度一般公共预算收入), projected from the base
 * year with a growth rate until the actual revenue is known.
 */
export interface FundingRule {
  /** The year whose revenue is the base, e.g. 2015. */
  readonly baseYear: Year;
  /** Revenue of the base year in 万元, decimal string (54.34亿元 = "543400"). */
  readonly baseRevenue: string;
  /** Rate in percent, decimal string: "0.5" means 0.5%. */
  readonly ratePercent: string;
  /** Yearly growth of the projected revenue in percent: "5" means +5%. */
  readonly growthPercent: string;
  /** Revenue actually approved (人大批复的实际完成数), 万元, by revenue year. */
  readonly actualRevenue: Readonly<Record<string, string>>;
  /** Money given beyond the rule (追加), by plan year. */
  readonly extra: YearAmounts;
}

/** 类别 / 领域: one row of the category × year table. */
export interface Category {
  readonly id: CategoryId;
  readonly name: string;
  /** Other names of the same category in project tables (民生社保项目 → 民生改善). */
  readonly aliases: readonly string[];
  /** The planned amounts of the category table (年度投资和领域安排计划表). */
  readonly byYear: YearAmounts;
}

/** 项目: one row of the project table. */
export interface Project {
  readonly id: ProjectId;
  /** 项目类别 as written; mapped to a plan category by name or alias. */
  readonly category: string;
  readonly name: string;
  /** 建设内容及规模, may span several lines. */
  readonly content: string;
  /** 开工年限 / 竣工年限. */
  readonly startYear: Year | null;
  readonly endYear: Year | null;
  /** 估算总投资: may exceed the aid part (other money pays the rest). */
  readonly totalInvestment: Wan | null;
  /**
   * 援建资金 as declared by a source document, when it states one apart from
   * the per-year amounts; null means the aid is the sum of `byYear`.
   */
  readonly aid: Wan | null;
  /** 实施年限 / 年度计划: the aid money per year. */
  readonly byYear: YearAmounts;
  /** 资金来源. */
  readonly fundingSource: string;
  /** 责任单位, one unit per entry. */
  readonly units: readonly string[];
  /** 完成时限, free text ("11月底前"). */
  readonly deadline: string;
  /** 备注. */
  readonly remarks: string;
  /** The recipient the project is for, when the plan has several; absent: not assigned. */
  readonly recipientId?: RecipientId | null;
  /** Progress through the years, keyed by year digits. */
  readonly progress?: Readonly<Record<string, ProjectProgress>>;
}

/** A whole plan (规划), as kept in memory and in the .aidplan file. */
export interface Plan {
  readonly title: string;
  /** 帮扶方. */
  readonly donor: string;
  /** 受援方, at least one. */
  readonly recipients: readonly Recipient[];
  /** 规划期, both years included. */
  readonly firstYear: Year;
  readonly lastYear: Year;
  /** Every amount of a plan is in 万元. */
  readonly unit: '万元';
  readonly fundingRule: FundingRule | null;
  /**
   * The yearly money the plan itself adopts (e.g. 2700, 2852, … in 《武侯区对口帮扶白玉县规划（2016—2020年）》),
   * which may depart from the rule; a year left out falls back to the rule.
   */
  readonly yearlyMoney: YearAmounts;
  /** Ordered as shown. */
  readonly categories: readonly Category[];
  /** Ordered as shown; 序号 is the position. */
  readonly projects: readonly Project[];
  /** Problems found in the workbook this plan was imported from (absent for plans not imported). */
  readonly importFindings?: readonly ImportFinding[];
}

/** The plan years, first to last. */
export function planYears(plan: Pick<Plan, 'firstYear' | 'lastYear'>): Year[] {
  const years: Year[] = [];
  for (let y = plan.firstYear; y <= plan.lastYear; y++) years.push(y as Year);
  return years;
}
