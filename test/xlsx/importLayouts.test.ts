import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { importWorkbook, workbookBytes } from '../../electron/node/xlsx/index.ts';
import { computePlan } from '../../shared/engine/planEngine.ts';
import { formatPlain } from '../../shared/money/wan.ts';
import { importReportSummary, type ImportReport } from '../../shared/import/importReport.ts';
import type { PlanReport } from '../../shared/report/planReport.ts';
import { repoRoot, runAidplan } from '../support/cli.ts';

/**
 * Partner layouts written by openpyxl: test/fixtures/make/import_layouts.py writes them into
 * test/fixtures/ (committed, so a clone alone passes; run the script again after changing it).
 */
const fixtures = path.join(repoRoot, 'test/fixtures');
/** A temporary folder for what the CLI writes. */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-layouts-'));
});
const read = (name: string) => importWorkbook(path.join(fixtures, name));
const entries = (report: ImportReport, kind: string) => report.entries.filter((e) => e.kind === kind).map((e) => `${e.place} ${e.message}`);

describe('partner layouts are read as the file means them', () => {
  it('a one-year table whose year is only in its title takes its money column as that year', async () => {
    const { plan, report } = await read('import-year-in-title.xlsx');
    expect([plan.firstYear, plan.lastYear]).toEqual([2021, 2021]);
    expect(plan.projects.map((p) => [p.name, p.byYear, p.startYear])).toEqual([
      ['高原蔬菜大棚', { 2021: '200.00' }, 2021],
      ['村级卫生室', { 2021: '150.00' }, 2021],
    ]);
    expect(entries(report, 'decision')).toContain('项目计划表!D3 表中没有年度列：标题写明2021年，此列金额作为2021年的资金');
    expect(entries(report, 'found')).toContain('项目计划表!A4 合计行与2个项目之和一致（已核对）');
    // The year in front of the title is not part of the donor's name.
    expect([plan.donor, plan.recipients.map((r) => r.name)]).toEqual(['某区', ['某县']]);
  });

  it('a one-year table with the year in its money header (2018年协作资金, 2023年\\n计划投资) is that year', async () => {
    const a = await read('import-year-in-money-header.xlsx');
    expect([a.plan.firstYear, a.plan.lastYear]).toEqual([2018, 2018]);
    expect(formatPlain(computePlan(a.plan).grandTotal)).toBe('420.50');
    const b = await read('import-year-in-wrapped-header.xlsx');
    expect([b.plan.firstYear, b.plan.lastYear]).toEqual([2023, 2023]);
    expect(formatPlain(computePlan(b.plan).grandTotal)).toBe('580.00');
  });

  it('a 领域×年度 table with a 序号 column in front is read, its 合计 in the 序号 column checked', async () => {
    const { plan, report } = await read('import-category-table-with-seq.xlsx');
    expect(plan.categories.map((c) => [c.name, c.byYear['2023']])).toEqual([
      ['产业发展', '700.00'],
      ['民生改善', '300.00'],
      ['人才培养', '50.00'],
    ]);
    expect(entries(report, 'found')).toContain('领域安排!B7 合计行与各行之和一致（已核对，总计2850.00万元）');
    expect(entries(report, 'problem')).toEqual([]);
  });

  it('小计 rows heading their groups name the categories when there is no category column, in both habits', async () => {
    for (const name of ['import-subtotals-heading-groups.xlsx', 'import-subtotals-numbered.xlsx']) {
      const { plan, report } = await read(name);
      expect(plan.categories.map((c) => [c.name, c.byYear])).toEqual([
        ['产业发展', { 2021: '400.00', 2022: '200.00' }],
        ['民生改善', { 2021: '50.00', 2022: '60.00' }],
      ]);
      expect(plan.projects.map((p) => p.category)).toEqual(['产业发展', '产业发展', '民生改善']);
      expect(entries(report, 'decision')).toContain('项目表 项目表没有“项目类别”列：以各项目所在小计行的名称作为类别');
      expect(computePlan(plan).problems).toEqual([]);
    }
  });

  it('资金来源 split in two rows: 援助资金 is the aid, 地方配套及其他资金 is not (reported), and 总投资 stays the total', async () => {
    const { plan, report } = await read('import-funding-sources.xlsx');
    expect(plan.projects.map((p) => [p.name, p.byYear, p.totalInvestment])).toEqual([
      ['县医院住院楼', { 2022: '300.00' }, '1500.00'],
      ['小学运动场', { 2022: '200.00' }, '200.00'],
    ]);
    expect(entries(report, 'decision')).toContain('项目表!E4 “地方配套及其他资金”不是帮扶方的援建资金，不计入援建资金和年度安排');
    expect(formatPlain(computePlan(plan).grandTotal)).toBe('500.00');
  });

  it('a title with quotes and a period word gives the recipient alone: 某区对口帮扶某县“十四五”规划项目表 → 某县', async () => {
    const { plan } = await read('import-title-with-period.xlsx');
    expect([plan.donor, plan.recipients.map((r) => r.name), plan.firstYear, plan.lastYear]).toEqual(['某区', ['某县'], 2021, 2025]);
    // Exported again, the 项目表 keeps the title it has, without a second “项目表”.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookBytes(plan)) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('项目表')!.getCell('A1').text).toBe('某区对口帮扶某县“十四五”规划项目表');
  });
});

describe('nothing lost in silence, from real files', () => {
  it('a sheet headed 单位：元 with 2022年计划投资（元） is scaled to 万元 exactly: 550.68 万元, not 5,506,780.50', async () => {
    const { plan, report } = await read('import-units-yuan.xlsx');
    expect(plan.projects.map((p) => p.byYear['2022'])).toEqual(['300.00', '250.68']);
    expect(formatPlain(computePlan(plan).grandTotal)).toBe('550.68');
    expect(entries(report, 'decision')).toContain('项目表!A2 金额单位为元：已按精确换算折合为万元');
    // The 合计 (5,506,780.50 元) is checked against the exact sum, so rounding never makes it disagree.
    expect(entries(report, 'problem')).toEqual([]);
    expect(entries(report, 'warning')).toContain('项目表!C5 金额2506780.5（元，即250.67805万元）超过两位小数，已四舍五入为250.68万元');
  });

  it('an amount to the yuan (380.2456 万元) is rounded half-up with a warning naming the cell and the figure, never blank', async () => {
    const { plan, report } = await read('import-precise-amounts.xlsx');
    expect(plan.projects[0]!.byYear).toEqual({ 2022: '380.25' });
    expect(report.entries.find((e) => e.place === '项目表!C4')).toMatchObject({ kind: 'warning', code: 'IMPORT_AMOUNT_ROUNDED', found: '380.2456' });
    expect(entries(report, 'found')).toContain('项目表!A6 合计行与2个项目之和一致（已核对）');
    expect(computePlan(plan).problems.map((p) => [p.code, p.severity, p.where.column])).toEqual([
      ['IMPORT_AMOUNT_ROUNDED', 'warning', '项目表!C4'],
      ['IMPORT_AMOUNT_ROUNDED', 'warning', '项目表!C6'],
    ]);
  });

  it('a formula without a cached result and a #DIV/0! are named with their cells and text: errors of the plan, never a silent blank', async () => {
    const { plan, report } = await read('import-unreadable.xlsx');
    expect(report.entries.filter((e) => e.code === 'IMPORT_UNREADABLE_VALUE').map((e) => [e.kind, e.place])).toEqual([
      ['problem', '项目表!C4'],
      ['warning', '项目表!B5'],
      ['problem', '项目表!C5'],
    ]);
    expect(report.entries.find((e) => e.place === '项目表!C5')!.found).toBe('#DIV/0!');
    expect(importReportSummary(report)).toBe('导入中发现2个问题、1个提醒，请核对所列单元格');
    expect(
      computePlan(plan)
        .problems.filter((p) => p.severity === 'error')
        .map((p) => p.where.column),
    ).toEqual(['项目表!C4', '项目表!C5']);
  });

  it('a date no calendar holds is named with its cell in Chinese, never «Invalid time value»', async () => {
    const { plan, report } = await read('import-bad-date.xlsx');
    expect(plan.projects).toHaveLength(2);
    expect(report.entries.find((e) => e.place === '项目表!D4')).toMatchObject({ code: 'IMPORT_UNREADABLE_VALUE' });
    const checked = runAidplan(dir, 'inspect', path.join(fixtures, 'import-bad-date.xlsx'));
    expect(checked.code).toBe(0);
    expect(checked.err).toBe('');
  });

  it('a 合计 10 万元 off is a problem of the plan: inspect --json lists it with its cell, and check of the imported plan exits 1', async () => {
    const file = path.join(fixtures, 'import-total-off.xlsx');
    const inspected = runAidplan(dir, 'inspect', file, '--json');
    expect(inspected.code).toBe(0);
    const problems = (JSON.parse(inspected.out) as PlanReport).problems;
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'IMPORT_TOTAL_MISMATCH',
        message: '合计行2022年为510.00万元，但所列各项之和为500.00万元，相差10.00万元（以各项金额为准）',
        where: { table: 'file', column: '项目表!C6', found: '510', text: '导入的文件 项目表!C6' },
      },
    ]);
    // Imported and saved as .aidplan, the problem stays with the plan: check exits 1 and names the cell.
    const imported = runAidplan(dir, 'import', file, '-o', 'total-off.aidplan');
    expect(imported.code).toBe(0);
    expect(imported.out.split('\n')[0]).toBe('导入“import-total-off.xlsx”的报告');
    expect(imported.out).toContain('1个导入问题记入规划的“问题”');
    const checked = runAidplan(dir, 'check', 'total-off.aidplan');
    expect(checked.code).toBe(1);
    expect(checked.out).toContain('[错误] 导入的文件 项目表!C6：合计行2022年为510.00万元');
  });
});
