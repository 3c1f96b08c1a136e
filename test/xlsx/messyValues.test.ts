import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importWorkbookGrid } from '../../shared/import/importGrid.ts';
import { gridFromRows, type GridValue } from '../../shared/import/grid.ts';
import { importWorkbook } from '../../electron/node/xlsx/index.ts';
import { computePlan } from '../../shared/engine/planEngine.ts';
import { formatPlain } from '../../shared/money/wan.ts';

const importRows = (rows: GridValue[][], merges: string[] = [], sheet = '表1') => {
  const r = importWorkbookGrid({ title: '', sheets: [gridFromRows(sheet, rows, merges)] }, 'test.xlsx');
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('reading messy partner values', () => {
  it('reads "1,850", full-width digits, "2700\\n\\n万元", "15000万元" and years written as text or "2016年"', () => {
    const { plan, report } = importRows([
      ['附件2'],
      ['某区对口帮扶某县年度领域安排表'],
      [null],
      ['单位：万元'],
      ['类别', '2016年', '２０１７', 2018, '合计'],
      ['产业', '1,850', '１８５０．５', '2700\n\n万元', '6400.5万元'],
      ['民生', 1.1, null, '  3 ', 4.1],
      ['合计', '1851.1', '1850.50', 2703, '6,404.60'],
    ]);
    expect([plan.firstYear, plan.lastYear]).toEqual([2016, 2018]);
    expect(plan.categories.map((c) => [c.name, c.byYear])).toEqual([
      ['产业', { 2016: '1850.00', 2017: '1850.50', 2018: '2700.00' }],
      ['民生', { 2016: '1.10', 2018: '3.00' }],
    ]);
    expect(report.entries.filter((e) => e.kind === 'problem')).toEqual([]);
    expect(plan.title).toBe('某区对口帮扶某县年度领域安排表');
  });

  it('never trusts a 合计: a wrong total row and a wrong total column are reported with sheet and cell', () => {
    const { plan, report } = importRows([
      ['年度/类别', 2016, 2017, '合计'],
      ['产业', 100, 200, 301],
      ['民生', 50, 50, 100],
      ['合计', 150, 260, 401],
    ]);
    const problems = report.entries.filter((e) => e.kind === 'problem');
    expect(problems.map((p) => p.place)).toEqual(['表1!D2', '表1!C4', '表1!D4']);
    expect(problems[0]!.message).toContain('“产业”的合计为301.00万元，但所列各项之和为300.00万元，相差1.00万元');
    expect(problems[1]!.message).toContain('2017年合计为260.00万元，但所列各项之和为250.00万元');
    // The amounts, not the stated totals, make the plan.
    expect(formatPlain(computePlan(plan).grandTotal)).toBe('400.00');
  });

  it('refuses letters and formulas typed as amounts, reporting the cell and reading it as blank', () => {
    const { plan, report } = importRows([
      ['类别', '2016年'],
      ['产业', '约300'],
      ['民生', '=A1+1'],
    ]);
    expect(plan.categories.map((c) => c.byYear)).toEqual([{}, {}]);
    expect(report.entries.filter((e) => e.kind === 'problem').map((e) => e.place)).toEqual(['表1!B2', '表1!B3']);
  });

  it('reads a project table whose subtotals stand under their groups, checks them, and skips 注 rows', () => {
    const { plan, report } = importRows(
      [
        ['项目表'],
        ['序号', '项目类别', '项目名称', '开工年限', '竣工年限', '实施年限', null, '责任单位'],
        [null, null, null, null, null, '2016年', '2017年', null],
        [1, '产业', '甲', '2016年', 2017, 10, 20, '局一\n局二'],
        [2, null, '乙', 2016, 2016, '5', null, '局三、局四'],
        [null, '产业小计', null, null, null, 15, 21, null],
        [3, '民生', '丙', 2017, 2017, null, '7.5', null],
        [null, '民生小计', null, null, null, null, 7.5, null],
        ['合计', null, null, null, null, 15, 27.5, null],
        ['注：金额单位为万元'],
      ],
      ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:G2', 'H2:H3', 'B4:B5', 'A10:H10'],
    );
    expect(plan.projects.map((p) => [p.category, p.name, p.startYear, p.endYear, p.byYear, p.units])).toEqual([
      ['产业', '甲', 2016, 2017, { 2016: '10.00', 2017: '20.00' }, ['局一', '局二']],
      ['产业', '乙', 2016, 2016, { 2016: '5.00' }, ['局三', '局四']],
      ['民生', '丙', 2017, 2017, { 2017: '7.50' }, []],
    ]);
    const problems = report.entries.filter((e) => e.kind === 'problem');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.place).toBe('表1!G6');
    expect(problems[0]!.message).toContain('小计行2017年为21.00万元，但所列各项之和为20.00万元');
    expect(report.entries.some((e) => e.place === '表1!A10' && e.message.includes('注释行'))).toBe(true);
    expect(plan.categories.map((c) => c.name)).toEqual(['产业', '民生']);
  });

  it('checks 合计 against every project, those under a 小计 heading its group and those under none', () => {
    const { report } = importRows([
      ['序号', '项目类别', '项目名称', '2016年', '2017年'],
      [1, '产业', '甲', 10, 20],
      [2, '产业', '乙', 20, null],
      [null, '产业小计', null, 30, 20],
      [3, '民生', '丙', 5, 7.5],
      [null, '民生小计', null, 5, 7.5],
      [4, '其他', '零', 1.25, null],
      ['合计', null, null, 36.26, 27.5],
    ]);
    const problems = report.entries.filter((e) => e.kind === 'problem');
    expect(problems.map((e) => [e.place, e.message])).toEqual([
      ['表1!D8', expect.stringContaining('合计行2016年为36.26万元，但所列各项之和为36.25万元，相差0.01万元')],
    ]);
    const found = report.entries.filter((e) => e.kind === 'found').map((e) => `${e.place} ${e.message}`);
    expect(found).toContain('表1!A4 小计行与2个项目之和一致（已核对）');
    expect(found).toContain('表1!A6 小计行与1个项目之和一致（已核对）');
  });

  it('offers an unknown project category for mapping to the closest plan category, and leaves one with no likeness unmapped', () => {
    const { plan, report } = importRows([
      ['类别', '2016年'],
      ['产业发展', 10],
      ['民生保障', 5],
      [null],
      ['项目名称', '项目类别', '2016年'],
      ['甲', '产业项目', 10],
      ['乙', '其他', 5],
    ]);
    expect(report.decisions).toEqual([
      { id: 'category:1', kind: 'categoryAlias', text: '产业项目', categoryName: '产业发展', place: '表1!B6', reason: 'closest' },
    ]);
    expect(report.entries.find((e) => e.place === '表1!B7')).toMatchObject({ kind: 'problem' });
    expect(computePlan(plan).problems.filter((p) => p.code === 'PROJECT_UNKNOWN_CATEGORY')).toHaveLength(1);
  });

  it('fails with one Chinese sentence when no table can be found', () => {
    const r = importWorkbookGrid({ title: '', sheets: [gridFromRows('表1', [['会议纪要'], ['一、资金安排情况']])] }, '纪要.xlsx');
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/^“纪要\.xlsx”中没有找到可导入的表格/) });
  });

  it('reads formula cells through their cached results (a cached 0 included), rich text and numbers with binary noise, from a real file', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('安排表');
    ws.addRow(['年度\n类别', { richText: [{ text: '20' }, { text: '16年' }] }, 2017, '合计']);
    ws.addRow(['产业', 0.1 + 0.2, 99.99, { formula: 'B2+C2', result: 100.29 }]);
    ws.addRow([{ richText: [{ text: '民生', font: { bold: true } }] }, { formula: '0*1', result: 0 }, 1, { formula: 'B3+C3', result: 1 }]);
    ws.addRow(['合计', { formula: 'SUM(B2:B3)', result: 0.3 }, { formula: 'SUM(C2:C3)', result: 100.99 }, { formula: 'SUM(D2:D3)', result: 101.29 }]);
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'aidplan-messy-')), '公式.xlsx');
    await wb.xlsx.writeFile(file);
    const { plan, report } = await importWorkbook(file);
    expect(plan.categories.map((c) => [c.name, c.byYear])).toEqual([
      ['产业', { 2016: '0.30', 2017: '99.99' }],
      ['民生', { 2016: '0.00', 2017: '1.00' }],
    ]);
    expect(report.entries.filter((e) => e.kind === 'problem')).toEqual([]);
  });
});
