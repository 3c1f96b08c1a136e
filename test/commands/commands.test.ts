import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../../shared/samples/index.ts';
import { computePlan } from '../../shared/engine/planEngine.ts';
import { formatPlain } from '../../shared/money/wan.ts';
import { setCells } from '../../shared/commands/setCells.ts';
import { pasteBlock } from '../../shared/commands/pasteBlock.ts';
import { fillDown } from '../../shared/commands/fillDown.ts';
import { parseTsv, toTsv } from '../../shared/commands/tsv.ts';
import { blankProject, deleteProjects, insertProjects, moveProject } from '../../shared/commands/projectRows.ts';
import { addCategory, blankCategory, deleteCategory, moveCategory, renameCategory, setCategoryAliases } from '../../shared/commands/categoryRows.ts';
import { editPlanInfo } from '../../shared/commands/planInfo.ts';
import type { Command } from '../../shared/commands/command.ts';
import type { Plan } from '../../shared/model/plan.ts';

const sample = () => SAMPLES['wuhou-baiyu-2016-2020']();
const YEARS = ['2016', '2017', '2018', '2019', '2020'];

/** Applies a command, then its inverse, and checks the plan comes back equal. */
function roundTrip(plan: Plan, command: Command): Plan {
  const applied = command.apply(plan);
  const undone = applied.inverse.apply(applied.plan);
  expect(undone.plan).toEqual(plan);
  const redone = undone.inverse.apply(undone.plan);
  expect(redone.plan).toEqual(applied.plan);
  return applied.plan;
}

describe('edit commands', () => {
  it('setting one category amount changes the grand total and undo brings back the very same row', () => {
    const plan = sample();
    const edit = setCells(plan, '编辑', [{ ref: { table: 'categories', rowId: 'c1', column: '2016' }, text: '1,000' }]);
    expect(edit.refused).toEqual([]);
    const applied = edit.command!.apply(plan);
    expect(formatPlain(computePlan(applied.plan).grandTotal)).toBe('15200.00');
    expect(applied.plan.categories[1]).toBe(plan.categories[1]);
    const undone = applied.inverse.apply(applied.plan);
    expect(undone.plan.categories[0]).toBe(plan.categories[0]);
  });

  it('input that is not an amount is refused with a Chinese reason and the value is kept', () => {
    const plan = sample();
    for (const bad of ['abc', '=1+1', '-5', '1.234', '1e309']) {
      const edit = setCells(plan, '编辑', [{ ref: { table: 'categories', rowId: 'c1', column: '2016' }, text: bad }]);
      expect(edit.command).toBeNull();
      expect(edit.refused[0]!.reason).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('writing the same text again is not an undo step', () => {
    const plan = sample();
    expect(setCells(plan, '编辑', [{ ref: { table: 'categories', rowId: 'c1', column: '2016' }, text: '800' }]).command).toBeNull();
  });

  it('total and share cells and the 合计 row refuse input', () => {
    const plan = sample();
    const edit = setCells(plan, '编辑', [
      { ref: { table: 'categories', rowId: 'c1', column: 'total' }, text: '1' },
      { ref: { table: 'categories', rowId: '__total', column: '2016' }, text: '1' },
      { ref: { table: 'projects', rowId: 'p1', column: 'seq' }, text: '1' },
    ]);
    expect(edit.command).toBeNull();
    expect(edit.refused.map((r) => r.reason)).toEqual([
      '合计由程序计算，不能直接修改',
      '合计、小计和测算行由程序计算，不能直接修改',
      '序号由行的位置决定，不能编辑',
    ]);
  });

  it('project text, list, year and amount cells parse and undo exactly', () => {
    const plan = sample();
    const edit = setCells(plan, '编辑', [
      { ref: { table: 'projects', rowId: 'p1', column: 'units' }, text: '县住建局\r\n县财政局\n' },
      { ref: { table: 'projects', rowId: 'p1', column: 'startYear' }, text: '2018年' },
      { ref: { table: 'projects', rowId: 'p1', column: 'totalInvestment' }, text: '１２３４.５' },
      { ref: { table: 'projects', rowId: 'p1', column: 'content' }, text: '第一行\n第二行' },
    ]);
    const after = roundTrip(plan, edit.command!);
    const p1 = after.projects[0]!;
    expect(p1.units).toEqual(['县住建局', '县财政局']);
    expect(p1.startYear).toBe(2018);
    expect(p1.totalInvestment).toBe('1234.50');
    expect(p1.content).toBe('第一行\n第二行');
  });

  it('a pasted block past the last project adds rows, refuses bad cells, and is one undo step', () => {
    const plan = sample();
    const last = plan.projects.length - 1;
    const columns = ['seq', 'category', 'name', ...YEARS];
    const block = parseTsv('民生改善\t新项目甲\t10\t20\r\n产业优化\t"新项目\n乙"\tabc\t5\r\n');
    let n = 0;
    const paste = pasteBlock(plan, { table: 'projects', rowIds: plan.projects.map((p) => p.id), columns, row: last, column: 1 }, block, () => `pn${++n}`);
    expect(paste.addedRows).toBe(1);
    expect(paste.refused).toHaveLength(1);
    expect(paste.refused[0]!.ref).toEqual({ table: 'projects', rowId: 'pn1', column: '2016' });
    const after = roundTrip(plan, paste.command!);
    expect(after.projects).toHaveLength(plan.projects.length + 1);
    expect(after.projects.at(-1)!.name).toBe('新项目\n乙');
    expect(after.projects.at(-1)!.byYear).toEqual({ '2017': '5.00' });
    expect(after.projects[last]!.byYear['2016']).toBe('10.00');
  });

  it('a paste past the last category refuses the extra rows', () => {
    const plan = sample();
    const paste = pasteBlock(plan, { table: 'categories', rowIds: plan.categories.map((c) => c.id), columns: ['name', ...YEARS, 'total'], row: 4, column: 1 }, [
      ['1'],
      ['2'],
    ]);
    expect(paste.refused.map((r) => r.reason)).toEqual(['粘贴区域超出了最后一个类别']);
    expect(paste.command!.apply(plan).plan.categories[4]!.byYear['2016']).toBe('1.00');
  });

  it('fill down copies the top row of the selection into the rows below', () => {
    const plan = sample();
    const fill = fillDown(plan, { table: 'categories', rowIds: ['c1', 'c2', 'c3'], columns: ['2016', '2017'] });
    const after = roundTrip(plan, fill.command!);
    expect(after.categories.map((c) => c.byYear['2016'])).toEqual(['800.00', '800.00', '800.00', '0.00', '50.00']);
    expect(after.categories[2]!.byYear['2017']).toBe('0.00');
  });

  it('project rows insert, delete and move, each undone exactly', () => {
    const plan = sample();
    roundTrip(plan, insertProjects(2, [blankProject('x1'), blankProject('x2')]));
    roundTrip(plan, deleteProjects(['p2', 'p5', 'p7']));
    const moved = roundTrip(plan, moveProject('p1', 3));
    expect(moved.projects.map((p) => p.id).slice(0, 4)).toEqual(['p2', 'p3', 'p4', 'p1']);
  });

  it('categories add, rename, alias, reorder and delete, each undone exactly', () => {
    const plan = sample();
    roundTrip(plan, addCategory(5, blankCategory('生态环保', 'c9')));
    expect(roundTrip(plan, renameCategory('c2', '民生保障')).categories[1]!.name).toBe('民生保障');
    roundTrip(plan, setCategoryAliases('c2', ['民生']));
    expect(roundTrip(plan, moveCategory('c5', 0)).categories[0]!.id).toBe('c5');
    const deleted = roundTrip(plan, deleteCategory('c3'));
    expect(deleted.categories.map((c) => c.id)).toEqual(['c1', 'c2', 'c4', 'c5']);
  });

  it('plan info edits are undone exactly', () => {
    const plan = sample();
    expect(roundTrip(plan, editPlanInfo({ title: '新标题', donor: '某区' })).title).toBe('新标题');
  });
});

describe('tab-separated clipboard text', () => {
  it('reads quoted cells with tabs, newlines and doubled quotes, CRLF line ends and blank cells', () => {
    expect(parseTsv('a\t"b\tc"\t\r\n"多\r\n行"\t"say ""hi"""\t3\r\n')).toEqual([
      ['a', 'b\tc', ''],
      ['多\r\n行', 'say "hi"', '3'],
    ]);
  });

  it('writes text that reads back cell for cell', () => {
    const cells = [
      ['1,850.00', '多\n行'],
      ['', 'x"y'],
    ];
    expect(parseTsv(toTsv(cells))).toEqual(cells);
  });
});
