import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptCalls, type CallEntry } from '../../electron/node/callEntry.ts';
import { createExchangeHandlers, type ExchangeCall, type ExchangeDialogs } from '../../electron/node/exchangeHandlers.ts';
import { DocumentSession } from '../../electron/node/documentSession.ts';
import { PdfRenderer } from '../../electron/node/pdf/renderPdf.ts';
import { writePlanFile } from '../../shared/file/planFile.ts';
import { defaultPrintOptions } from '../../shared/print/options.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';
import { longquanyiGanzi } from '../../shared/samples/longquanyiGanzi.ts';
import { fixturePath } from '../support/fixtures.ts';

let dir: string;
let renderer: PdfRenderer;
const answers: { file: string | null; folder: string | null; asked: string[] } = { file: null, folder: null, asked: [] };
const dialogs: ExchangeDialogs = {
  chooseImportFile: async () => (answers.asked.push('import'), answers.file),
  chooseCompareFile: async () => (answers.asked.push('compare'), answers.file),
  chooseExportFile: async (name, kind) => (answers.asked.push(`export:${kind}:${name}`), answers.file),
  chooseFolder: async () => (answers.asked.push('folder'), answers.folder),
};
const printed: string[] = [];
/** Called as the renderer calls them: through the call entry, which checks the arguments. */
let handlers: CallEntry<ExchangeCall>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-exchange-'));
  renderer = await PdfRenderer.launch();
  handlers = acceptCalls(
    createExchangeHandlers({
      dialogs,
      session: new DocumentSession(),
      print: { pdfBytes: (html) => renderer.render(html), print: async (html) => (printed.push(html), { printed: true }) },
    }),
  );
});
afterAll(async () => renderer.close());

describe('the exchange calls behind 文件 menu items', () => {
  it('导入Excel first analyses a partner workbook (report and category guesses), then opens it as a new unsaved plan with the choices accepted', async () => {
    answers.file = fixturePath('wuhou-baiyu-2016-2020.xlsx');
    const analysis = (await handlers.importWorkbook())!;
    expect(analysis.report.entries.some((e) => e.kind === 'suggestion' && e.place === '规划项目表!B5')).toBe(true);
    expect(analysis.report.decisions.map((d) => d.text)).toEqual(['民生社保项目', '加快产业优化升级', '人才队伍建设']);
    const doc = await handlers.acceptImport({ 'category:3': { kind: 'newCategory' } });
    expect(doc.filePath).toBeNull();
    expect(doc.plan.categories.map((c) => c.name)).toEqual(['产业优化', '民生改善', '基础设施建设', '人才培养', '社会管理', '人才队伍建设']);
    expect(doc.plan.categories[1]!.aliases).toEqual(['民生社保项目']);
    expect(doc.notes.join('')).toMatch(/^已导入“wuhou-baiyu-2016-2020\.xlsx”：6个类别、8个项目。/);
    // Accepted once: a second accept has nothing to build.
    await expect(handlers.acceptImport({})).rejects.toThrow('没有待接受的导入');
  });

  it('导出Excel writes the workbook where the dialog says, adding .xlsx', async () => {
    answers.file = path.join(dir, '武侯');
    const result = await handlers.exportWorkbook(wuhouBaiyu());
    expect(result).toEqual({ saved: true, filePath: path.join(dir, '武侯.xlsx'), displayName: '武侯.xlsx' });
    expect(answers.asked.at(-1)).toBe('export:xlsx:成都市武侯区对口帮扶白玉县规划（2016—2020年）.xlsx');
    expect((await readFile(path.join(dir, '武侯.xlsx'))).subarray(0, 2).toString()).toBe('PK');
  });

  it('导出PDF renders the print document to a real PDF whose text has the annexes', async () => {
    answers.file = path.join(dir, '附件.pdf');
    expect((await handlers.exportPdf(wuhouBaiyu(), defaultPrintOptions())).saved).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, '附件.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('附件1');
    expect(text).toContain('单位：万元');
    expect(text).toContain('附件2'); // the project table, whose names wrap in their narrow column
    expect(text).toContain('11,700.00');
  });

  it('打印 hands the same print document to the printer', async () => {
    expect(await handlers.printPlan(longquanyiGanzi(), defaultPrintOptions())).toEqual({ printed: true });
    expect(printed.at(-1)).toContain('龙泉驿区2020年对口帮扶甘孜县项目及投资安排表');
  });

  it('a cancelled dialog writes nothing, and bad arguments are refused before any dialog', async () => {
    answers.file = null;
    expect(await handlers.exportWorkbook(wuhouBaiyu())).toEqual({ saved: false });
    const asked = answers.asked.length;
    await expect(handlers.exportPdf({ title: 1 }, defaultPrintOptions())).rejects.toThrow('规划数据无效');
    await expect(handlers.exportPdf(wuhouBaiyu(), { sections: 'all' })).rejects.toThrow('打印选项无效');
    expect(answers.asked.length).toBe(asked);
  });

  it('比较修改稿 opens a revised draft without making it the document', async () => {
    const file = path.join(dir, '修改稿.aidplan');
    await writeFile(file, writePlanFile({ ...wuhouBaiyu(), title: '修改稿' }));
    answers.file = file;
    expect(await handlers.openForCompare()).toMatchObject({ name: '修改稿.aidplan', plan: { title: '修改稿' } });
  });

  it('汇总 sums a folder, lists what it cannot read, and exports the summary', async () => {
    const folder = path.join(dir, '各结对');
    await mkdir(folder);
    await writeFile(path.join(folder, 'a.aidplan'), writePlanFile(wuhouBaiyu()));
    await writeFile(path.join(folder, 'b.aidplan'), writePlanFile(longquanyiGanzi()));
    await writeFile(path.join(folder, 'c.aidplan'), 'not a plan');
    answers.folder = folder;
    const data = (await handlers.consolidateFolder())!;
    expect(data.grandTotal).toBe('18563.54');
    expect(data.pairings.map((p) => p.label)).toEqual(['成都市武侯区 → 白玉县', '成都市龙泉驿区 → 甘孜县']);
    expect(data.failures.map((f) => f.source)).toEqual(['c.aidplan']);
    answers.file = path.join(dir, '汇总.xlsx');
    expect((await handlers.exportConsolidation()).saved).toBe(true);
    expect((await stat(path.join(dir, '汇总.xlsx'))).size).toBeGreaterThan(1000);
  });
});
