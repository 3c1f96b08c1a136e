import { mkdtemp, readFile, writeFile, mkdir, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openPlanFile, savePlanFile } from '../../electron/node/planFiles.ts';
import { readPlanFile, writePlanFile } from '../../shared/file/planFile.ts';
import { FORMAT_VERSION } from '../../shared/file/schema.ts';
import { SAMPLES } from '../../shared/samples/index.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-file-'));
});

const sampleText = () =>
  JSON.parse(writePlanFile(wuhouBaiyu())) as {
    format: string;
    version: number;
    plan: Record<string, unknown> & { projects: Record<string, unknown>[]; categories: Record<string, unknown>[] };
  };

describe('the .aidplan file', () => {
  it.each(Object.keys(SAMPLES) as (keyof typeof SAMPLES)[])('round-trips the sample %s exactly through a real file', async (name) => {
    const plan = SAMPLES[name]();
    const file = path.join(dir, `${name}.aidplan`);
    await savePlanFile(file, plan);
    expect(await openPlanFile(file)).toEqual(plan);
    const text = await readFile(file, 'utf8');
    expect(text).toContain('"format": "aidplan"');
    expect(text).toContain(`"version": ${FORMAT_VERSION}`);
  });

  it('keeps amounts as decimal strings with two decimals', () => {
    const text = writePlanFile(wuhouBaiyu());
    expect(text).toContain('"2017": "2827.00"');
    expect(text).not.toMatch(/"20\d\d": \d/);
  });

  it('keeps the previous version as <name>.aidplan.bak when saving over a file', async () => {
    const file = path.join(dir, 'plan.aidplan');
    const first = wuhouBaiyu();
    await savePlanFile(file, first);
    const second = { ...first, title: '第二稿' };
    await savePlanFile(file, second);
    expect((await openPlanFile(file)).title).toBe('第二稿');
    expect((await openPlanFile(`${file}.bak`)).title).toBe(first.title);
    expect((await readdir(dir)).sort()).toEqual(['plan.aidplan', 'plan.aidplan.bak']);
  });

  it('a failed save leaves the file on disk as it was', async () => {
    const file = path.join(dir, 'plan.aidplan');
    await savePlanFile(file, wuhouBaiyu());
    const before = await readFile(file, 'utf8');
    await expect(savePlanFile(path.join(dir, 'no-such-folder', 'x.aidplan'), wuhouBaiyu())).rejects.toThrow(/文件夹“.*no-such-folder”不存在/);
    const bad = { ...wuhouBaiyu(), title: 1n } as unknown as ReturnType<typeof wuhouBaiyu>; // JSON.stringify throws on BigInt
    await expect(savePlanFile(file, bad)).rejects.toThrow();
    expect(await readFile(file, 'utf8')).toBe(before);
    expect((await readdir(dir)).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});

describe('a malformed file is refused with a Chinese message naming what and where', () => {
  const cases: [string, () => string, RegExp][] = [
    ['an empty file', () => '', /文件是空的/],
    ['text that is not JSON', () => '{"format": "aidplan", "version": 1,', /不是有效的 JSON/],
    ['JSON of another program', () => JSON.stringify({ hello: 'world' }), /不是对口帮扶规划文件/],
    ['a file without a version', () => JSON.stringify({ format: 'aidplan', plan: {} }), /格式版本号/],
    ['a newer format version', () => JSON.stringify({ ...sampleText(), version: FORMAT_VERSION + 1 }), /较新版本.*格式版本2.*请升级/],
    [
      'an amount that is a number',
      () => {
        const f = sampleText();
        (f.plan.projects[2]!.byYear as Record<string, unknown>)['2016'] = 200;
        return JSON.stringify(f);
      },
      /第3个项目的“实施年限”（2016年）/,
    ],
    [
      'an amount with three decimals',
      () => {
        const f = sampleText();
        (f.plan.categories[1]!.byYear as Record<string, unknown>)['2017'] = '2827.001';
        return JSON.stringify(f);
      },
      /第2个类别的“年度金额”（2017年）：不是有效金额/,
    ],
    [
      'a missing project name',
      () => {
        const f = sampleText();
        delete f.plan.projects[0]!.name;
        return JSON.stringify(f);
      },
      /第1个项目的“项目名称”/,
    ],
    [
      'a year that is not a year',
      () => {
        const f = sampleText();
        f.plan.projects[4]!.startYear = 218;
        return JSON.stringify(f);
      },
      /第5个项目的“开工年限”：年份应不早于1949/,
    ],
    [
      'a period that ends before it starts',
      () => {
        const f = sampleText();
        f.plan.lastYear = 2010;
        return JSON.stringify(f);
      },
      /“规划期终止年”：规划期起始年（2016年）不能晚于终止年（2010年）/,
    ],
    [
      'two projects with one id',
      () => {
        const f = sampleText();
        f.plan.projects[1]!.id = f.plan.projects[0]!.id;
        return JSON.stringify(f);
      },
      /项目编号重复/,
    ],
    [
      'a unit other than 万元',
      () => {
        const f = sampleText();
        f.plan.unit = '元';
        return JSON.stringify(f);
      },
      /单位应为“万元”/,
    ],
  ];

  it.each(cases)('%s', (_name, make, message) => {
    const result = readPlanFile(make());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('a file with a byte-order mark still opens', () => {
    expect(readPlanFile(`\uFEFF${writePlanFile(wuhouBaiyu())}`).ok).toBe(true);
  });

  it('a file that is not UTF-8, a folder and a missing file each get their own message', async () => {
    const latin = path.join(dir, 'gbk.aidplan');
    await writeFile(latin, Buffer.from([0x7b, 0xb9, 0xe6, 0xbb, 0xae, 0x7d])); // "{规划}" in GBK
    await expect(openPlanFile(latin)).rejects.toThrow(/不是 UTF-8 文本/);
    await mkdir(path.join(dir, 'folder.aidplan'));
    await expect(openPlanFile(path.join(dir, 'folder.aidplan'))).rejects.toThrow(/是文件夹/);
    await expect(openPlanFile(path.join(dir, 'missing.aidplan'))).rejects.toThrow(/找不到文件“missing.aidplan”/);
  });
});
