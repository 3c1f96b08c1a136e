import { describe, expect, it } from 'vitest';
import { setProgress } from '../../shared/commands/setProgress.ts';
import { acceptChanges } from '../../shared/commands/acceptChanges.ts';
import { diffPlans } from '../../shared/diff/planDiff.ts';
import { toWan } from '../../shared/money/wan.ts';
import { asProjectId } from '../../shared/model/ids.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';

describe('the progress command', () => {
  const plan = wuhouBaiyu();

  it('sets one figure of one year and undoes to the very same project object', () => {
    const { plan: after, inverse } = setProgress(asProjectId('p1'), 2017, { arrived: toWan(1000) }).apply(plan);
    expect(after.projects[0]!.progress).toEqual({ 2017: { arrived: '1000.00', completed: null, status: null, asOf: '' } });
    expect(after.projects[1]).toBe(plan.projects[1]);
    expect(inverse.apply(after).plan.projects[0]).toBe(plan.projects[0]);
  });

  it('keeps the other figures of the year and drops a year emptied again', () => {
    const one = setProgress(asProjectId('p1'), 2017, { arrived: toWan(1000) }).apply(plan).plan;
    const two = setProgress(asProjectId('p1'), 2017, { status: '在建' }).apply(one).plan;
    expect(two.projects[0]!.progress!['2017']).toMatchObject({ arrived: '1000.00', status: '在建' });
    const emptied = setProgress(asProjectId('p1'), 2017, { arrived: null, status: null }).apply(two).plan;
    expect(emptied.projects[0]!.progress).toBeUndefined();
  });
});

describe('accepting changes of a revised draft', () => {
  const base = wuhouBaiyu();
  const revised = {
    ...base,
    title: '修改稿',
    projects: base.projects.slice(0, 7).map((p, i) => (i === 0 ? { ...p, byYear: { ...p.byYear, 2020: toWan(3000) } } : p)),
  };

  it('one acceptance is one undo step that gives back the plan as it was', () => {
    const changes = diffPlans(base, revised);
    const { plan: after, inverse } = acceptChanges([changes[0]!]).apply(base);
    expect(after.title).toBe('修改稿');
    expect(inverse.apply(after).plan).toBe(base);
  });

  it('accepting all leaves no difference', () => {
    const after = acceptChanges(diffPlans(base, revised)).apply(base).plan;
    expect(diffPlans(after, revised)).toEqual([]);
  });
});
