import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../shared/diff/planDiff.ts';
import { changedCells } from '../../shared/diff/changedCells.ts';
import { applyAll, applyChange } from '../../shared/diff/applyChange.ts';
import { toWan } from '../../shared/money/wan.ts';
import { asProjectId, asYear } from '../../shared/model/ids.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';
import { planArb } from '../support/planArbitrary.ts';

const base = wuhouBaiyu();

/** A partner's revision of 《武侯区对口帮扶白玉县规划（2016—2020年）》: one amount moved, one project added, one removed, one renamed unit. */
function revised(): Plan {
  const projects = base.projects
    .filter((p) => p.name !== '社会管理创新')
    .map((p) => (p.name === '白玉县农村危房改造' ? { ...p, byYear: { ...p.byYear, 2020: toWan(3183) }, units: ['白玉县住建局', '各乡镇'] } : p));
  projects.push({ ...base.projects[1]!, id: asProjectId('x1'), name: '高原蔬菜大棚', byYear: { 2016: toWan(100) } });
  return {
    ...base,
    title: '武侯区对口帮扶白玉县规划（修改稿）',
    projects,
    categories: base.categories.map((c) => (c.name === '民生改善' ? { ...c, byYear: { ...c.byYear, 2020: toWan(3183) } } : c)),
  };
}

describe('comparing drafts', () => {
  it('lists a partner’s changes field by field, in Chinese, with before and after', () => {
    const changes = diffPlans(base, revised());
    expect(changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['规划信息“标题”', base.title, '武侯区对口帮扶白玉县规划（修改稿）'],
      ['类别“民生改善”2020年', '3283.00', '3183.00'],
      ['项目“白玉县农村危房改造”的责任单位', '白玉县住建局', '白玉县住建局、各乡镇'],
      ['项目“白玉县农村危房改造”2020年', '3283.00', '3183.00'],
      ['新增项目“高原蔬菜大棚”', '', '高原蔬菜大棚'],
      ['删除项目“社会管理创新”', '社会管理创新', ''],
    ]);
  });

  it('finds no difference between a plan and itself, or a blank and a zero amount', () => {
    expect(diffPlans(base, wuhouBaiyu())).toEqual([]);
    const zeroed = { ...base, projects: base.projects.map((p, i) => (i === 0 ? { ...p, byYear: { ...p.byYear, 2016: toWan(0) } } : p)) };
    expect(diffPlans(base, zeroed)).toEqual([]);
  });

  it('accepting one change touches only that change', () => {
    const changes = diffPlans(base, revised());
    const accepted = applyChange(
      base,
      changes.find((c) => c.kind === 'projectAmount')!,
    );
    expect(accepted.projects[0]!.byYear['2020']).toBe('3183.00');
    expect(accepted.title).toBe(base.title);
    expect(accepted.projects[1]).toBe(base.projects[1]);
    expect(diffPlans(accepted, revised())).toHaveLength(changes.length - 1);
  });

  it('accepting every change of any two plans gives a plan with no difference left', () => {
    fc.assert(
      fc.property(planArb, planArb, (a, b) => {
        const merged = applyAll(a, diffPlans(a, { ...b, firstYear: a.firstYear, lastYear: a.lastYear }));
        expect(diffPlans(merged, { ...b, firstYear: a.firstYear, lastYear: a.lastYear })).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('a changed plan period is one change, however many of its two years moved', () => {
    expect(diffPlans(base, { ...base, lastYear: asYear(2021) })).toMatchObject([
      { kind: 'period', label: '规划信息“规划期”', before: '2016—2020', after: '2016—2021' },
    ]);
    const both = diffPlans(base, { ...base, firstYear: asYear(2017), lastYear: asYear(2021) }).filter((c) => c.kind === 'period');
    expect(both).toMatchObject([{ before: '2016—2020', after: '2017—2021' }]);
  });
});

describe('the cells a revised draft changes', () => {
  it('fall on the grid columns of amounts and fields, and a deleted project on its name', () => {
    const cells = changedCells(diffPlans(base, revised()));
    expect(cells).toEqual([
      { table: 'categories', rowId: 'c2', column: '2020', after: '3183.00' },
      { table: 'projects', rowId: 'p1', column: 'units', after: '白玉县住建局、各乡镇' },
      { table: 'projects', rowId: 'p1', column: '2020', after: '3183.00' },
      { table: 'projects', rowId: 'p8', column: 'name', after: '（修改稿删除了此项目）' },
    ]);
  });
});
