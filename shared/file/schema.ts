import { z } from 'zod';
import { WAN_PATTERN } from '../money/wan.ts';
import { PROJECT_STATUSES } from '../model/plan.ts';
import { IMPORT_PROBLEM_CODES } from '../checks/importFindings.ts';

// Messages zod writes itself (wrong type, missing field) come in Chinese too.
z.config(z.locales.zhCN());

/** Version of the .aidplan format this program writes; it opens this and older ones. */
export const FORMAT_VERSION = 1;
export const FORMAT_NAME = 'aidplan';

const MIN_YEAR = 1949;
const MAX_YEAR = 2200;
/** A plan period longer than this is a typo, not a plan. */
export const MAX_PERIOD_YEARS = 30;

const text = z.string().max(20_000, { message: '文字过长（超过20000字）' });
const wan = z.string().regex(WAN_PATTERN, { message: '不是有效金额（应为数字，最多两位小数）' });
const decimalText = z.string().regex(/^\d+(\.\d{1,8})?$/, { message: '不是有效的非负数字' });
const year = z.number().int({ message: '年份应为整数' }).min(MIN_YEAR, { message: `年份应不早于${MIN_YEAR}` }).max(MAX_YEAR, { message: `年份应不晚于${MAX_YEAR}` });
const yearKey = z.string().regex(/^\d{4}$/, { message: '年份应为四位数字' });
const yearAmounts = z.record(yearKey, wan);
const id = z.string().min(1, { message: '不能为空' }).max(100);

const recipient = z.object({ id, name: text, carrierUnit: text, money: yearAmounts.optional() });

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
  growthPercent: z.string().regex(/^-?\d+(\.\d{1,8})?$/, { message: '不是有效数字' }),
  actualRevenue: z.record(yearKey, decimalText),
  extra: yearAmounts,
});

const category = z.object({ id, name: text, aliases: z.array(text), byYear: yearAmounts });

const project = z.object({
  id,
  category: text,
  name: text,
  content: text,
  startYear: year.nullable(),
  endYear: year.nullable(),
  totalInvestment: wan.nullable(),
  aid: wan.nullable(),
  byYear: yearAmounts,
  fundingSource: text,
  units: z.array(text),
  deadline: text,
  remarks: text,
  recipientId: id.nullable().optional(),
  progress: z.record(yearKey, progress).optional(),
});

/** A problem an import found in the partner's workbook, kept with the plan (optional: older files have none). */
const importFinding = z.object({ code: z.enum(IMPORT_PROBLEM_CODES), severity: z.enum(['error', 'warning']), cell: text, found: text, message: text });

const uniqueIds = (rows: readonly { id: string }[]) => new Set(rows.map((r) => r.id)).size === rows.length;

export const planSchema = z
  .object({
    title: text,
    donor: text,
    recipients: z.array(recipient),
    firstYear: year,
    lastYear: year,
    unit: z.literal('万元', { message: '单位应为“万元”' }),
    fundingRule: fundingRule.nullable(),
    yearlyMoney: yearAmounts,
    categories: z.array(category).refine(uniqueIds, { message: '类别编号重复' }),
    projects: z.array(project).refine(uniqueIds, { message: '项目编号重复' }),
    importFindings: z.array(importFinding).optional(),
  })
  .refine((p) => p.firstYear <= p.lastYear, { message: '规划期起始年晚于终止年', path: ['lastYear'] })
  .refine((p) => p.lastYear - p.firstYear < MAX_PERIOD_YEARS, { message: `规划期超过${MAX_PERIOD_YEARS}年`, path: ['lastYear'] });

export const fileSchema = z.object({
  format: z.literal(FORMAT_NAME),
  version: z.number().int().min(1),
  plan: planSchema,
});
