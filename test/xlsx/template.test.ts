import fc from 'fast-check';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importWorkbook, templateBytes } from '../../electron/node/xlsx/index.ts';
import { changeLine } from '../../shared/diff/changeLines.ts';
import { diffPlans } from '../../shared/diff/planDiff.ts';
import { Decimal } from '../../shared/money/decimal.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';
import { editWithOpenpyxl, resaveWithLibreOffice } from '../support/partnerEdits.ts';
import { excelPlanArb } from './excelPlanArbitrary.ts';

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-template-'));
});

async function template(plan: Plan): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await templateBytes(plan)) as unknown as ArrayBuffer);
  return wb;
}

/** The 项目表 of a workbook: its header row, columns by header text, and the row of each project by its 行标识. */
function projectSheet(wb: ExcelJS.Workbook) {
  const ws = wb.getWorksheet('项目表')!;
  const columns = new Map<string, number>();
  for (const r of [3, 4])
    ws.getRow(r).eachCell((cell, c) => {
      if (typeof cell.value === 'string' && !columns.has(cell.value)) columns.set(cell.value, c);
    });
  const col = (header: string) => columns.get(header)!;
  const idCol = [...columns].find(([h]) => h.startsWith('行标识'))![1];
  const rowOf = new Map<string, number>();
  const blank: number[] = [];
  for (let r = 5; r <= ws.rowCount; r++) {
    const id = ws.getCell(r, idCol).value;
    if (typeof id === 'string') rowOf.set(id.slice(2), r);
    else if (ws.getCell(r, col('项目名称')).value === null && ws.getCell(r, 1).value === null) blank.push(r);
  }
  return { ws, col, rowOf, blank };
}

describe('the 填报模板', () => {
  it('is the annex layout as a protected form: 填报说明 first, drop-downs for 项目类别 and years, validated amounts, totals locked', async () => {
    const plan = wuhouBaiyu();
    const wb = await template(plan);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['填报说明', 'visible'],
      ['资金测算表', 'visible'],
      ['年度投资和领域安排计划表', 'visible'],
      ['项目表', 'visible'],
      ['下拉选项', 'hidden'],
    ]);
    expect(String(wb.getWorksheet('填报说明')!.getCell('A3').value)).toContain('填报模板');
    const { ws, col, rowOf, blank } = projectSheet(wb);
    const model = ws.model as unknown as {
      sheetProtection: { sheet: boolean; insertRows: boolean; hashValue?: string };
      dataValidations: Record<string, ExcelJS.DataValidation>;
    };
    expect(model.sheetProtection).toMatchObject({ sheet: true, insertRows: true });
    expect(model.sheetProtection.hashValue).toBeUndefined();
    const p1 = rowOf.get('p1')!;
    const money = ws.getCell(p1, col('2018年'));
    expect(money.protection?.locked).toBe(false);
    // The 小计 above is a locked formula over the group's projects and its spare rows.
    const subtotal = ws.getCell(p1 - 1, col('2018年'));
    expect(subtotal.formula).toMatch(/^SUM\(/);
    expect(subtotal.protection?.locked ?? true).toBe(true);
    expect(blank.length).toBe(3 * plan.categories.length);
    expect(ws.getCell(blank[0]!, col('2018年')).protection?.locked).toBe(false);
    // ExcelJS reads a validation back cell by cell.
    expect(ws.getCell(p1, col('项目类别')).dataValidation).toMatchObject({ type: 'list', formulae: [`'下拉选项'!$A$1:$A$${plan.categories.length}`] });
    expect(ws.getCell(p1, col('开工年限')).dataValidation).toMatchObject({ type: 'list', formulae: ['"2016,2017,2018,2019,2020"'] });
    expect(money.dataValidation).toMatchObject({ type: 'custom', errorTitle: '金额有误' });
    expect(money.dataValidation.formulae[0]).toMatch(/^AND\(ISNUMBER\([A-Z]+\d+\),[A-Z]+\d+>=0,ROUND\([A-Z]+\d+,2\)=[A-Z]+\d+\)$/);
    expect(wb.getWorksheet('下拉选项')!.getColumn(1).values.slice(1)).toEqual(plan.categories.map((c) => c.name));
  });

  it('reads back exactly what a partner typed into it with Excel (ExcelJS): an amount, a name, a new project, and nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(excelPlanArb, fc.nat(), fc.nat(), async (plan, i, j) => {
        const wb = await template(plan);
        const { ws, col, rowOf, blank } = projectSheet(wb);
        const expected: string[] = [];
        const year = String(plan.firstYear);
        if (plan.projects.length > 0) {
          const p = plan.projects[i % plan.projects.length]!;
          const old = p.byYear[year];
          const next = new Decimal(old ?? 0).plus('1.23').toFixed(2);
          ws.getCell(rowOf.get(p.id)!, col(`${year}年`)).value = Number(next);
          expected.push(`* 项目“${p.name}”${year}年：${old ?? '（空）'} → ${next}`);
          const q = plan.projects[j % plan.projects.length]!;
          ws.getCell(rowOf.get(q.id)!, col('项目名称')).value = `${q.name}改`;
          expected.push(`* 项目“${q.name}”的项目名称：${q.name} → ${q.name}改`);
        }
        const row = blank[j % blank.length]!;
        ws.getCell(row, col('项目类别')).value = plan.categories[0]!.name;
        ws.getCell(row, col('项目名称')).value = '新填报的项目';
        ws.getCell(row, col(`${year}年`)).value = 12.5;
        expected.push('+ 新增项目“新填报的项目”');
        const file = path.join(dir, `filled${++n}.xlsx`);
        await writeFile(file, new Uint8Array(await wb.xlsx.writeBuffer()));
        const back = await importWorkbook(file);
        expect(diffPlans(plan, back.plan, { assignedIds: back.assignedIds }).map(changeLine).sort()).toEqual(expected.sort());
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it('reads back what a partner typed with openpyxl and saved again with LibreOffice', async () => {
    const plan = wuhouBaiyu();
    const file = path.join(dir, '填报模板.xlsx');
    await writeFile(file, await templateBytes(plan));
    editWithOpenpyxl(file, path.join(dir, '已填报.xlsx'), [
      { op: 'set', name: '白玉县农村危房改造', column: '2019年', value: 2000.25 },
      {
        op: 'fillBlank',
        values: {
          项目类别: '产业优化',
          开工年限: 2019,
          竣工年限: 2020,
          项目名称: '牦牛肉冷链仓储',
          主要建设内容及规模: '冷库一座',
          '2019年': 300,
          '2020年': 150.5,
        },
      },
    ]);
    const resaved = await resaveWithLibreOffice(path.join(dir, '已填报.xlsx'), path.join(dir, 'lo'));
    await copyFile(resaved, path.join(dir, '对方填报.xlsx'));
    const back = await importWorkbook(path.join(dir, '对方填报.xlsx'));
    const before = plan.projects.find((p) => p.name === '白玉县农村危房改造')!.byYear['2019'];
    expect(diffPlans(plan, back.plan, { assignedIds: back.assignedIds }).map(changeLine)).toEqual([
      `* 项目“白玉县农村危房改造”2019年：${before} → 2000.25`,
      '+ 新增项目“牦牛肉冷链仓储”',
    ]);
    const added = back.plan.projects.find((p) => p.name === '牦牛肉冷链仓储')!;
    expect(added).toMatchObject({ category: '产业优化', startYear: 2019, endYear: 2020, content: '冷库一座', byYear: { 2019: '300.00', 2020: '150.50' } });
  }, 300_000);
});
