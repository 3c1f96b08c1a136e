import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runAidplan } from '../support/cli.ts';
import type { PlanReport } from '../../shared/report/planReport.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';
import { toWan } from '../../shared/money/wan.ts';
import { writePlanFile } from '../../shared/file/planFile.ts';

const root = repoRoot;
let dir: string;

const aidplan = (...args: string[]) => runAidplan(dir, ...args);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-cli-'));
});

describe('aidplan CLI', () => {
  it('writes the bundled samples and inspects them as JSON with the figures of the source plans', () => {
    expect(aidplan('sample', 'wuhou-baiyu-2016-2020', '-o', 'wuhou.aidplan').code).toBe(0);
    const { code, out } = aidplan('inspect', 'wuhou.aidplan', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out) as PlanReport;
    expect(report.years).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(report.grandTotal).toBe('15000.00');
    expect(report.categories[0]).toMatchObject({ name: '产业优化', byYear: { 2016: '800.00', 2017: '0.00' }, total: '1300.00', share: '8.67' });
    expect(report.envelope!['2016']).toMatchObject({ rule: '2717.00', plan: '2700.00', difference: '-17.00' });
    expect(report.projects[3]).toMatchObject({ seq: 4, name: '河坡民族特色手工业', aid: '300.00', totalInvestment: '1500.00', startYear: 2016, endYear: 2016 });
    expect(report.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(report.problems[0]).toMatchObject({ code: 'MONEY_DEPARTS_FROM_RULE', where: { table: 'envelope', column: '2016' } });
  });

  it('prints the plan as readable tables without --json', () => {
    aidplan('sample', 'longquanyi-ganzi-2020', '-o', 'ganzi.aidplan');
    const { code, out } = aidplan('inspect', 'ganzi.aidplan');
    expect(code).toBe(0);
    expect(out).toContain('年度领域安排表');
    expect(out).toContain('3563.54');
    expect(out).toContain('项目表（11个项目）');
    expect(out).toContain('没有问题');
  });

  it('check exits 0 on a plan with only warnings', () => {
    const { code, out } = aidplan('check', 'wuhou.aidplan');
    expect(code).toBe(0);
    expect(out).toContain('没有错误（5个提醒）');
  });

  it('check exits 1 and names the cell when the plan has an error', async () => {
    const plan = wuhouBaiyu();
    const broken = { ...plan, projects: plan.projects.map((p, i) => (i === 0 ? { ...p, byYear: { ...p.byYear, 2020: toWan(3000) } } : p)) };
    await writeFile(path.join(dir, 'broken.aidplan'), writePlanFile(broken));
    const { code, out } = aidplan('check', 'broken.aidplan');
    expect(code).toBe(1);
    expect(out).toContain('[错误] 年度领域安排表 民生改善 2020年');
    expect(out).toContain('相差-283.00万元');
  });

  it('check exits 2 with a Chinese message and no stack trace when the file cannot be read', async () => {
    await writeFile(path.join(dir, 'bad.aidplan'), '{ not json');
    for (const file of ['bad.aidplan', 'missing.aidplan', 'notes.txt']) {
      const { code, err } = aidplan('check', file);
      expect(code).toBe(2);
      expect(err).toMatch(/[\u4e00-\u9fa5]/);
      expect(err).not.toMatch(/\n\s+at /);
    }
    expect(aidplan('check', 'missing.aidplan').err).toContain('找不到文件');
  });

  it('an unknown command or sample gets help, exit 2', async () => {
    expect(aidplan('frobnicate').code).toBe(2);
    const r = aidplan('sample', 'nope', '-o', 'x.aidplan');
    expect(r.code).toBe(2);
    expect(r.err).toContain('wuhou-baiyu-2016-2020');
    await expect(readFile(path.join(dir, 'x.aidplan'))).rejects.toThrow();
  });
});

describe('npx aidplan', () => {
  it('runs the CLI from the project itself, with no build step', () => {
    const r = spawnSync('npx', ['--no-install', 'aidplan', 'help'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('aidplan inspect');
  });
});
