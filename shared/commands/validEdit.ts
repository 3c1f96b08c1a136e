import { describePath } from '../file/describePath.ts';
import { categorySchema, planHeadSchema, projectSchema } from '../file/schema.ts';
import { MAX_CATEGORIES, MAX_PROJECTS } from '../model/limits.ts';
import type { Plan } from '../model/plan.ts';
import type { Applied, Command } from './command.ts';

const HEAD_FIELDS = ['title', 'donor', 'recipients', 'firstYear', 'lastYear', 'unit', 'fundingRule', 'yearlyMoney'] as const satisfies readonly (keyof Plan)[];

type Issue = { readonly path: readonly PropertyKey[]; readonly message: string };

const described = (issue: Issue) => `${describePath(['plan', ...issue.path])}：${issue.message}`;

/** The first row (by position) that is a new object and breaks the row schema, in words. */
function rowProblem<T extends { readonly id: string }>(
  table: 'categories' | 'projects',
  before: readonly T[],
  after: readonly T[],
  schema: typeof categorySchema | typeof projectSchema,
  max: number,
  what: string,
): string | null {
  if (after === before) return null;
  if (after.length > max) return `${what}最多${max}个，此操作后将有${after.length}个`;
  // Typing into one cell of a 10,000-project plan replaces one row in place: check that row only.
  const inPlace = after.length === before.length;
  let changed: number[] = [];
  if (inPlace) for (let i = 0; i < after.length; i++) if (after[i] !== before[i]) changed.push(i);
  const sameIds = inPlace && changed.every((i) => after[i]!.id === before[i]!.id);
  // Rows inserted, deleted or moved: only the rows that are new objects need the schema (moved ones were valid).
  if (!inPlace || changed.length > 8) {
    const old = new Set<T>(before);
    changed = [];
    for (let i = 0; i < after.length; i++) if (!old.has(after[i]!)) changed.push(i);
  }
  if (!sameIds) {
    const ids = new Set<string>();
    for (let i = 0; i < after.length; i++) {
      if (ids.has(after[i]!.id)) return `${describePath(['plan', table, i])}：编号与其他${what}重复`;
      ids.add(after[i]!.id);
    }
  }
  for (const i of changed) {
    const parsed = schema.safeParse(after[i]);
    if (!parsed.success) return described({ path: [table, i, ...parsed.error.issues[0]!.path], message: parsed.error.issues[0]!.message });
  }
  return null;
}

/**
 * Why the plan an edit leads to could not be saved, in Chinese with the place
 * («第3个项目的“备注”：文字过长…»), or null when it saves. The check is the
 * file schema's, applied to the plan's own fields and to the rows the edit
 * made new, so the editor can never reach a state that 保存 refuses.
 */
export function editProblem(before: Plan, after: Plan): string | null {
  if (after === before) return null;
  const headChanged = HEAD_FIELDS.some((key) => before[key] !== after[key]);
  const head = headChanged ? planHeadSchema.safeParse(after) : null;
  if (head && !head.success) return described(head.error.issues[0]!);
  return (
    rowProblem('categories', before.categories, after.categories, categorySchema, MAX_CATEGORIES, '类别') ??
    rowProblem('projects', before.projects, after.projects, projectSchema, MAX_PROJECTS, '项目')
  );
}

export type CheckedApply = { readonly ok: true; readonly applied: Applied } | { readonly ok: false; readonly reason: string };

/** Applies a command unless the plan it gives could not be saved; then nothing changes and `reason` says why. */
export function applyChecked(plan: Plan, command: Command): CheckedApply {
  const applied = command.apply(plan);
  const reason = editProblem(plan, applied.plan);
  return reason === null ? { ok: true, applied } : { ok: false, reason: `${command.label}未完成：${reason}` };
}
