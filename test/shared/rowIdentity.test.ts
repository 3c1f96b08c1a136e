import { describe, expect, it } from 'vitest';
import { gridFromRows, importWorkbookGrid } from '../../shared/import/index.ts';
import { parseRowId, rowIdText, settleRowIds } from '../../shared/import/rowIdentity.ts';

describe('row identity in exchanged workbooks', () => {
  it('an ID cell says which project or category its row is, and nothing else passes for an id', () => {
    expect(rowIdText('project', 'p12')).toBe('P:p12');
    expect(parseRowId('project', ' P:p12 ')).toBe('p12');
    expect(parseRowId('category', 'P:p12')).toBeNull();
    expect(parseRowId('project', 'P:')).toBeNull();
    expect(parseRowId('project', 'P:=HYPERLINK("x")')).toBeNull();
  });

  it('a copied row repeats its id: the first keeps it, the copy is new; rows without one get numbers no file id uses', () => {
    expect(settleRowIds('p', ['p2', null, 'p2', 'p1'])).toEqual({ ids: ['p2', 'p3', 'p4', 'p1'], assigned: ['p3', 'p4'], repeated: [2] });
  });

  it('an imported 项目表 keeps the ids of its 行标识 column and says which rows had none', () => {
    const grid = gridFromRows('项目表', [
      ['序号', '项目类别', '项目名称', '2020年', '行标识（请勿修改）'],
      [1, '产业', '甲', 10, 'P:a7'],
      [2, '产业', '乙', 20, null],
      [3, '产业', '甲（复制）', 10, 'P:a7'],
    ]);
    const result = importWorkbookGrid({ title: '', sheets: [grid] }, '修改稿.xlsx');
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.projects.map((p) => [p.id, p.name])).toEqual([
      ['a7', '甲'],
      ['p1', '乙'],
      ['p2', '甲（复制）'],
    ]);
    expect(result.assignedIds).toEqual(new Set(['p1', 'p2', 'c1']));
    expect(result.report.entries.filter((e) => /行标识/.test(e.message)).map((e) => [e.place, e.message])).toEqual([
      ['项目表!C4', '行标识与上方的项目重复（复制的行），作为新项目读取'],
      ['项目表', '1行带有行标识，按标识对应原规划的类别和项目；3行没有行标识（如新增的行），比较时按名称和内容推测对应'],
    ]);
  });
});
