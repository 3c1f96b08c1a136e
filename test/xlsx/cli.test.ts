import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanReport } from '../../shared/report/planReport.ts';
import { FIXTURES_DIR } from '../support/fixtures.ts';
import { runAidplan } from '../support/cli.ts';

const fixtures = FIXTURES_DIR;
let dir: string;

const aidplan = (...args: string[]) => runAidplan(dir, ...args);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-xlsx-cli-'));
  for (const f of ['wuhou-baiyu-2016-2020.xlsx', 'longquanyi-ganzi-2020.xlsx']) await copyFile(path.join(fixtures, f), path.join(dir, f));
});

describe('aidplan import / export / inspect / check on .xlsx', () => {
  it('imports the wuhou workbook to an .aidplan file and prints the import report', async () => {
    const r = aidplan('import', 'wuhou-baiyu-2016-2020.xlsx', '-o', 'wuhou.aidplan');
    expect(r.code).toBe(0);
    expect(r.out).toContain('[建议] 规划项目表!B5：项目类别“民生社保项目”不是类别表中的类别，已作为“民生改善”的别名');
    expect(r.out).toContain('已导入：5个类别、8个项目');
    const saved = JSON.parse(await readFile(path.join(dir, 'wuhou.aidplan'), 'utf8')) as { plan: { projects: unknown[] } };
    expect(saved.plan.projects).toHaveLength(8);
  });

  it('inspects an .xlsx as JSON exactly as an .aidplan, with the totals of the source plan', () => {
    const r = aidplan('inspect', 'wuhou-baiyu-2016-2020.xlsx', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as PlanReport;
    expect(report.grandTotal).toBe('15000.00');
    expect(report.categories.map((c) => c.share)).toEqual(['8.67', '78.00', '12.33', '0.67', '0.33']);
    expect(report.problems).toEqual([]);
  });

  it('checks an .xlsx (exit 0 without errors) and prints the import notes when inspecting as text', () => {
    expect(aidplan('check', 'longquanyi-ganzi-2020.xlsx')).toMatchObject({ code: 0, out: expect.stringContaining('没有错误') });
    const text = aidplan('inspect', 'longquanyi-ganzi-2020.xlsx');
    expect(text.out).toContain('合计行与11个项目之和一致');
    expect(text.out).toContain('3563.54');
  });

  it('exports a plan to a workbook that Excel reads, with formulas', async () => {
    const r = aidplan('export', 'wuhou.aidplan', '-o', '导出.xlsx');
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, '导出.xlsx'));
    expect(wb.getWorksheet('年度投资和领域安排计划表')!.getCell('G9').result).toBe(15000);
  });

  it('writes the 填报模板 of a plan, which imports back as the same plan', async () => {
    const r = aidplan('template', 'wuhou.aidplan', '-o', '填报模板.xlsx');
    expect(r.code).toBe(0);
    expect(r.out).toContain('已导出填报模板“填报模板.xlsx”：5个类别、8个项目');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, '填报模板.xlsx'));
    expect(wb.worksheets[0]!.name).toBe('填报说明');
    expect(aidplan('diff', 'wuhou.aidplan', '填报模板.xlsx').code).toBe(0);
  });

  it('exits 2 with one Chinese line on stderr for a truncated or encrypted workbook, and a failed import leaves the target file as it was', async () => {
    const bytes = await readFile(path.join(fixtures, 'wuhou-baiyu-2016-2020.xlsx'));
    await writeFile(path.join(dir, '半截.xlsx'), bytes.subarray(0, 3000));
    const truncated = aidplan('inspect', '半截.xlsx');
    expect(truncated).toMatchObject({ code: 2, out: '' });
    expect(truncated.err.trim()).toBe('“半截.xlsx”不完整（可能在下载或复制时中断），无法读取');

    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    // The stream a password-protected .xlsx keeps in its OLE container.
    ole.set(Buffer.from('EncryptionInfo', 'utf16le'), 512);
    await writeFile(path.join(dir, '加密.xlsx'), ole);
    const encrypted = aidplan('check', '加密.xlsx');
    expect(encrypted.code).toBe(2);
    expect(encrypted.err).toMatch(/^“加密\.xlsx”设有打开密码，请在 Excel\/WPS 中取消密码/);

    const before = await readFile(path.join(dir, 'wuhou.aidplan'), 'utf8');
    const failed = aidplan('import', '加密.xlsx', '-o', 'wuhou.aidplan');
    expect(failed.code).toBe(2);
    expect(failed.err).not.toMatch(/at |Error/);
    expect(await readFile(path.join(dir, 'wuhou.aidplan'), 'utf8')).toBe(before);
  });
});
