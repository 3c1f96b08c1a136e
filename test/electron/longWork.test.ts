import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptCalls } from '../../electron/node/callEntry.ts';
import { createExchangeHandlers } from '../../electron/node/exchangeHandlers.ts';
import { DocumentSession } from '../../electron/node/documentSession.ts';
import { LongWork } from '../../electron/node/longWork.ts';
import { writePlanFile } from '../../shared/file/planFile.ts';
import type { WorkProgress } from '../../shared/ipc.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';
import { defaultPrintOptions } from '../../shared/print/options.ts';
import { fixturePath } from '../support/fixtures.ts';

const FILES = 12;
let folder: string;

beforeAll(async () => {
  folder = path.join(await mkdtemp(path.join(tmpdir(), 'aidplan-work-')), '各结对规划');
  await mkdir(folder);
  for (let i = 1; i <= FILES; i++) await writeFile(path.join(folder, `规划${String(i).padStart(2, '0')}.aidplan`), writePlanFile(wuhouBaiyu()));
});

/** The exchange handlers over real files, with progress recorded and 取消 pressed when `cancelAt` files are read. */
function setup(exportFile: string | null = null, importFile: string | null = null) {
  const events: (WorkProgress | null)[] = [];
  const state = { cancelAt: -1 };
  const work: LongWork = new LongWork((p) => {
    events.push(p);
    if (p && p.done === state.cancelAt) work.cancel();
  });
  const handlers = acceptCalls(
    createExchangeHandlers({
      dialogs: {
        chooseImportFile: async () => importFile,
        chooseCompareFile: async () => null,
        chooseExportFile: async () => exportFile,
        chooseFolder: async () => folder,
      },
      session: new DocumentSession(),
      print: { pdfBytes: async () => new TextEncoder().encode('%PDF-1.7 stand-in'), print: async () => ({ printed: true }) },
      work,
    }),
  );
  return { handlers, events, state, work };
}

describe('long work: progress and 取消', () => {
  it('汇总 of a folder reports each file read, from 0 to all of them, then the end', async () => {
    const { handlers, events } = setup();
    const data = await handlers.consolidateFolder();
    expect(data).not.toBeNull();
    expect(events[0]).toEqual({ title: '正在汇总', done: 0, total: 0 });
    expect(events.filter((e) => e && e.total === FILES).map((e) => e!.done)).toEqual([...Array(FILES + 1).keys()]);
    expect(events.at(-1)).toBeNull();
  });

  it('取消 after three files stops the 汇总: no result, a Chinese reason, the bar ends, and the next 汇总 runs again', async () => {
    const { handlers, events, state, work } = setup();
    state.cancelAt = 3;
    await expect(handlers.consolidateFolder()).rejects.toThrow('已取消汇总，没有生成汇总结果');
    // Stopped at the fourth file: no progress past 3 was reported.
    expect(Math.max(...events.map((e) => e?.done ?? 0))).toBe(3);
    expect(events.at(-1)).toBeNull();
    expect(work.busy).toBe(false);
    state.cancelAt = -1;
    expect(await handlers.consolidateFolder()).not.toBeNull();
  });

  it('a cancelled 导出汇总表 leaves the file that was there untouched', async () => {
    const target = path.join(path.dirname(folder), '汇总.xlsx');
    await writeFile(target, 'the earlier summary');
    const { handlers, state } = setup(target);
    await handlers.consolidateFolder();
    state.cancelAt = FILES - 1;
    await expect(handlers.exportConsolidation()).rejects.toThrow('已取消导出汇总表，没有写入文件');
    expect(await readFile(target, 'utf8')).toBe('the earlier summary');
    // Not cancelled, the same call writes a real workbook over it.
    state.cancelAt = -1;
    expect(await handlers.exportConsolidation()).toMatchObject({ saved: true, filePath: target });
    expect((await readFile(target)).subarray(0, 2).toString()).toBe('PK');
  });

  it('a cancelled export to a new file creates no file at all', async () => {
    const target = path.join(path.dirname(folder), '新汇总.xlsx');
    const { handlers, state } = setup(target);
    await handlers.consolidateFolder();
    state.cancelAt = 0;
    await expect(handlers.exportConsolidation()).rejects.toThrow('已取消');
    expect(existsSync(target)).toBe(false);
  });

  it('one long task at a time: a second is refused while the first runs', async () => {
    const work = new LongWork();
    let release = () => undefined as void;
    const first = work.run('正在汇总', '已取消', () => new Promise<void>((resolve) => (release = resolve)));
    await expect(work.run('正在汇总', '已取消', async () => 1)).rejects.toThrow('另一项工作正在进行');
    release();
    await first;
    expect(await work.run('正在汇总', '已取消', async () => 2)).toBe(2);
  });

  it('导入Excel, 导出Excel and 导出PDF show a bar while they run; cancelled, they change and write nothing', async () => {
    const dir = path.dirname(folder);
    const imported = setup(null, fixturePath('wuhou-baiyu-2016-2020.xlsx'));
    imported.state.cancelAt = 0;
    await expect(imported.handlers.importWorkbook()).rejects.toThrow('已取消导入，当前规划没有改变');
    expect(imported.events[0]).toEqual({ title: '正在导入Excel', done: 0, total: 0 });
    expect(imported.events.at(-1)).toBeNull();
    imported.state.cancelAt = -1;
    expect((await imported.handlers.importWorkbook())?.plan.projects).toHaveLength(8);

    const xlsx = path.join(dir, '导出.xlsx');
    const exported = setup(xlsx);
    exported.state.cancelAt = 0;
    await expect(exported.handlers.exportWorkbook(wuhouBaiyu())).rejects.toThrow('已取消导出Excel，没有写入文件');
    expect(existsSync(xlsx)).toBe(false);
    exported.state.cancelAt = -1;
    await exported.handlers.exportWorkbook(wuhouBaiyu());
    expect(existsSync(xlsx)).toBe(true);

    const pdf = path.join(dir, '导出.pdf');
    await writeFile(pdf, 'the earlier PDF');
    const printed = setup(pdf);
    printed.state.cancelAt = 0;
    await expect(printed.handlers.exportPdf(wuhouBaiyu(), defaultPrintOptions())).rejects.toThrow('已取消导出PDF，没有写入文件');
    expect(await readFile(pdf, 'utf8')).toBe('the earlier PDF');
  });
});
