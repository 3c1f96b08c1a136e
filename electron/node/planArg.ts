import { describeIssues } from '../../shared/file/planFile.ts';
import { planSchema } from '../../shared/file/schema.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { UserFacingError } from './fileErrors.ts';

/**
 * A plan sent by the renderer, checked against the file schema before any
 * dialog opens or any file is written; `refusal` begins the Chinese message
 * when it is not a valid plan, which goes on to say which field and why
 * (nothing has been done then).
 */
export function planArg(value: unknown, refusal: string): Plan {
  const parsed = planSchema.safeParse(value);
  if (!parsed.success) throw new UserFacingError(`${refusal}：${describeIssues(parsed.error.issues, ['plan'])}`);
  return parsed.data as unknown as Plan;
}
