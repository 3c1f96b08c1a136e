import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../../shared/samples/index.ts';
import { pasteBlock } from '../../shared/commands/pasteBlock.ts';
import { setCells } from '../../shared/commands/setCells.ts';
import { cellKey, DocumentStore } from '../../renderer/store/documentStore.ts';

const open = () => new DocumentStore({ plan: SAMPLES['wuhou-baiyu-2016-2020'](), filePath: null, displayName: '示例', notes: [] });
const ref = (rowId: string, column: string) => ({ table: 'categories' as const, rowId, column });

describe('refusal marks follow the cells they describe', () => {
  it('undoing a paste takes away the marks of the cells it refused, and redo does too', () => {
    const store = open();
    const { plan } = store.getSnapshot();
    const paste = pasteBlock(plan, { table: 'categories', rowIds: plan.categories.map((c) => c.id), columns: ['2016', '2017'], row: 0, column: 0 }, [
      ['5', 'abc'],
    ]);
    store.execute(paste.command, paste.refused);
    expect(store.getSnapshot().cellErrors.has(cellKey(ref('c1', '2017')))).toBe(true);
    store.undo();
    expect(store.getSnapshot().cellErrors.size).toBe(0);
    store.redo();
    expect(store.getSnapshot().cellErrors.size).toBe(0);
  });

  it('an undo that changes a marked row clears its marks; marks on untouched rows stay', () => {
    const store = open();
    const { plan } = store.getSnapshot();
    const edit = setCells(plan, '编辑', [{ ref: ref('c1', '2016'), text: '1' }]);
    store.execute(edit.command, [], [ref('c1', '2016')]);
    store.execute(null, [
      { ref: ref('c1', '2017'), reason: '金额不能为负数' },
      { ref: ref('c3', '2016'), reason: '金额不能为负数' },
    ]);
    store.undo();
    expect([...store.getSnapshot().cellErrors.keys()]).toEqual([cellKey(ref('c3', '2016'))]);
  });
});
