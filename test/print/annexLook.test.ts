import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computePlan } from '../../shared/engine/planEngine.ts';
import { SAMPLES } from '../../shared/samples/index.ts';
import { buildPrintDocument } from '../../shared/print/printDocument.ts';
import { defaultPrintOptions, numberedSections, type PrintOptions } from '../../shared/print/options.ts';
import { PdfRenderer } from '../../electron/node/pdf/renderPdf.ts';
import { layoutPages, pdfPageSizes, rawPages, savePagePngs, squash } from './support/pdfText.ts';
import { aidProjectName, sixtyAidProjectPlan } from './support/sixtyProjects.ts';

// One browser; the 60-project plan printed once (附件1 资金测算表, 附件2 年度投资和领域安排计划表, 附件3 项目表).
let renderer: PdfRenderer;
let dir: string;
let raw: string[];
let layout: string[];
beforeAll(async () => {
  renderer = await PdfRenderer.launch();
  dir = await mkdtemp(path.join(os.tmpdir(), 'aidplan-print-look-'));
  const plan = sixtyAidProjectPlan();
  const file = path.join(dir, 'look.pdf');
  await renderer.renderToFile(
    buildPrintDocument(plan, computePlan(plan), { ...defaultPrintOptions(), sections: numberedSections(['envelope', 'categories', 'projects']) }),
    file,
  );
  raw = await rawPages(file);
  layout = await layoutPages(file);
  expect((await savePagePngs(file, 'sixty-aid-projects')).length).toBe(raw.length);
});
afterAll(async () => {
  await renderer?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The lines of a page's text that hold CJK characters, trimmed. */
const cjkLines = (page: string) =>
  page
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /[\u4e00-\u9fff]/.test(l));

describe('the annexes of a 60-project plan on paper', () => {
  it('print every name «第N号帮扶项目» whole on one line of its cell', () => {
    const lines = raw.flatMap((page) => page.split('\n'));
    for (let i = 0; i < 60; i++)
      expect(
        lines.some((l) => l.includes(aidProjectName(i))),
        aidProjectName(i),
      ).toBe(true);
  });

  it('break the long titles between the plan and the table name, never leaving one character alone', () => {
    const titles = [
      ['成都市武侯区对口帮扶白玉县2021年项目资金安排计划帮扶资金测算表', 0],
      ['成都市武侯区对口帮扶白玉县2021年项目资金安排计划年度投资和领域安排计划表', 1],
    ] as const;
    for (const [title, page] of titles) {
      const lines = cjkLines(layout[page]!);
      const at = lines.findIndex((l) => title.startsWith(squash(l)) && squash(l).length > 4);
      expect(at, title).toBeGreaterThanOrEqual(0);
      const first = squash(lines[at]!);
      const second = squash(lines[at + 1]!);
      expect(first + second, title).toBe(title);
      expect(Math.min([...first].length, [...second].length), title).toBeGreaterThan(4);
    }
  });

  it('print the project table title of the wide page on one line', () => {
    expect(cjkLines(layout[2]!).map(squash)).toContain('成都市武侯区对口帮扶白玉县2021年项目资金安排计划项目表');
  });
});

describe('an empty annex on paper', () => {
  const empty = { ...SAMPLES['wuhou-baiyu-2016-2020'](), projects: [] };

  it('is left out by default: the plan without projects prints its category table alone, 附件1', async () => {
    const file = path.join(dir, 'empty.pdf');
    await renderer.renderToFile(buildPrintDocument(empty, computePlan(empty)), file);
    const pages = (await rawPages(file)).map(squash);
    expect(await pdfPageSizes(file)).toHaveLength(1);
    expect(pages[0]).toContain('附件1');
    expect(pages[0]).not.toContain('0个项目');
  });

  it('prints when asked for', async () => {
    const file = path.join(dir, 'empty-asked.pdf');
    const options: PrintOptions = { ...defaultPrintOptions(), includeEmpty: true };
    await renderer.renderToFile(buildPrintDocument(empty, computePlan(empty), options), file);
    const pages = (await rawPages(file)).map(squash);
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain('0个项目');
  });
});
