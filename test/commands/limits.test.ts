import { describe, expect, it } from 'vitest';
import { renameCategory } from '../../shared/commands/categoryRows.ts';
import { pasteBlock } from '../../shared/commands/pasteBlock.ts';
import { editPlanInfo } from '../../shared/commands/planInfo.ts';
import { setCells } from '../../shared/commands/setCells.ts';
import { applyChecked } from '../../shared/commands/validEdit.ts';
import { asYear } from '../../shared/model/ids.ts';
import { SAMPLES } from '../../shared/samples/index.ts';

const sample = () => SAMPLES['wuhou-baiyu-2016-2020']();
const long = (n: number) => '字'.repeat(n);

describe('input beyond the limits of a valid plan is refused at the cell with a Chinese reason', () => {
  it('a 20,001-character 备注 is refused and the cell keeps its value; 20,000 characters go in', () => {
    const plan = sample();
    const id = plan.projects[2]!.id;
    const refused = setCells(plan, '编辑', [{ ref: { table: 'projects', rowId: id, column: 'remarks' }, text: long(20_001) }]);
    expect(refused.command).toBeNull();
    expect(refused.refused[0]!.reason).toBe('“备注”文字过长：最多20000字，输入了20001字');
    const accepted = setCells(plan, '编辑', [{ ref: { table: 'projects', rowId: id, column: 'remarks' }, text: long(20_000) }]);
    expect(accepted.refused).toEqual([]);
    expect(accepted.command!.apply(plan).plan.projects[2]!.remarks).toHaveLength(20_000);
  });

  it('a 20,001-character category name is refused, typed or renamed', () => {
    const plan = sample();
    const typed = setCells(plan, '编辑', [{ ref: { table: 'categories', rowId: 'c1', column: 'name' }, text: long(20_001) }]);
    expect(typed.refused[0]!.reason).toBe('类别名称文字过长：最多1000字，输入了20001字');
    const renamed = applyChecked(plan, renameCategory('c1', long(20_001)));
    expect(renamed.ok ? 'applied' : renamed.reason).toBe('重命名类别未完成：第1个类别的“类别名称”：文字过长（超过1000字）');
  });

  it('a pasted block with an over-long text refuses that cell and writes the others', () => {
    const plan = sample();
    const rowIds = plan.projects.map((p) => p.id);
    const edit = pasteBlock(plan, { table: 'projects', rowIds, columns: ['name', 'content', 'remarks'], row: 0, column: 0 }, [
      ['新名称', long(20_001), '备注'],
    ]);
    expect(edit.refused.map((r) => [r.ref.column, r.reason])).toEqual([['content', '“主要建设内容及规模”文字过长：最多20000字，输入了20001字']]);
    const after = edit.command!.apply(plan).plan.projects[0]!;
    expect([after.name, after.content, after.remarks]).toEqual(['新名称', plan.projects[0]!.content, '备注']);
  });

  it('a 规划期 whose first year is after its last year, or longer than ten years, is refused and the plan is unchanged', () => {
    const plan = sample();
    const reversed = applyChecked(plan, editPlanInfo({ firstYear: asYear(2021) }));
    expect(reversed.ok ? 'applied' : reversed.reason).toBe('修改规划信息未完成：“规划期终止年”：规划期起始年（2021年）不能晚于终止年（2020年）');
    const tooLong = applyChecked(plan, editPlanInfo({ lastYear: asYear(2030) }));
    expect(tooLong.ok ? 'applied' : tooLong.reason).toBe('修改规划信息未完成：“规划期终止年”：规划期最长10年（2016—2030年共15年）');
  });

  it('an amount beyond 15 integer digits or with three decimals is refused', () => {
    const plan = sample();
    const edit = setCells(plan, '编辑', [
      { ref: { table: 'categories', rowId: 'c1', column: '2016' }, text: '1234567890123456' },
      { ref: { table: 'categories', rowId: 'c1', column: '2017' }, text: '1.234' },
    ]);
    expect(edit.refused.map((r) => r.reason)).toEqual(['金额过大：整数部分最多15位', '金额最多保留两位小数（万元）']);
  });
});
