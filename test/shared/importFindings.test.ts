import { describe, expect, it } from 'vitest';
import { analyseWorkbookGrid, type ImportAnalysis } from '../../shared/import/analyseWorkbook.ts';
import { buildImportedPlan } from '../../shared/import/buildImportedPlan.ts';
import { gridFromRows, type GridValue, type SheetGrid } from '../../shared/import/grid.ts';
import { formatImportReport, importReportTitle } from '../../shared/import/importReport.ts';
import { readPlanFile, writePlanFile } from '../../shared/file/planFile.ts';
import { computePlan } from '../../shared/engine/planEngine.ts';
import { describePlace } from '../../shared/report/describePlace.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';

/** A sheet with cells the reader could not read, as the reader hands them over. */
function withUnreadable(grid: SheetGrid, cells: Record<string, string>): SheetGrid {
  const unreadable = new Map<number, Map<number, string>>();
  for (const [address, text] of Object.entries(cells)) {
    const m = /^([A-Z])(\d+)$/.exec(address)!;
    const row = Number(m[2]);
    const col = m[1]!.charCodeAt(0) - 64;
    if (!unreadable.has(row)) unreadable.set(row, new Map());
    unreadable.get(row)!.set(col, text);
  }
  return { ...grid, unreadable };
}

function analyse(sheets: SheetGrid[]): ImportAnalysis {
  const r = analyseWorkbookGrid({ title: '', sheets }, 'test.xlsx');
  if (!r.ok) throw new Error(r.message);
  return r.analysis;
}

const rows = (r: GridValue[][]) => gridFromRows('项目表', r);

describe('import findings: every value the import cannot take as it is', () => {
  it('names each unreadable cell with its text: an error in an amount column, a warning in a text column, a note outside the table', () => {
    const grid = withUnreadable(
      rows([
        ['说明', null, null, null],
        ['序号', '项目名称', '2021年', '2022年'],
        [1, '甲', 100, null],
        [2, null, 50, null],
        ['合计', null, 150, null],
      ]),
      { D3: '#DIV/0!', B4: '=CONCAT(A1)', C5: '1e309', D1: '#REF!' },
    );
    const { plan, report } = analyse([grid]);
    const found = report.entries.filter((e) => e.code === 'IMPORT_UNREADABLE_VALUE').map((e) => [e.kind, e.place, e.found]);
    expect(found).toEqual([
      ['problem', '项目表!D3', '#DIV/0!'],
      ['warning', '项目表!B4', '=CONCAT(A1)'],
      ['problem', '项目表!C5', '1e309'],
    ]);
    expect(report.entries.find((e) => e.place === '项目表!D1')).toMatchObject({ kind: 'decision', message: expect.stringContaining('“#REF!”') });
    const problems = computePlan(plan).problems.filter((p) => p.code === 'IMPORT_UNREADABLE_VALUE');
    expect(problems.map((p) => [p.severity, describePlace(plan, p.where), p.where.found])).toEqual([
      ['error', '导入的文件 项目表!D3', '#DIV/0!'],
      ['warning', '导入的文件 项目表!B4', '=CONCAT(A1)'],
      ['error', '导入的文件 项目表!C5', '1e309'],
    ]);
    expect(formatImportReport(report).at(-1)).toBe('导入中发现2个问题、1个提醒，请核对所列单元格');
  });

  it('scales a 千元 column and an 亿元 line to 万元 exactly, and reports each unit', () => {
    const { plan, report } = analyse([
      rows([
        ['单位：亿元', null, null],
        ['项目名称', '2021年', '2022年投资（千元）'],
        ['甲', 1.5, 12345],
      ]),
    ]);
    expect(plan.projects[0]!.byYear).toEqual({ 2021: '15000.00', 2022: '1234.50' });
    expect(report.entries.filter((e) => e.kind === 'decision' && e.message.includes('单位')).map((e) => e.place)).toEqual(['项目表!A1', '项目表!C2']);
  });

  it('a 合计 that disagrees and a refused value become codes with cells, and are the only import findings the plan keeps', () => {
    const { plan } = analyse([
      rows([
        ['项目名称', '2021年'],
        ['甲', '约300'],
        ['乙', 100],
        ['合计', 110],
      ]),
    ]);
    expect(plan.importFindings!.map((f) => [f.code, f.severity, f.cell, f.found])).toEqual([
      ['IMPORT_VALUE_REFUSED', 'error', '项目表!B2', '约300'],
      ['IMPORT_TOTAL_MISMATCH', 'error', '项目表!B4', '110'],
    ]);
  });

  it('findings are saved with the plan and read back; a file without them still opens', () => {
    const { plan } = analyse([
      rows([
        ['项目名称', '2021年'],
        ['甲', 1.005],
      ]),
    ]);
    const again = readPlanFile(writePlanFile(buildImportedPlan({ plan, report: { fileName: 'x.xlsx', entries: [], decisions: [] }, assignedIds: [] })));
    expect(again.ok && again.plan.importFindings).toEqual([
      { code: 'IMPORT_AMOUNT_ROUNDED', severity: 'warning', cell: '项目表!B2', found: '1.005', message: '金额1.005超过两位小数，已四舍五入为1.01万元' },
    ]);
    expect(again.ok && computePlan(again.plan).problems.map((p) => p.code)).toEqual(['IMPORT_AMOUNT_ROUNDED']);
    const old = readPlanFile(writePlanFile(wuhouBaiyu()));
    expect(old.ok && old.plan.importFindings).toBeUndefined();
    const wrong = JSON.parse(writePlanFile(plan)) as { plan: { importFindings: { code: string }[] } };
    wrong.plan.importFindings[0]!.code = 'NOT_A_CODE';
    expect(readPlanFile(JSON.stringify(wrong)).ok).toBe(false);
  });
});

describe('money by source', () => {
  it('with no 总投资 column, the total investment is the aid (a one-year table’s year column) plus the other money', () => {
    const { plan, report } = analyse([
      gridFromRows(
        '项目表',
        [
          ['2022年某区对口帮扶某县项目表', null, null],
          ['项目名称', '资金来源', null],
          [null, '援助资金', '自筹资金'],
          ['住院楼', 300, 1200],
        ],
        ['B2:C2', 'A2:A3'],
      ),
    ]);
    expect(plan.projects.map((p) => [p.byYear, p.aid, p.totalInvestment])).toEqual([[{ 2022: '300.00' }, null, '1500.00']]);
    expect(report.entries.find((e) => e.place === '项目表!C3')!.message).toBe(
      '“自筹资金”不是帮扶方的援建资金，不计入援建资金和年度安排，与援建资金相加作为估算总投资',
    );
  });
});

describe('the plan is built from the analysis with the user’s choices', () => {
  const workbook = () =>
    analyse([
      gridFromRows('领域', [
        ['类别', '2021年'],
        ['产业发展', 300],
        ['民生改善', 100],
      ]),
      gridFromRows('项目', [
        ['项目类别', '项目名称', '2021年'],
        ['产业项目', '茶叶基地', 300],
        ['民生社保项目', '饮水工程', 100],
      ]),
    ]);

  it('the analysis applies no guess; the defaults make each guessed category an alias', () => {
    const analysis = workbook();
    expect(analysis.plan.categories.map((c) => c.aliases)).toEqual([[], []]);
    expect(analysis.report.decisions.map((d) => [d.id, d.text, d.categoryName])).toEqual([
      ['category:1', '产业项目', '产业发展'],
      ['category:2', '民生社保项目', '民生改善'],
    ]);
    const plan = buildImportedPlan(analysis);
    expect(plan.categories.map((c) => [c.name, c.aliases])).toEqual([
      ['产业发展', ['产业项目']],
      ['民生改善', ['民生社保项目']],
    ]);
    expect(computePlan(plan).problems).toEqual([]);
  });

  it('改为 another category or 新建类别 changes only that guess, and the roll-up shows the consequence', () => {
    const analysis = workbook();
    const plan = buildImportedPlan(analysis, { 'category:1': { kind: 'newCategory' }, 'category:2': { kind: 'alias', categoryName: '产业发展' } });
    expect(plan.categories.map((c) => [c.id, c.name, c.aliases])).toEqual([
      ['c1', '产业发展', ['民生社保项目']],
      ['c2', '民生改善', []],
      ['c3', '产业项目', []],
    ]);
    expect(computePlan(plan).problems.filter((p) => p.code === 'ROLLUP_MISMATCH')).toHaveLength(3);
    // The analysis itself is untouched: the dialog may be reopened and the choice made again.
    expect(analysis.plan.categories.map((c) => c.aliases)).toEqual([[], []]);
  });
});

describe('an imported plan is a valid plan', () => {
  it('a text past its limit is cut and reported at its place; the rest of the project and the other projects are kept as read', () => {
    const long = '长'.repeat(1_005);
    const units = Array.from({ length: 205 }, (_, i) => `单位${i + 1}`).join('、');
    const { plan, report } = analyse([
      rows([
        ['项目类别', '项目名称', '责任单位', '2021年'],
        ['教育', long, '区教育局', 10],
        ['教育', '乙', units, 20],
        ['医疗', '丙', '区卫健局', 30],
      ]),
    ]);
    expect(plan.projects.map((p) => [p.name.length, p.units.length, p.byYear['2021']])).toEqual([
      [1_000, 1, '10.00'],
      [1, 200, '20.00'],
      [1, 1, '30.00'],
    ]);
    const cuts = report.entries.filter((e) => e.kind === 'problem' && /只导入了前/.test(e.message)).map((e) => [e.place, e.message]);
    expect(cuts).toEqual([
      ['第1个项目的“项目名称”', '文字有1005字，超过上限1000字，只导入了前1000字'],
      ['第2个项目的“责任单位”', '有205项，超过上限200项，只导入了前200项'],
    ]);
    // What the import accepts, the file format accepts.
    expect(() => readPlanFile(writePlanFile(plan))).not.toThrow();
  });
});

describe('the report reads as sentences', () => {
  it('its title is a line of its own and no line begins with stray punctuation, joined or not', () => {
    const { report } = workbook2();
    expect(importReportTitle(report)).toBe('导入“test.xlsx”的报告');
    const lines = formatImportReport(report);
    for (const line of lines) expect(line).not.toMatch(/^[：；，。]/);
    expect(lines.join('；')).not.toMatch(/：；|；；/);
  });
});

function workbook2() {
  return analyse([
    rows([
      ['项目名称', '2021年'],
      ['甲', 1],
    ]),
  ]);
}
