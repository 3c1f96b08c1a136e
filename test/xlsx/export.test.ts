import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportWorkbook, importWorkbook } from '../../electron/node/xlsx/index.ts';
import { UserFacingError } from '../../electron/node/fileErrors.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';
import type { Plan } from '../../shared/model/plan.ts';

let dir: string;
let wb: ExcelJS.Workbook;
const HOSTILE = '=HYPERLINK("http://example.com","点我")';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-export-'));
  const sample = wuhouBaiyu();
  const plan: Plan = { ...sample, projects: sample.projects.map((p, i) => (i === 2 ? { ...p, name: HOSTILE, remarks: '=1+1' } : p)) };
  await exportWorkbook(plan, path.join(dir, '武侯.xlsx'));
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, '武侯.xlsx'));
});

const formulaOf = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellFormulaValue).formula;

describe('exporting a plan to Excel', () => {
  it('writes the three annex tables', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['资金测算表', '年度投资和领域安排计划表', '项目表']);
  });

  it('the category table has a merged title, a 单位 line, live SUM totals with cached results and share formulas', () => {
    const ws = wb.getWorksheet('年度投资和领域安排计划表')!;
    expect(ws.model.merges).toContain('A1:H1');
    expect(ws.getCell('A2').value).toBe('单位：万元');
    expect(ws.getCell('A3').value).toBe('年度\n类别');
    expect(ws.getCell('B3').value).toBe('2016年');
    expect(ws.getCell('A4').value).toBe('产业优化');
    expect(ws.getCell('B4').value).toBe(800);
    expect(formulaOf(ws.getCell('G4'))).toBe('SUM(B4:F4)');
    expect(ws.getCell('G4').result).toBe(1300);
    expect(formulaOf(ws.getCell('H4'))).toBe('IF($G$9=0,0,G4/$G$9)');
    expect(ws.getCell('H4').numFmt).toBe('0.00%');
    expect(ws.getCell('A9').value).toBe('合计');
    expect(formulaOf(ws.getCell('B9'))).toBe('SUM(B4:B8)');
    expect(ws.getCell('B9').result).toBe(2700);
    expect(ws.getCell('G9').result).toBe(15000);
    expect(ws.getCell('B4').numFmt).toBe('#,##0.00');
    // The category mapping travels as a note (批注) on the category's name.
    expect(ws.getCell('A5').note).toBe('别名：民生社保项目、民生保障工程、民生保障项目');
  });

  it('the project table has a two-row header with 实施年限 over the years, 小计 rows per category and a 合计 row as formulas', () => {
    const ws = wb.getWorksheet('项目表')!;
    const merges = ws.model.merges;
    expect(merges).toContain('H3:L3');
    expect(merges).toContain('E3:E4');
    expect(ws.getCell('H3').value).toBe('实施年限');
    expect(ws.getCell('H4').value).toBe('2016年');
    expect(ws.getCell('A5').value).toBe('合计');
    expect(ws.getCell('G5').result).toBe(16200); // 河坡 costs 1500 in all, 300 of it aid
    expect(ws.getCell('I5').result).toBe(2852);
    expect(formulaOf(ws.getCell('G5'))).toMatch(/^SUM\(G6,G8,/);
    expect([ws.getCell('A6').value, ws.getCell('B6').value, ws.getCell('E6').value]).toEqual(['一', '民生改善', '小计']);
    expect(formulaOf(ws.getCell('I6'))).toBe('SUM(I7:I7)');
    expect(ws.getCell('I6').result).toBe(2827);
    expect(ws.getCell('B7').value).toBe('民生社保项目');
  });

  it('text from users stays text: "=HYPERLINK(…)" is written as a string, never a formula', () => {
    const ws = wb.getWorksheet('项目表')!;
    let found = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === HOSTILE || cell.value === '=1+1') {
          found++;
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(cell.numFmt).toBe('@');
        }
      }),
    );
    expect(found).toBe(2);
  });

  it('uses 黑体 for headers and 仿宋 for the body, by name with charset 134 and no theme scheme; wraps text and freezes the header', () => {
    const ws = wb.getWorksheet('项目表')!;
    expect(ws.getCell('E3').font).toMatchObject({ name: '黑体', charset: 134 });
    expect(ws.getCell('E7').font).toMatchObject({ name: '仿宋', charset: 134 });
    expect(ws.getCell('E7').font.scheme).toBeUndefined();
    expect(ws.getCell('F7').alignment.wrapText).toBe(true);
    expect(ws.getCell('F7').border.left?.style).toBe('thin');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    // CJK counts double: the content column is wide, the 序号 column narrow.
    expect(ws.getColumn(6).width).toBeGreaterThanOrEqual(40);
    expect(ws.getColumn(1).width).toBeLessThanOrEqual(10);
  });

  it('sets up printing: A4 landscape, one page wide, header rows repeated, centred, page numbers in the footer', () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true });
      expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
    }
    expect(wb.getWorksheet('项目表')!.pageSetup.printTitlesRow).toBe('3:4');
    expect(wb.getWorksheet('年度投资和领域安排计划表')!.pageSetup.printTitlesRow).toBe('3:3');
  });

  it('the envelope sheet sets the rule beside the plan per year with the difference as a formula', () => {
    const ws = wb.getWorksheet('资金测算表')!;
    const rows = ws.getSheetValues();
    const at = rows.findIndex((r) => Array.isArray(r) && r[1] === '2016年');
    expect(at).toBeGreaterThan(0);
    expect(ws.getCell(at, 3).value).toBe(543400);
    expect(ws.getCell(at, 4).value).toBe('预测');
    expect(ws.getCell(at, 7).value).toBe(2717);
    expect(ws.getCell(at, 8).value).toBe(2700);
    expect(ws.getCell(at, 9).value).toBe('规划确定');
    expect(ws.getCell(at, 10).result).toBe(-17);
    expect(formulaOf(ws.getCell(at, 10))).toBe(`H${at}-G${at}`);
    const rule = ws.getCell(at - 3, 1).value;
    expect(rule).toBe('测算规则：以2015年一般公共预算收入543400万元为基数，年均增长5%，按上年度收入的0.5%安排');
  });

  it('an exported workbook imports back with the same projects, the hostile text still text', async () => {
    const { plan } = await importWorkbook(path.join(dir, '武侯.xlsx'));
    expect(plan.projects[2]!.name).toBe(HOSTILE);
    expect(plan.projects[2]!.remarks).toBe('=1+1');
  });

  it('a failed export leaves nothing behind: no file, no temporary file', async () => {
    const target = path.join(dir, 'occupied.xlsx');
    await mkdir(target);
    const before = await readdir(dir);
    const error = await exportWorkbook(wuhouBaiyu(), target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as Error).message).toMatch(/occupied\.xlsx/);
    expect(await readdir(dir)).toEqual(before);
    const missing = await exportWorkbook(wuhouBaiyu(), path.join(dir, '不存在的文件夹', 'a.xlsx')).catch((e: unknown) => e);
    expect((missing as Error).message).toMatch(/文件夹“[^”]*”不存在/);
    expect((await readFile(path.join(dir, '武侯.xlsx'))).length).toBeGreaterThan(1000);
  });
});
