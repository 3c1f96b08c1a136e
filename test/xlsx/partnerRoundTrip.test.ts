import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportWorkbook, importWorkbook } from '../../electron/node/xlsx/index.ts';
import { changeLine } from '../../shared/diff/changeLines.ts';
import { diffPlans, type PlanChange } from '../../shared/diff/planDiff.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { runAidplan } from '../support/cli.ts';
import { PARTNER_SCENARIO, editWithOpenpyxl, resaveWithLibreOffice } from '../support/partnerEdits.ts';
import { longPlan } from './longPlan.ts';

/**
 * The draft loop with a partner, measured: our export is edited as a partner
 * would (openpyxl: two rows inserted, one deleted, the projects sorted by
 * 项目名称, an amount and a name changed), saved again by LibreOffice Calc
 * (which recalculates and rewrites the whole file), and compared with the
 * plan it came from. The hidden 行标识 column must carry every row's
 * identity through all of it: every change found, nothing else.
 */
const plan: Plan = longPlan(20);
let dir: string;
let back: { plan: Plan; assignedIds: ReadonlySet<string> };
let changes: PlanChange[];
let resaved: ExcelJS.Workbook;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-partner-'));
  await exportWorkbook(plan, path.join(dir, '规划.xlsx'));
  editWithOpenpyxl(path.join(dir, '规划.xlsx'), path.join(dir, '对方修改.xlsx'), PARTNER_SCENARIO);
  const file = await resaveWithLibreOffice(path.join(dir, '对方修改.xlsx'), path.join(dir, 'lo'));
  await copyFile(file, path.join(dir, '修改稿.xlsx'));
  back = await importWorkbook(path.join(dir, '修改稿.xlsx'));
  changes = diffPlans(plan, back.plan, { assignedIds: back.assignedIds });
  resaved = new ExcelJS.Workbook();
  await resaved.xlsx.readFile(path.join(dir, '修改稿.xlsx'));
}, 300_000);

describe('a workbook edited by the partner and saved again by LibreOffice comes back with its rows’ identity', () => {
  it('every change is found, and nothing else: two projects added, one deleted, two amounts and a name changed', () => {
    const byName = (n: string) => plan.projects.find((p) => p.name === n)!;
    expect(changes.map(changeLine)).toEqual([
      `* 项目“第003号帮扶项目”2018年：${byName('第003号帮扶项目').byYear['2018'] ?? '（空）'} → 1234.56`,
      '* 项目“第010号帮扶项目”的项目名称：第010号帮扶项目 → 第010号帮扶项目（调整）',
      `* 项目“第014号帮扶项目”2019年：${byName('第014号帮扶项目').byYear['2019'] ?? '（空）'} → 0.50`,
      // Added rows in the draft's (sorted) order.
      '+ 新增项目“乡村卫生室改造”',
      '+ 新增项目“牧民定居点供水”',
      '- 删除项目“第007号帮扶项目”',
    ]);
    // Matched by 行标识, not guessed.
    expect(changes.filter((c) => c.guess)).toEqual([]);
  });

  it('the projects keep their ids through insertion, deletion and sorting; the two new rows get new ones', () => {
    const ids = new Map(back.plan.projects.map((p) => [p.name, p.id as string]));
    for (const p of plan.projects) {
      if (p.name === '第007号帮扶项目') expect(ids.has(p.name)).toBe(false);
      else if (p.name === '第010号帮扶项目') expect(ids.get('第010号帮扶项目（调整）')).toBe(p.id);
      else expect(ids.get(p.name)).toBe(p.id);
    }
    expect(back.assignedIds).toEqual(new Set([ids.get('牧民定居点供水'), ids.get('乡村卫生室改造')]));
    expect(back.plan.categories.map((c) => c.id)).toEqual(plan.categories.map((c) => c.id));
    // The sort really moved rows across the 小计 groups.
    expect(back.plan.projects.slice(0, 3).map((p) => p.name)).toEqual(['乡村卫生室改造', '牧民定居点供水', '第001号帮扶项目']);
  });

  it('aidplan diff prints the same list from the two workbooks', () => {
    const r = runAidplan(dir, 'diff', '规划.xlsx', '修改稿.xlsx');
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n')).toEqual(['“规划.xlsx” → “修改稿.xlsx”：共6处差异', ...changes.map((c) => `  ${changeLine(c)}`)]);
  });

  it('LibreOffice keeps the 行标识 column hidden and out of the print area', () => {
    const ws = resaved.getWorksheet('项目表')!;
    const idCol = [...Array(ws.columnCount).keys()].map((i) => i + 1).find((c) => String(ws.getCell(3, c).value ?? '').startsWith('行标识'))!;
    expect(idCol).toBe(ws.columnCount);
    expect(ws.getColumn(idCol).hidden).toBe(true);
    expect(ws.pageSetup.printArea).toMatch(new RegExp(`^\\$?A\\$?1:\\$?[A-Z]+\\$?\\d+$`));
    expect(ws.pageSetup.printArea).not.toContain(ws.getColumn(idCol).letter);
  });
});

describe('a workbook without 行标识 (from before, or re-typed by the partner)', () => {
  it('is matched by name and content: a renamed project is one change, shown as a guess', { timeout: 200_000 }, async () => {
    editWithOpenpyxl(path.join(dir, '规划.xlsx'), path.join(dir, '无标识.xlsx'), [
      { op: 'dropIds' },
      { op: 'set', name: '第010号帮扶项目', column: '项目名称', value: '第010号帮扶项目（调整）' },
      { op: 'sortByName' },
    ]);
    // Saved again by LibreOffice: ExcelJS 4.4 cannot read openpyxl's own comments part (the 别名 notes).
    const legacy = await importWorkbook(await resaveWithLibreOffice(path.join(dir, '无标识.xlsx'), path.join(dir, 'lo-legacy')));
    expect(legacy.assignedIds.size).toBe(plan.projects.length + plan.categories.length);
    const found = diffPlans(plan, legacy.plan, { assignedIds: legacy.assignedIds });
    expect(found.map(changeLine)).toEqual(['* 项目“第010号帮扶项目”的项目名称：第010号帮扶项目 → 第010号帮扶项目（调整）（推测对应）']);
  });
});
