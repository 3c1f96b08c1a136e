/** How bad a problem is: an error makes the plan wrong, a warning asks for a look. */
export type { Severity } from '../model/severity.ts';
import type { Severity } from '../model/severity.ts';

/** The tables a problem can point into. */
export type TableName = 'info' | 'rule' | 'envelope' | 'categories' | 'projects' | 'recipients' | 'progress' | 'file';

/**
 * Where a problem is, so the user can jump to it: a table, the row's id (a
 * category or project id) and a column (year digits such as "2017", or a field
 * name such as "startYear").
 */
export interface Place {
  readonly table: TableName;
  readonly rowId?: string;
  readonly column?: string;
  /** For a problem in an imported workbook (table 'file', column "工作表!单元格"): the text found in that cell. */
  readonly found?: string;
}

/** One finding of the checks: a code for programs, a Chinese message for people. */
export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly message: string;
  readonly where: Place;
}

/** Every check's code with what it means, for the 问题 panel and the user guide. */
export const PROBLEM_CODES = {
  NEGATIVE_AMOUNT: '金额为负数',
  YEAR_OUTSIDE_PERIOD: '年度不在规划期内',
  DUPLICATE_CATEGORY: '类别名称或别名重复',
  YEAR_OVER_MONEY: '年度安排超过当年资金',
  YEAR_UNDER_MONEY: '年度安排少于当年资金（有资金未安排）',
  MONEY_DEPARTS_FROM_RULE: '计划资金与测算规则不一致',
  PROJECT_NO_CATEGORY: '项目未填类别',
  PROJECT_UNKNOWN_CATEGORY: '项目类别无法对应到规划类别',
  PROJECT_NO_NAME: '项目未填名称',
  PROJECT_YEARS_MISSING: '项目未填开工或竣工年限',
  PROJECT_YEARS_REVERSED: '竣工年限早于开工年限',
  PROJECT_AMOUNT_OUTSIDE_YEARS: '资金安排在实施年限之外',
  PROJECT_AID_MISMATCH: '各年资金之和不等于援建资金',
  PROJECT_AID_OVER_INVESTMENT: '援建资金超过估算总投资',
  ROLLUP_MISMATCH: '项目汇总与年度领域安排表不一致',
  PROJECT_UNKNOWN_RECIPIENT: '项目的受援方不在规划中',
  RECIPIENT_OVER_MONEY: '受援方项目安排超过其当年资金',
  RECIPIENT_UNDER_MONEY: '受援方项目安排少于其当年资金',
  RECIPIENTS_OVER_MONEY: '各受援方资金合计超过当年资金',
  PROGRESS_ARRIVED_OVER_PLAN: '到位资金超过计划',
  PROGRESS_COMPLETED_OVER_PLAN: '完成投资超过计划',
  PROGRESS_COMPLETED_OVER_ARRIVED: '完成投资超过到位资金',
  IMPORT_TOTAL_MISMATCH: '导入文件的合计或小计与各项之和不一致',
  IMPORT_UNREADABLE_VALUE: '导入文件中有无法读取的单元格',
  IMPORT_VALUE_REFUSED: '导入文件中的金额或年份无法识别',
  IMPORT_ROW_SKIPPED: '导入文件中有金额的行未能导入',
  IMPORT_AMOUNT_ROUNDED: '导入的金额超过两位小数，已四舍五入',
} as const;
export type ProblemCode = keyof typeof PROBLEM_CODES;

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '提醒' };
