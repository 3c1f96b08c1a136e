/**
 * The one definition of how big a valid plan may be. The file schema
 * (shared/file/schema.ts), the edit commands (shared/commands) and the
 * importer read these numbers, so whatever the editor accepts also saves.
 */

/** Earliest and latest year a plan, a project or a revenue figure may name. */
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2199;

/** 规划期: at most this many years, both ends included (a five-year plan is five). */
export const MAX_PERIOD_YEARS = 10;

/** Longest text of a long field (建设内容, 备注…), in characters. */
export const LONG_TEXT_MAX = 20_000;
/** Longest text of a name (标题, 帮扶方, 类别, 项目名称, 责任单位…), in characters. */
export const NAME_TEXT_MAX = 1_000;

/** Characters allowed in each text field (names short, descriptions long). */
export const TEXT_LIMITS = {
  title: NAME_TEXT_MAX,
  donor: NAME_TEXT_MAX,
  recipientName: NAME_TEXT_MAX,
  carrierUnit: NAME_TEXT_MAX,
  categoryName: NAME_TEXT_MAX,
  alias: NAME_TEXT_MAX,
  projectCategory: NAME_TEXT_MAX,
  projectName: NAME_TEXT_MAX,
  content: LONG_TEXT_MAX,
  fundingSource: NAME_TEXT_MAX,
  unit: NAME_TEXT_MAX,
  deadline: NAME_TEXT_MAX,
  remarks: LONG_TEXT_MAX,
  /** An import finding's place (工作表!单元格), the text found there and the message about it. */
  findingCell: NAME_TEXT_MAX,
  findingFound: LONG_TEXT_MAX,
  findingMessage: LONG_TEXT_MAX,
} as const;
export type TextField = keyof typeof TEXT_LIMITS;

/** How many rows a plan may hold. */
export const MAX_CATEGORIES = 500;
export const MAX_PROJECTS = 100_000;
export const MAX_RECIPIENTS = 200;
/** Problems an import found in the partner's workbook, kept with the plan (a hostile file could list a million). */
export const MAX_IMPORT_FINDINGS = 10_000;
/** Entries of one list cell (别名, 责任单位). */
export const MAX_LIST_ENTRIES = 200;

export { AMOUNT_DECIMALS, MAX_AMOUNT_DIGITS } from '../money/amountLimits.ts';
/** Decimals of a rate or revenue figure of the funding rule. */
export const RATE_DECIMALS = 8;

/** Why a text is too long for its field, or null: the one message for the cell, the field and the file. */
export function textTooLong(text: string, max: number): string | null {
  return text.length > max ? `文字过长：最多${max}字，输入了${text.length}字` : null;
}

/** Why a period is not a period, or null. */
export function periodProblem(firstYear: number, lastYear: number): string | null {
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear)) return '规划期的年份应为整数';
  if (firstYear < MIN_YEAR || lastYear > MAX_YEAR) return `规划期应在${MIN_YEAR}年至${MAX_YEAR}年之间`;
  if (firstYear > lastYear) return `规划期起始年（${firstYear}年）不能晚于终止年（${lastYear}年）`;
  if (lastYear - firstYear + 1 > MAX_PERIOD_YEARS) return `规划期最长${MAX_PERIOD_YEARS}年（${firstYear}—${lastYear}年共${lastYear - firstYear + 1}年）`;
  return null;
}
