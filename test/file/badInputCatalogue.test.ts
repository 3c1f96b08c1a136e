import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlanFile, savePlanFile } from '../../electron/node/planFiles.ts';
import type { CellRef } from '../../shared/commands/cellFields.ts';
import { editPlanInfo } from '../../shared/commands/planInfo.ts';
import { pasteBlock } from '../../shared/commands/pasteBlock.ts';
import { setCells, type PreparedEdit } from '../../shared/commands/setCells.ts';
import type { Command } from '../../shared/commands/command.ts';
import { applyChecked } from '../../shared/commands/validEdit.ts';
import { readPlanFile, writePlanFile } from '../../shared/file/planFile.ts';
import { asYear } from '../../shared/model/ids.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';
import { runAidplan } from '../support/cli.ts';
import { userChild } from './asUser.ts';

/**
 * The bad-input catalogue: each bad input, through the edit commands (as the
 * grids send them) or the command line and the file services, gets a Chinese
 * message, and the state after it still saves. The table is written to
 * test/artifacts/bad-input-catalogue.md for people to read.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const rows: { input: string; via: string; message: string; saves: boolean }[] = [];
let dir: string;
let asUser: Awaited<ReturnType<typeof userChild>>;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(tmpdir(), 'aidplan-catalogue-'));
  asUser = await userChild();
});
afterAll(async () => {
  const table = [
    '| 输入 | 途径 | 得到的提示 | 之后的状态能保存 |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.input} | ${r.via} | ${r.message.replace(/\n/g, ' ')} | ${r.saves ? '是' : '否'} |`),
  ];
  const out = path.resolve(here, '../artifacts');
  await fs.mkdir(out, { recursive: true });
  await fs.writeFile(path.join(out, 'bad-input-catalogue.md'), `${table.join('\n')}\n\n不能保存的状态：${rows.filter((r) => !r.saves).length}\n`);
});

/** The state saves: serialised, validated by the file schema and reopened equal. */
function saves(plan: Plan): boolean {
  const reopened = readPlanFile(writePlanFile(plan));
  return reopened.ok && JSON.stringify(reopened.plan) === JSON.stringify(plan);
}

/** The store's path: the prepared edit's command checked before it applies; the message is the first refusal or the check's reason. */
function throughStore(plan: Plan, made: PreparedEdit | Command): { plan: Plan; message: string } {
  const command = 'apply' in made ? made : made.command;
  const refusal = 'apply' in made ? '' : (made.refused[0]?.reason ?? '');
  if (!command) return { plan, message: refusal };
  const checked = applyChecked(plan, command);
  return checked.ok ? { plan: checked.applied.plan, message: refusal || '（接受）' } : { plan, message: checked.reason };
}

const cell = (plan: Plan, table: CellRef['table'], column: string, text: string, row = 0) =>
  setCells(plan, '编辑', [{ ref: { table, rowId: (table === 'categories' ? plan.categories : plan.projects)[row]!.id, column }, text }]);

const long = '字'.repeat(20_001);

describe('the bad-input catalogue: every bad input gets a Chinese message, and every state after it saves', () => {
  const typed: [string, (p: Plan) => PreparedEdit | Command, string | RegExp, string?][] = [
    ['letters “abc” in an amount', (p) => cell(p, 'categories', '2016', 'abc'), '“abc”不是金额，请输入数字（单位：万元）'],
    ['negative “-5”', (p) => cell(p, 'categories', '2016', '-5'), '金额不能为负数'],
    ['three decimals “1.234”', (p) => cell(p, 'categories', '2016', '1.234'), '金额最多保留两位小数（万元）'],
    ['a formula “=1+1”', (p) => cell(p, 'categories', '2016', '=1+1'), '不接受公式，请输入金额数字'],
    ['“1e309”', (p) => cell(p, 'categories', '2016', '1e309'), '“1e309”不是金额，请输入数字（单位：万元）'],
    ['full-width digits “１８５０”', (p) => cell(p, 'categories', '2016', '１８５０'), '（接受）', '1850.00'],
    ['grouped “1,850”', (p) => cell(p, 'categories', '2016', '1,850'), '（接受）', '1850.00'],
    ['with its unit “2700万元”', (p) => cell(p, 'categories', '2016', '2700万元'), '（接受）', '2700.00'],
    ['16 integer digits', (p) => cell(p, 'categories', '2016', '1234567890123456'), '金额过大：整数部分最多15位'],
    ['20,001-character 备注 (typed)', (p) => cell(p, 'projects', 'remarks', long), '“备注”文字过长：最多20000字，输入了20001字'],
    ['20,001-character 类别名称', (p) => cell(p, 'categories', 'name', long), '类别名称文字过长：最多1000字，输入了20001字'],
    [
      '20,001-character text in a pasted block',
      (p) => pasteBlock(p, { table: 'projects', rowIds: p.projects.map((x) => x.id), columns: ['name', 'content'], row: 0, column: 0 }, [['新名称', long]]),
      '“主要建设内容及规模”文字过长：最多20000字，输入了20001字',
    ],
    [
      '规划期 reversed (first year 2021 of 2016—2020)',
      () => editPlanInfo({ firstYear: asYear(2021) }),
      '修改规划信息未完成：“规划期终止年”：规划期起始年（2021年）不能晚于终止年（2020年）',
    ],
    ['规划期 of 15 years', () => editPlanInfo({ lastYear: asYear(2030) }), '修改规划信息未完成：“规划期终止年”：规划期最长10年（2016—2030年共15年）'],
    ['an amount in 2021, outside 2016—2020', (p) => cell(p, 'categories', '2021', '100'), '2021年不在规划期2016—2020年内，请先在“规划信息”中修改规划期'],
    ['开工年限 “1800”', (p) => cell(p, 'projects', 'startYear', '1800'), '“1800”不是年份，请输入四位年份，如2017'],
  ];
  it.each(typed)('%s', (input, make, expected, stored) => {
    const before = wuhouBaiyu();
    const after = throughStore(before, make(before));
    if (typeof expected === 'string') expect(after.message).toBe(expected);
    else expect(after.message).toMatch(expected);
    if (stored) expect(after.plan.categories[0]!.byYear['2016']).toBe(stored);
    rows.push({ input, via: '编辑命令', message: stored ? `（接受，存为${stored}万元）` : after.message, saves: saves(after.plan) });
    expect(saves(after.plan)).toBe(true);
  });

  const check = (file: string) => {
    const r = runAidplan(dir, 'check', file);
    return { code: r.code, message: r.err.trim() };
  };

  it('a newer format version, a wrong field type, an unreadable file and a 200 MB file are refused by aidplan check with exit 2 and a Chinese message', async () => {
    const sample = JSON.parse(writePlanFile(wuhouBaiyu())) as { version: number; plan: { categories: { byYear: Record<string, unknown> }[] } };
    await fs.writeFile(path.join(dir, 'newer.aidplan'), JSON.stringify({ ...sample, version: 99 }));
    sample.plan.categories[0]!.byYear['2016'] = 800;
    await fs.writeFile(path.join(dir, 'number.aidplan'), JSON.stringify(sample));
    await fs.writeFile(path.join(dir, 'garbage.aidplan'), new Uint8Array([0xff, 0xfe, 0x00, 0x81, 0x9f]));
    const big = path.join(dir, 'big.aidplan');
    await fs.writeFile(big, '');
    await fs.truncate(big, 201 * 1024 * 1024); // sparse: 201 MB without writing them
    const cases: [string, string, string][] = [
      [
        'a file of a newer format version',
        'newer.aidplan',
        '此文件由较新版本的对口帮扶规划表保存（格式版本99），当前程序只能打开版本1及以下的文件，请升级程序后再打开',
      ],
      [
        'a wrong field type (an amount as a number)',
        'number.aidplan',
        '规划文件内容有误：第1个类别的“年度金额”（2016年）：金额应写成带引号的数字文字（如 "1850.00"）',
      ],
      ['a file that is not text', 'garbage.aidplan', '“garbage.aidplan”不是 UTF-8 文本，不是有效的规划文件'],
      ['a 200 MB file', 'big.aidplan', '“big.aidplan”过大（超过200MB），不是有效的规划文件'],
    ];
    for (const [input, file, expected] of cases) {
      const r = check(file);
      expect(r.code, input).toBe(2);
      expect(r.message, input).toContain(expected);
      // Nothing was opened: the document open before stays as it was, and it saves.
      rows.push({ input, via: 'aidplan check', message: r.message, saves: saves(wuhouBaiyu()) });
    }
  });

  it('a read-only folder, a read-only file, a file without read permission, and a Chinese path with spaces', async () => {
    const folder = path.join(dir, '只读文件夹');
    await fs.mkdir(folder);
    await fs.chmod(dir, 0o755);
    await fs.chmod(folder, 0o555);
    const inFolder = await asUser(path.join(folder, '规划.aidplan'));
    expect(inFolder.message).toBe(`无法保存“规划.aidplan”：没有写入权限（文件夹“${folder}”不允许写入），请用“另存为”保存到其他文件夹`);
    rows.push({ input: 'saving into a read-only folder', via: '保存', message: inFolder.message!, saves: true });

    const readOnly = path.join(dir, '只读.aidplan');
    await savePlanFile(readOnly, wuhouBaiyu());
    await fs.chmod(readOnly, 0o444);
    const refused = await savePlanFile(readOnly, { ...wuhouBaiyu(), title: '新稿' }).catch((e: unknown) => (e as Error).message);
    expect(refused).toBe('文件“只读.aidplan”是只读的，未保存。请用“另存为”保存到其他文件');
    const elsewhere = path.join(dir, '另存.aidplan');
    await savePlanFile(elsewhere, { ...wuhouBaiyu(), title: '新稿' }); // 另存为 saves the same state
    rows.push({ input: 'saving over a read-only file', via: '保存', message: refused as string, saves: (await openPlanFile(elsewhere)).title === '新稿' });

    const locked = path.join(dir, '无权限.aidplan');
    await savePlanFile(locked, wuhouBaiyu());
    await fs.chmod(locked, 0o000);
    const unreadable = await asUser(locked, 'open');
    expect(unreadable.message).toBe('无法打开“无权限.aidplan”：没有读取权限');
    rows.push({ input: 'opening a file without read permission', via: '打开', message: unreadable.message!, saves: saves(wuhouBaiyu()) });

    const spaced = path.join(dir, '对口 帮扶', '武侯 白玉 规划.aidplan');
    await fs.mkdir(path.dirname(spaced));
    const made = runAidplan(dir, 'sample', 'wuhou-baiyu-2016-2020', '-o', spaced);
    expect(made.code).toBe(0);
    const checked = runAidplan(dir, 'check', spaced);
    expect(checked.code).toBe(0); // read fine, no errors
    expect((await openPlanFile(spaced)).title).toBe(wuhouBaiyu().title);
    rows.push({ input: 'a Chinese path with spaces', via: 'aidplan sample / check / 打开', message: '（正常读写）', saves: true });
  });
});
