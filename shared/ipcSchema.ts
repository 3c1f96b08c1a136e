/**
 * The building blocks of the IPC contract's declarations (shared/ipc.ts):
 * a call as an argument tuple and a result schema, and the parameters that
 * need more than a zod primitive (a plan, print options).
 */
import { z } from 'zod';
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

/** Where in the plan the first problem lies, e.g. “projects.3.remarks：文字过长（超过20000字）”. */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '';
  return issue.path.length > 0 ? `${issue.path.join('.')}：${issue.message}` : issue.message;
}

/** A plan argument: the renderer sends a Plan; the handler receives a CheckedPlan, or the call is refused naming the first problem. */
export function planParam(what: string): z.ZodType<CheckedPlan, Plan> {
  return z
    .custom<Plan>()
    .transform((value, ctx): CheckedPlan => {
      const parsed = planSchema.safeParse(value);
      if (!parsed.success) {
        ctx.issues.push({ code: 'custom', message: firstIssue(parsed.error), input: value });
        return z.NEVER;
      }
      // The one place a parsed plan becomes a Plan: the schema checks the shapes the model's brands (Wan, Year, ids) stand for.
      return parsed.data as unknown as CheckedPlan;
    })
    .describe(what);
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
