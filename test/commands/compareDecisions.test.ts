import { describe, expect, it } from 'vitest';
import { acceptChanges } from '../../shared/commands/acceptChanges.ts';
import { diffPlans } from '../../shared/diff/planDiff.ts';
import { toWan } from '../../shared/money/wan.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';
import { DocumentStore, rejectedFrom } from '../../renderer/store/documentStore.ts';

const base = wuhouBaiyu();
const draftPlan: Plan = {
  ...base,
  title: '修改稿',
  projects: base.projects.slice(0, 7).map((p, i) => (i === 0 ? { ...p, byYear: { ...p.byYear, 2020: toWan(3000) } } : p)),
};
const draft = { plan: draftPlan, name: '修改稿.xlsx', assignedIds: new Set<string>() };
const open = (store: DocumentStore) => {
  const keys = rejectedFrom(store.getSnapshot().rejected, draft);
  return diffPlans(store.getSnapshot().plan, draftPlan).filter((c) => !keys.has(c.key));
};

describe('decisions of 比较修改稿 in the document store', () => {
  it('全部拒绝 is one undo step that leaves the plan unsaved-clean, and undo brings every change back', () => {
    const store = new DocumentStore({ plan: base, filePath: null, displayName: '示例', notes: [] });
    const changes = open(store);
    expect(changes).toHaveLength(3);
    store.reject(draft, [changes[0]!.key], '拒绝修改');
    store.reject(
      draft,
      open(store).map((c) => c.key),
      '拒绝2处修改',
    );
    expect(open(store)).toHaveLength(0);
    expect(store.getSnapshot().dirty).toBe(false);
    store.undo();
    expect(open(store)).toHaveLength(2);
    store.undo();
    expect(open(store)).toHaveLength(3);
    store.redo();
    expect(open(store)).toHaveLength(2);
  });

  it('rejections survive accepting and undoing other changes, and belong to their draft only', () => {
    const store = new DocumentStore({ plan: base, filePath: null, displayName: '示例', notes: [] });
    const [first, ...rest] = open(store);
    store.reject(draft, [first!.key], '拒绝修改');
    store.execute(acceptChanges(rest, '全部接受'));
    expect(open(store)).toHaveLength(0);
    expect(rejectedFrom(store.getSnapshot().rejected, draft).size).toBe(1);
    store.undo();
    expect(open(store)).toHaveLength(2);
    expect(rejectedFrom(store.getSnapshot().rejected, { ...draft })).toEqual(new Set());
  });
});
