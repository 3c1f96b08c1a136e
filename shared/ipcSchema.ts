/**
 * The building blocks of the IPC contract's declarations (shared/ipc.ts):
 * a call as an argument tuple and a result schema, and the parameters that
 * need more than a zod primitive (a plan, print options).
 */
import { z } from 'zod';
import { describeIssues } from './file/describePath.ts';
import { planSchema } from './file/schema.ts';
import type { Plan } from './model/plan.ts';
import { readPrintOptions, type PrintOptions } from './print/options.ts';

declare const checked: unique symbol;
/** A plan that passed the file schema where it entered the main process: it can be saved, exported and printed as it is. */
export type CheckedPlan = Plan & { readonly [checked]: true };

/** One call: its arguments, its result, and what the refusal of a bad argument says was not done. */
export function call<A extends z.ZodTuple, R extends z.ZodType>(args: A, result: R, notDone = '未执行') {
  return { args, result, notDone } as const;
}

/** The result type of a call whose result comes from the main process itself and is not checked again (plans are large). */
export const returns = <T>() => z.custom<T>();

/** A path the main process gave the renderer (the recent-files list). */
export const pathParam = z.string().min(1).max(4096).describe('文件路径');
/** A document's display name (the title bar, the unsaved-changes question). */
export const nameParam = z.string().max(1000).describe('文档名称');

/** The plan parameters: their refusal is their own sentence, not “…无效”. */
const planParams = new WeakSet<z.ZodType>();

/** Whether an argument schema is a plan parameter (callEntry words its refusal from `refusal` and the field). */
export const isPlanParam = (schema: z.ZodType | undefined): boolean => schema !== undefined && planParams.has(schema);

/**
 * A plan argument: the renderer sends a Plan; the handler receives a CheckedPlan, or the call is refused
 * with `refusal` and the first problem in words, e.g. «未保存，规划中有不能保存的内容：第3个项目的“备注”：文字过长（超过20000字）».
 */
export function planParam(refusal: string): z.ZodType<CheckedPlan, Plan> {
  const schema = z
    .custom<Plan>()
    .transform((value, ctx): CheckedPlan => {
      const parsed = planSchema.safeParse(value);
      if (!parsed.success) {
        ctx.issues.push({ code: 'custom', message: describeIssues(parsed.error.issues, ['plan']), input: value });
        return z.NEVER;
      }
      // The one place a parsed plan becomes a Plan: the schema checks the shapes the model's brands (Wan, Year, ids) stand for.
      return parsed.data as unknown as CheckedPlan;
    })
    .describe(refusal);
  planParams.add(schema);
  return schema;
}

/** The options of 打印 / 导出PDF, checked by the print module's own reader. */
export const printOptionsParam: z.ZodType<PrintOptions, PrintOptions> = z
  .custom<PrintOptions>()
  .transform((value, ctx): PrintOptions => {
    const options = readPrintOptions(value);
    if (!options) {
      ctx.issues.push({ code: 'custom', message: '不是有效的打印选项', input: value });
      return z.NEVER;
    }
    return options;
  })
  .describe('打印选项');
