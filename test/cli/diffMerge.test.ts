import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAidplan } from '../support/cli.ts';
import { writePlanFile } from '../../shared/file/planFile.ts';
import { toWan } from '../../shared/money/wan.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';
import { longquanyiGanzi } from '../../shared/samples/longquanyiGanzi.ts';
import { yibinXinlong } from '../support/yibinXinlong.ts';
import { FIXTURES_DIR } from '../support/fixtures.ts';

const fixtures = FIXTURES_DIR;
let dir: string;

const aidplan = (...args: string[]) => runAidplan(dir, ...args);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-diffmerge-'));
  const plan = wuhouBaiyu();
  await writeFile(path.join(dir, 'draft1.aidplan'), writePlanFile(plan));
  const revised = { ...plan, projects: plan.projects.map((p, i) => (i === 0 ? { ...p, byYear: { ...p.byYear, 2020: toWan(3183) } } : p)).slice(0, 7) };
  await writeFile(path.join(dir, 'draft2.aidplan'), writePlanFile(revised));
  await mkdir(path.join(dir, 'plans'));
  await writeFile(path.join(dir, 'plans', '1-武侯.aidplan'), writePlanFile(plan));
  await writeFile(path.join(dir, 'plans', '2-龙泉驿.aidplan'), writePlanFile(longquanyiGanzi()));
  await writeFile(path.join(dir, 'plans', '3-损坏.aidplan'), '{"format":"aidplan"');
});

describe('aidplan diff', () => {
  it('exits 0 and says so when two drafts are the same', () => {
    const r = aidplan('diff', 'draft1.aidplan', 'draft1.aidplan');
    expect(r.code).toBe(0);
    expect(r.out).toContain('没有差异');
  });

  it('exits 1 and lists every difference when they differ', () => {
    const r = aidplan('diff', 'draft1.aidplan', 'draft2.aidplan');
    expect(r.code).toBe(1);
    expect(r.out).toContain('共2处差异');
    expect(r.out).toContain('* 项目“白玉县农村危房改造”2020年：3283.00 → 3183.00');
    expect(r.out).toContain('- 删除项目“社会管理创新”');
  });

  it('compares a plan with a partner’s .xlsx as well', () => {
    const r = aidplan('diff', 'draft1.aidplan', path.join(fixtures, 'wuhou-baiyu-2016-2020.xlsx'), '--json');
    expect(r.code).toBe(1);
    const changes = JSON.parse(r.out) as { kind: string; label: string }[];
    // The partner's file has the same category table and projects; it lacks the rule's money and the funding sources.
    expect(changes.filter((c) => c.kind === 'categoryAmount' || c.kind === 'projectAmount' || c.kind === 'projectAdded')).toEqual([]);
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: 'projectField', label: '项目“河坡民族特色手工业”的估算总投资', before: '1500.00', after: '300.00' }),
    );
  });

  it('exits 2 when a file cannot be read', () => {
    expect(aidplan('diff', 'draft1.aidplan', 'missing.aidplan').code).toBe(2);
  });
});

describe('aidplan merge', () => {
  it('sums a folder of plans into a workbook with live totals, listing the file it could not read', async () => {
    const r = aidplan('merge', 'plans', path.join(fixtures, 'dongli-three-counties-2016-2020.xlsx'), '-o', '汇总.xlsx');
    expect(r.code).toBe(0);
    expect(r.out).toContain('已汇总3个规划、19个项目，合计38563.54万元');
    expect(r.out).toContain('无法读取 3-损坏.aidplan');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, '汇总.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['按结对汇总', '按领域汇总', '问题清单', '无法读取的文件']);
    const pairs = wb.getWorksheet('按结对汇总')!;
    const header = pairs.getRow(3).values as unknown[];
    expect(header.slice(1, 9)).toEqual(['帮扶方 → 受援方', '2016年', '2017年', '2018年', '2019年', '2020年', '合计', '项目数']);
    expect(pairs.getCell('A4').value).toBe('成都市武侯区 → 白玉县');
    const total = pairs.getCell('G7').value as ExcelJS.CellFormulaValue;
    expect(total.formula).toBe('SUM(G4:G6)');
    expect(total.result).toBe(38563.54);
    const year2020 = pairs.getCell('F7').value as ExcelJS.CellFormulaValue;
    expect(year2020.result).toBe(3308 + 3563.54 + 4000);
    const failed = wb.getWorksheet('无法读取的文件')!;
    expect(failed.getCell('A2').value).toBe('3-损坏.aidplan');
    expect(String(failed.getCell('B2').value)).toContain('JSON');
    const problems = wb.getWorksheet('问题清单')!;
    expect(problems.getCell('A2').value).toBe('1-武侯.aidplan');
  });

  it('exits 2 when no file can be read', async () => {
    const r = aidplan('merge', path.join('plans', '3-损坏.aidplan'), '-o', 'none.xlsx');
    expect(r.code).toBe(2);
    expect(r.err).toContain('没有可以读取的规划文件');
  });
});

describe('aidplan progress', () => {
  it('prints the progress by category and writes it as a workbook with live rates', async () => {
    await writeFile(path.join(dir, 'xinlong.aidplan'), writePlanFile(yibinXinlong()));
    const r = aidplan('progress', 'xinlong.aidplan', '--year=2013', '-o', '进度.xlsx');
    expect(r.code).toBe(0);
    expect(r.out).toContain('合计：计划1767.75 到位500.00（28.28%） 完成230.00（13.01%） 项目5个：未开工2 在建3 已完工0');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, '进度.xlsx'));
    const ws = wb.getWorksheet('项目进度表')!;
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual([
      '类别',
      '计划资金',
      '到位资金',
      '到位率',
      '完成投资',
      '完成率',
      '项目数',
      '未开工',
      '在建',
      '已完工',
      '未填',
    ]);
    const rate = ws.getCell('D7').value as ExcelJS.CellFormulaValue;
    expect(rate.formula).toBe('IF(B7=0,"",C7/B7)');
    expect(rate.result).toBeCloseTo(0.2828, 4);
    expect((ws.getCell('B7').value as ExcelJS.CellFormulaValue).result).toBe(1767.75);
  });

  it('refuses a year outside the plan period', () => {
    expect(aidplan('progress', 'xinlong.aidplan', '--year=2030').code).toBe(2);
  });
});
