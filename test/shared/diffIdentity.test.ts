import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptChanges } from '../../shared/commands/acceptChanges.ts';
import { changeCount, changeLine } from '../../shared/diff/changeLines.ts';
import { withDependencies } from '../../shared/diff/dependencies.ts';
import { diffPlans } from '../../shared/diff/planDiff.ts';
import { asCategoryId, asProjectId, asYear } from '../../shared/model/ids.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { toWan } from '../../shared/money/wan.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';
import { planArb } from '../support/planArbitrary.ts';

const base = wuhouBaiyu();
const edit = (plan: Plan, i: number, patch: Partial<Plan['projects'][number]>): Plan => ({
  ...plan,
  projects: plan.projects.map((p, j) => (j === i ? { ...p, ...patch } : p)),
});
const lines = (a: Plan, b: Plan, assigned: readonly string[] = []) => diffPlans(a, b, { assignedIds: new Set(assigned) }).map(changeLine);

describe('comparing drafts row by row identity', () => {
  it('a renamed project is one change of its name, and accepting it keeps 8 projects', () => {
    const renamed = edit(base, 7, { name: '社会管理创新（调整）' });
    const changes = diffPlans(base, renamed);
    expect(changes.map(changeLine)).toEqual(['* 项目“社会管理创新”的项目名称：社会管理创新 → 社会管理创新（调整）']);
    const after = acceptChanges(changes).apply(base).plan;
    expect(after.projects).toHaveLength(8);
    expect(after.projects[7]).toMatchObject({ id: 'p8', name: '社会管理创新（调整）' });
  });

  it('a move to another category is one change, and a change of 开工、竣工年限 is one change', () => {
    const moved = edit(edit(base, 2, { category: '产业优化' }), 3, { startYear: asYear(2017), endYear: asYear(2019) });
    expect(lines(base, moved)).toEqual([
      `* 项目“${base.projects[2]!.name}”的项目类别：${base.projects[2]!.category} → 产业优化`,
      `* 项目“${base.projects[3]!.name}”的开工年限、竣工年限：${base.projects[3]!.startYear}—${base.projects[3]!.endYear} → 2017—2019`,
    ]);
  });

  it('a renamed category is one change of its name', () => {
    const renamed = { ...base, categories: base.categories.map((c, i) => (i === 0 ? { ...c, name: '产业发展' } : c)) };
    expect(lines(base, renamed)).toEqual([`* 类别“${base.categories[0]!.name}”的类别名称：${base.categories[0]!.name} → 产业发展`]);
  });

  it('rows whose ids the reader numbered are matched by name, then by content, and marked as guesses', () => {
    // A workbook without 行标识: every row numbered again, in another order, one project renamed.
    const shuffled = [...base.projects]
      .reverse()
      .map((p, i) => ({ ...p, id: asProjectId(`p${i + 1}`), name: p.name === '社会管理创新' ? '社会治理创新' : p.name }));
    const draft: Plan = { ...base, projects: shuffled };
    const assigned = shuffled.map((p) => p.id as string);
    const changes = diffPlans(base, draft, { assignedIds: new Set(assigned) });
    expect(changes.map(changeLine)).toEqual(['* 项目“社会管理创新”的项目名称：社会管理创新 → 社会治理创新（推测对应）']);
    expect(changes[0]!.guess).toBe(true);
    // Taken as identity, the same numbers would pair the wrong rows: that is why the reader says which ids it numbered.
    expect(diffPlans(base, draft).filter((c) => c.kind === 'projectField' && c.field === 'name').length).toBeGreaterThan(1);
  });

  it('a project keeps its id through any edit: renamed, emptied and given money, it is still one project', () => {
    const changed = edit(base, 1, { name: '新名称', content: '', byYear: { 2019: toWan(1) }, category: '人才培养' });
    const changes = diffPlans(base, changed);
    expect(changes.every((c) => c.kind !== 'projectAdded' && c.kind !== 'projectRemoved' && !c.guess)).toBe(true);
    expect(changes.filter((c) => c.kind === 'projectField').map((c) => c.kind === 'projectField' && c.field)).toEqual(['category', 'name', 'content']);
  });

  it('a project inserted by the partner is added, a deleted one removed, and nothing else', () => {
    const added = { ...base.projects[0]!, id: asProjectId('p9'), name: '高原蔬菜大棚', content: '新建大棚20座', byYear: { 2018: toWan(120) } };
    const draft: Plan = { ...base, projects: [...base.projects.slice(0, 4), added, ...base.projects.slice(5)] };
    expect(lines(base, draft, ['p9'])).toEqual(['+ 新增项目“高原蔬菜大棚”', `- 删除项目“${base.projects[4]!.name}”`]);
  });

  it('the count line says how many are still open and how many were rejected', () => {
    expect(changeCount(4, 1)).toBe('还有 4 处差异（已拒绝 1 处）');
    expect(changeCount(0, 0)).toBe('没有未处理的差异');
  });
});

describe('accepting a change brings what it depends on', () => {
  const newCategory = { id: asCategoryId('c9'), name: '人才交流', aliases: [], byYear: { 2018: toWan(50) } };
  const newProject = {
    ...base.projects[0]!,
    id: asProjectId('p9'),
    category: '人才交流',
    name: '干部双向挂职',
    content: '互派干部',
    byYear: { 2018: toWan(50) },
  };
  const draft: Plan = { ...base, categories: [...base.categories, newCategory], projects: [...base.projects, newProject] };

  it('a project added into a category the draft also adds brings that category, and says so', () => {
    const all = diffPlans(base, draft);
    const project = all.find((c) => c.kind === 'projectAdded')!;
    const taken = withDependencies(base, [project], all);
    expect(taken.changes.map((c) => c.kind)).toEqual(['categoryAdded', 'projectAdded']);
    expect(taken.notes).toEqual(['同时接受了“新增类别“人才交流””：项目“干部双向挂职”属于该类别']);
    const after = acceptChanges(taken.changes).apply(base).plan;
    expect(diffPlans(after, draft)).toEqual([]);
  });

  it('a project whose category the draft does not have either is taken, with a note saying why it will not roll up', () => {
    const orphan: Plan = { ...base, projects: [...base.projects, { ...newProject, category: '不存在的类别' }] };
    const all = diffPlans(base, orphan);
    const taken = withDependencies(base, all, all);
    expect(taken.changes).toHaveLength(1);
    expect(taken.notes[0]).toContain('类别“不存在的类别”不在类别表中');
  });

  it('a category is removed only with the projects in it: they come along, or the removal is refused', () => {
    const victim = base.categories[4]!;
    const inVictim = (p: Plan['projects'][number]) => p.category === victim.name || victim.aliases.includes(p.category);
    const without: Plan = { ...base, categories: base.categories.filter((c) => c !== victim), projects: base.projects.filter((p) => !inVictim(p)) };
    const all = diffPlans(base, without);
    const removal = all.find((c) => c.kind === 'categoryRemoved')!;
    const taken = withDependencies(base, [removal], all);
    expect(taken.refused).toEqual([]);
    expect(taken.changes.at(-1)).toBe(removal);
    expect(taken.changes.filter((c) => c.kind === 'projectRemoved')).toHaveLength(base.projects.filter(inVictim).length);
    const keepProjects: Plan = { ...without, projects: base.projects };
    const kept = diffPlans(base, keepProjects);
    const refused = withDependencies(
      base,
      kept.filter((c) => c.kind === 'categoryRemoved'),
      kept,
    );
    expect(refused.changes).toEqual([]);
    expect(refused.refused[0]!.reason).toMatch(/^删除类别“.*”未接受：该类别下还有\d+个项目/);
  });

  it('accepting everything with its dependencies leaves no difference, for any two plans', () => {
    fc.assert(
      fc.property(planArb, planArb, (a, b) => {
        const other = { ...b, firstYear: a.firstYear, lastYear: a.lastYear };
        const all = diffPlans(a, other);
        const taken = withDependencies(a, all, all);
        const after = acceptChanges(taken.changes).apply(a).plan;
        const left = diffPlans(after, other);
        expect(left.every((c) => c.kind === 'categoryRemoved')).toBe(true);
        expect(left.map((c) => c.key).sort()).toEqual(taken.refused.map((r) => r.change.key).sort());
      }),
      { numRuns: 100 },
    );
  });
});
