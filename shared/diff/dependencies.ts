import { buildCategoryIndex, normaliseCategoryName } from '../model/categoryIndex.ts';
import type { Plan } from '../model/plan.ts';
import type { PlanChange } from './planDiff.ts';

/** What accepting some changes takes: those changes with what they need, notes to show, and changes that cannot be taken. */
export interface Acceptance {
  /** In the order to apply: a category before the projects that go into it, projects out of a category before it goes. */
  readonly changes: readonly PlanChange[];
  /** Said to the user: what was brought along, what will still need attention. */
  readonly notes: readonly string[];
  readonly refused: readonly { readonly change: PlanChange; readonly reason: string }[];
}

/** The category a change puts a project into, if it does. */
function categoryOfProject(plan: Plan, c: PlanChange): { text: string; project: string } | null {
  if (c.kind === 'projectAdded') return { text: c.project.category, project: c.project.name || '未命名项目' };
  if (c.kind === 'projectField' && c.field === 'category')
    return { text: String(c.value), project: plan.projects.find((p) => p.id === c.projectId)?.name || '未命名项目' };
  return null;
}

/** The category names a change makes known (a new category, a new name, new aliases). */
function namesGiven(c: PlanChange): string[] {
  if (c.kind === 'categoryAdded') return [c.category.name, ...c.category.aliases];
  if (c.kind === 'categoryName') return [c.name];
  if (c.kind === 'categoryAliases') return [...c.aliases];
  return [];
}

/**
 * Completes a choice of changes to accept (比较修改稿 › 接受) with the
 * changes it depends on: a project added into, or moved to, a category the
 * draft also adds (or renames, or gives that alias) brings that category
 * change along; a removed category brings the removal or move of the projects
 * still in it, and is refused while some would be left in it. `all` is every
 * change still open in the comparison (rejected ones included: accepting a
 * project is asking for its category too).
 */
export function withDependencies(plan: Plan, selected: readonly PlanChange[], all: readonly PlanChange[]): Acceptance {
  const chosen = new Map<string, PlanChange>();
  const notes: string[] = [];
  const refused: { change: PlanChange; reason: string }[] = [];
  const known = new Set<string>();
  for (const c of plan.categories) for (const n of [c.name, ...c.aliases]) known.add(normaliseCategoryName(n));
  const add = (c: PlanChange) => {
    if (chosen.has(c.key)) return;
    chosen.set(c.key, c);
    for (const n of namesGiven(c)) known.add(normaliseCategoryName(n));
  };
  const selectedKeys = new Set(selected.map((c) => c.key));

  // Category changes first, so projects find their categories.
  for (const c of selected) if (namesGiven(c).length > 0) add(c);
  const removals = selected.filter((c) => c.kind === 'categoryRemoved');
  for (const c of selected) {
    if (c.kind === 'categoryRemoved' || namesGiven(c).length > 0) continue;
    const into = categoryOfProject(plan, c);
    if (into && into.text.trim() !== '' && !known.has(normaliseCategoryName(into.text))) {
      const needed = all.find((d) => namesGiven(d).some((n) => normaliseCategoryName(n) === normaliseCategoryName(into.text)));
      if (needed) {
        if (!chosen.has(needed.key) && !selectedKeys.has(needed.key)) notes.push(`同时接受了“${needed.label}”：项目“${into.project}”属于该类别`);
        add(needed);
      } else {
        notes.push(`项目“${into.project}”的类别“${into.text}”不在类别表中，修改稿中也没有此类别，请在类别表中添加或设为别名`);
      }
    }
    add(c);
  }

  // A category goes only with the projects in it: they are removed or moved by changes of the draft, or it stays.
  const index = buildCategoryIndex(plan.categories);
  for (const removal of removals) {
    if (removal.kind !== 'categoryRemoved') continue;
    const inside = plan.projects.filter((p) => index.lookup(p.category) === removal.categoryId);
    const leaving = inside.map((p) =>
      all.find((d) => (d.kind === 'projectRemoved' && d.projectId === p.id) || (d.kind === 'projectField' && d.field === 'category' && d.projectId === p.id)),
    );
    const staying = inside.filter((_, i) => leaving[i] === undefined);
    if (staying.length > 0) {
      const names = staying
        .slice(0, 3)
        .map((p) => `“${p.name || '未命名项目'}”`)
        .join('、');
      refused.push({
        change: removal,
        reason: `${removal.label}未接受：该类别下还有${staying.length}个项目（${names}${staying.length > 3 ? '等' : ''}），请先处理这些项目`,
      });
      continue;
    }
    for (const d of leaving) {
      if (d && !chosen.has(d.key)) {
        if (!selectedKeys.has(d.key)) notes.push(`同时接受了“${d.label}”：${removal.label}`);
        add(d);
      }
    }
    add(removal);
  }
  return { changes: [...chosen.values()], notes, refused };
}
