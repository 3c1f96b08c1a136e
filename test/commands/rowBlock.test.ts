import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../../shared/samples/index.ts';
import { deleteRows, insertRows } from '../../shared/commands/rowBlock.ts';
import { pasteBlock } from '../../shared/commands/pasteBlock.ts';
import { parseAmount } from '../../shared/money/parseAmount.ts';

const sample = () => SAMPLES['wuhou-baiyu-2016-2020']();
const YEARS = ['2016', '2017', '2018', '2019', '2020'];

describe('rows inserted and deleted as a block (插入行 / 删除行 over a selection)', () => {
  it('inserts as many blank categories as asked before a row, named 新类别N, and one undo removes them all', () => {
    const plan = sample();
    const { command, ids } = insertRows(plan, 'categories', 'c2', 2);
    const applied = command.apply(plan);
    expect(applied.plan.categories.map((c) => c.id)).toEqual(['c1', ...ids, 'c2', 'c3', 'c4', 'c5']);
    expect(applied.plan.categories.slice(1, 3).map((c) => c.name)).toEqual(['新类别6', '新类别7']);
    expect(applied.inverse.apply(applied.plan).plan).toEqual(plan);
  });

  it('inserts blank projects before a project, or at the end when no row is named', () => {
    const plan = sample();
    const before = insertRows(plan, 'projects', 'p3', 3).command.apply(plan).plan;
    expect(before.projects.map((p) => p.id as string).indexOf('p3')).toBe(5);
    const end = insertRows(plan, 'projects', null, 1);
    expect(end.command.apply(plan).plan.projects.at(-1)!.id).toBe(end.ids[0]);
  });

  it('deletes every given row in one step, and its inverse puts them back in place', () => {
    const plan = sample();
    for (const [table, ids] of [
      ['categories', ['c2', 'c4']],
      ['projects', ['p2', 'p3', 'p7']],
    ] as const) {
      const applied = deleteRows(table, ids).apply(plan);
      const rows = table === 'categories' ? applied.plan.categories : applied.plan.projects;
      expect(rows.some((r) => (ids as readonly string[]).includes(r.id))).toBe(false);
      expect(applied.inverse.apply(applied.plan).plan).toEqual(plan);
    }
  });

  it('a paste past the last category adds categories when the user agreed, in the same undo step', () => {
    const plan = sample();
    const paste = pasteBlock(
      plan,
      { table: 'categories', rowIds: plan.categories.map((c) => c.id), columns: ['name', 'aliases', ...YEARS], row: 4, column: 2 },
      [['1'], ['2'], ['3']],
      undefined,
      { addCategories: true },
    );
    expect(paste.refused).toEqual([]);
    expect(paste.addedRows).toBe(2);
    const applied = paste.command!.apply(plan);
    expect(applied.plan.categories.map((c) => c.byYear['2016'])).toEqual(['800.00', '0.00', '1850.00', '0.00', '1.00', '2.00', '3.00']);
    expect(applied.inverse.apply(applied.plan).plan).toEqual(plan);
  });
});

describe("Excel's accounting zero", () => {
  it('reads "-", "—", "－" and " - " as 0; a blank stays blank', () => {
    for (const dash of ['-', '—', '－', ' - ', '–']) expect(parseAmount(dash)).toEqual({ ok: true, value: '0.00' });
    expect(parseAmount('')).toEqual({ ok: true, value: null });
    expect(parseAmount('-5').ok).toBe(false);
  });
});
