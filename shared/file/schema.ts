import { z } from 'zod';
import { WAN_PATTERN } from '../money/wan.ts';
import { PROJECT_STATUSES } from '../model/plan.ts';
import {
  AMOUNT_DECIMALS,
  MAX_AMOUNT_DIGITS,
  MAX_CATEGORIES,
  MAX_LIST_ENTRIES,
  MAX_PROJECTS,
  MAX_RECIPIENTS,
  MAX_YEAR,
  MIN_YEAR,
  RATE_DECIMALS,
  MAX_IMPORT_FINDINGS,
  TEXT_LIMITS,
  periodProblem,
  type TextField,
} from '../model/limits.ts';
import { IMPORT_PROBLEM_CODES } from '../model/importFinding.ts';

// Messages zod writes itself (wrong type, missing field) come in Chinese too.
z.config(z.locales.zhCN());

/** Version of the .aidplan format this program writes; it opens this and older ones. */
export const FORMAT_VERSION = 1;
export const FORMAT_NAME = 'aidplan';

const text = (field: TextField) => z.string({ message: '应为文字' }).max(TEXT_LIMITS[field], { message: `文字过长（超过${TEXT_LIMITS[field]}字）` });
const list = (field: TextField) => z.array(text(field)).max(MAX_LIST_ENTRIES, { message: `最多${MAX_LIST_ENTRIES}项` });
const wan = z
  .string({ message: '金额应写成带引号的数字文字（如 "1850.00"）' })
  .regex(WAN_PATTERN, { message: '不是有效金额（应为数字，最多两位小数）' })
  .regex(new RegExp(`^-?\\d{1,${MAX_AMOUNT_DIGITS}}(\\.\\d{1,${AMOUNT_DECIMALS}})?$`), { message: `金额过大（整数部分最多${MAX_AMOUNT_DIGITS}位）` });
const decimalText = z.string().regex(new RegExp(`^\\d{1,${MAX_AMOUNT_DIGITS}}(\\.\\d{1,${RATE_DECIMALS}})?$`), { message: '不是有效的非负数字' });
const year = z
  .number()
  .int({ message: '年份应为整数' })
  .min(MIN_YEAR, { message: `年份应不早于${MIN_YEAR}` })
  .max(MAX_YEAR, { message: `年份应不晚于${MAX_YEAR}` });
const yearKey = z.string().regex(/^\d{4}$/, { message: '年份应为四位数字' });
const yearAmounts = z.record(yearKey, wan);
const id = z.string().min(1, { message: '不能为空' }).max(100);

const recipient = z.object({ id, name: text('recipientName'), carrierUnit: text('carrierUnit'), money: yearAmounts.optional() });

const progress = z.object({
  arrived: wan.nullable(),
  completed: wan.nullable(),
  status: z.enum(PROJECT_STATUSES, { message: '状态应为“未开工”“在建”或“已完工”' }).nullable(),
  asOf: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, { message: '日期应为“2020-06-30”的形式' }),
});

const fundingRule = z.object({
  baseYear: year,
  baseRevenue: decimalText,
  ratePercent: decimalText,
  growthPercent: z.string().regex(new RegExp(`^-?\\d{1,${MAX_AMOUNT_DIGITS}}(\\.\\d{1,${RATE_DECIMALS}})?$`), { message: '不是有效数字' }),
  actualRevenue: z.record(yearKey, decimalText),
  extra: yearAmounts,
});

const category = z.object({ id, name: text('categoryName'), aliases: list('alias'), byYear: yearAmounts });

const project = z.object({
  id,
  category: text('projectCategory'),
  name: text('projectName'),
  content: text('content'),
  startYear: year.nullable(),
  endYear: year.nullable(),
  totalInvestment: wan.nullable(),
  aid: wan.nullable(),
  byYear: yearAmounts,
  fundingSource: text('fundingSource'),
  units: list('unit'),
  deadline: text('deadline'),
  remarks: text('remarks'),
  recipientId: id.nullable().optional(),
  progress: z.record(yearKey, progress).optional(),
});

/** A problem an import found in the partner's workbook, kept with the plan (optional: older files have none). */
const importFinding = z.object({
  code: z.enum(IMPORT_PROBLEM_CODES),
  severity: z.enum(['error', 'warning']),
  cell: text('findingCell'),
  found: text('findingFound'),
  message: text('findingMessage'),
});

const uniqueIds = (rows: readonly { id: string }[]) => new Set(rows.map((r) => r.id)).size === rows.length;

const periodCheck = (p: { firstYear: number; lastYear: number }, ctx: z.RefinementCtx) => {
  const problem = periodProblem(p.firstYear, p.lastYear);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['lastYear'] });
};

/** A plan's own fields, without its two tables. */
const planHead = z.object({
  title: text('title'),
  donor: text('donor'),
  recipients: z.array(recipient).max(MAX_RECIPIENTS, { message: `受援方最多${MAX_RECIPIENTS}个` }),
  firstYear: year,
  lastYear: year,
  unit: z.literal('万元', { message: '单位应为“万元”' }),
  fundingRule: fundingRule.nullable(),
  yearlyMoney: yearAmounts,
});

/** One category row, one project row, and the plan without its rows: an edit checks only what it changed. */
export const categorySchema = category;
export const projectSchema = project;
export const planHeadSchema = planHead.superRefine(periodCheck);

export const planSchema = planHead
  .extend({
    categories: z
      .array(category)
      .max(MAX_CATEGORIES, { message: `类别最多${MAX_CATEGORIES}个` })
      .refine(uniqueIds, { message: '类别编号重复' }),
    projects: z
      .array(project)
      .max(MAX_PROJECTS, { message: `项目最多${MAX_PROJECTS}个` })
      .refine(uniqueIds, { message: '项目编号重复' }),
    importFindings: z
      .array(importFinding)
      .max(MAX_IMPORT_FINDINGS, { message: `导入问题最多${MAX_IMPORT_FINDINGS}条` })
      .optional(),
  })
  .superRefine(periodCheck);

export const fileSchema = z.object({
  format: z.literal(FORMAT_NAME),
  version: z.number().int().min(1),
  plan: planSchema,
});
