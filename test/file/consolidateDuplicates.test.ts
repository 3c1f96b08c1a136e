import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { consolidateFiles } from '../../electron/node/consolidate/consolidateFiles.ts';
import '../../electron/node/xlsx/register.ts'; // registers the .xlsx reader, as the app and the CLI do
import { findDuplicates, normalisePlaceName } from '../../shared/consolidate/duplicates.ts';
import { writePlanFile } from '../../shared/file/planFile.ts';
import { longquanyiGanzi } from '../../shared/samples/longquanyiGanzi.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';
import { runAidplan } from '../support/cli.ts';
import { fixturePath } from '../support/fixtures.ts';

let dir: string;
let folder: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-dup-'));
  folder = path.join(dir, '各结对规划');
  await mkdir(folder);
  // Our 龙泉驿.aidplan and the partner's .xlsx of the same plan (《龙泉驿区2020年对口帮扶甘孜县工作要点》), beside another pairing.
  await writeFile(path.join(folder, '1-龙泉驿.aidplan'), writePlanFile(longquanyiGanzi()));
  await copyFile(fixturePath('longquanyi-ganzi-2020.xlsx'), path.join(folder, '2-龙泉驿（对方）.xlsx'));
  await writeFile(path.join(folder, '3-武侯.aidplan'), writePlanFile(wuhouBaiyu()));
});

describe('汇总 notices files that describe the same plan', () => {
  it('place names are compared without the prefixes a document may leave out', () => {
    expect(normalisePlaceName('成都市龙泉驿区')).toBe('龙泉驿区');
    expect(normalisePlaceName('四川省成都市 龙泉驿区')).toBe('龙泉驿区');
    expect(normalisePlaceName('甘孜藏族自治州泸定县')).toBe('泸定县');
    expect(normalisePlaceName('乐山市市中区')).toBe('市中区');
    expect(normalisePlaceName('甘孜县')).toBe('甘孜县');
    expect(normalisePlaceName('成都市')).toBe('成都市');
  });

  it('the same projects in the same period make a duplicate even when the sides are written differently', () => {
    const a = wuhouBaiyu();
    const b = { ...a, donor: '武侯', recipients: [] };
    expect(
      findDuplicates([
        { source: 'a', plan: a },
        { source: 'b', plan: b },
      ]).map((g) => g.sources),
    ).toEqual([['a', 'b']]);
    expect(
      findDuplicates([
        { source: 'a', plan: a },
        { source: 'c', plan: { ...b, projects: a.projects.slice(1) } },
      ]),
    ).toEqual([]);
  });

  it('our .aidplan and the partner’s .xlsx of one plan are flagged, and only the first is counted unless chosen', async () => {
    const summary = await consolidateFiles([folder]);
    expect(summary.duplicates).toHaveLength(1);
    const group = summary.duplicates[0]!;
    expect(group.reason).toBe('帮扶方、受援方和规划期相同（龙泉驿区 → 甘孜县，2020年）');
    expect(group.files.map((f) => [f.source, f.counted])).toEqual([
      ['1-龙泉驿.aidplan', true],
      ['2-龙泉驿（对方）.xlsx', false],
    ]);
    const labels = group.files.map((f) => f.label);
    expect(new Set(labels).size).toBe(2); // «龙泉驿区 → 甘孜县» and «成都市龙泉驿区 → 甘孜县»: two spellings, one pairing
    expect(summary.pairings.map((p) => p.source)).toEqual(['1-龙泉驿.aidplan', '3-武侯.aidplan']);

    const both = await consolidateFiles([folder], undefined, undefined, new Set());
    expect(both.pairings).toHaveLength(3);
    expect(both.duplicates[0]!.files.every((f) => f.counted)).toBe(true);
    expect(both.grandTotal.minus(summary.grandTotal).toFixed(2)).toBe(group.files[1]!.total);

    const theirs = await consolidateFiles([folder], undefined, undefined, new Set(['1-龙泉驿.aidplan']));
    expect(theirs.pairings.map((p) => p.source)).toEqual(['2-龙泉驿（对方）.xlsx', '3-武侯.aidplan']);
  });

  it('aidplan merge warns on stderr and counts the first (the workbook lists the group); --count-all and --count change that', async () => {
    const first = runAidplan(dir, 'merge', folder, '-o', '汇总.xlsx');
    expect(first.code).toBe(0);
    expect(first.err).toBe(
      '警告：“1-龙泉驿.aidplan”、“2-龙泉驿（对方）.xlsx”描述同一规划（帮扶方、受援方和规划期相同（龙泉驿区 → 甘孜县，2020年）），计入“1-龙泉驿.aidplan”，未计入“2-龙泉驿（对方）.xlsx”（--count-all 全部计入，--count=文件名 指定计入的文件）\n',
    );
    expect(first.out).toContain('已汇总2个规划');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, '汇总.xlsx'));
    const listed = wb.getWorksheet('重复的规划文件')!;
    expect([2, 3].map((r) => [listed.getCell(r, 2).value, listed.getCell(r, 5).value])).toEqual([
      ['1-龙泉驿.aidplan', '计入'],
      ['2-龙泉驿（对方）.xlsx', '未计入'],
    ]);
    const all = runAidplan(dir, 'merge', folder, '-o', '全部.xlsx', '--count-all');
    expect(all.out).toContain('已汇总3个规划');
    expect(all.err).toContain('计入“1-龙泉驿.aidplan”、“2-龙泉驿（对方）.xlsx”');
    const theirs = runAidplan(dir, 'merge', folder, '-o', '对方.xlsx', '--count=2-龙泉驿（对方）.xlsx');
    expect(theirs.out).toContain('已汇总2个规划');
    expect(theirs.err).toContain('计入“2-龙泉驿（对方）.xlsx”，未计入“1-龙泉驿.aidplan”');
  });
});
