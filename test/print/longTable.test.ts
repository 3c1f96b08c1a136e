import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computePlan } from '../../shared/engine/planEngine.ts';
import { buildPrintDocument } from '../../shared/print/printDocument.ts';
import { defaultPrintOptions, numberedSections } from '../../shared/print/options.ts';
import { PdfRenderer } from '../../electron/node/pdf/renderPdf.ts';
import { layoutPages, pdfPageSizes, rawPages, savePagePngs, squash } from './support/pdfText.ts';
import { projectContent, projectName, sixtyProjectPlan } from './support/sixtyProjects.ts';

interface Printed {
  raw: string[];
  layout: string[];
  sizes: { width: number; height: number }[];
  pngs: string[];
}

// One browser, one render: every test below reads the same PDF of
// 附件1 资金测算表, 附件2 年度投资和领域安排计划表, 附件3 项目表 (60 projects).
let renderer: PdfRenderer;
let dir: string;
let printed: Printed;
beforeAll(async () => {
  renderer = await PdfRenderer.launch();
  dir = await mkdtemp(path.join(os.tmpdir(), 'aidplan-print-long-'));
  const plan = sixtyProjectPlan();
  const html = buildPrintDocument(plan, computePlan(plan), { ...defaultPrintOptions(), sections: numberedSections(['envelope', 'categories', 'projects']) });
  const file = path.join(dir, 'sixty.pdf');
  await renderer.renderToFile(html, file);
  printed = {
    raw: (await rawPages(file)).map(squash),
    layout: await layoutPages(file),
    sizes: await pdfPageSizes(file),
    pngs: await savePagePngs(file, 'sixty-projects'),
  };
});
afterAll(async () => {
  await renderer?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

// The project table is 附件3 and starts on page 3 (checked below), after two one-page annexes.
const projectPages = () => printed.raw.map((text, i) => ({ text, number: i + 1 })).filter((p) => p.number >= 3);

describe('a 60-project plan printed with its other annexes', () => {
  it('runs the project table over several landscape pages after two portrait pages', () => {
    expect(printed.sizes.length).toBeGreaterThanOrEqual(5);
    expect(printed.sizes.slice(0, 2).every((s) => s.height > s.width)).toBe(true);
    expect(printed.sizes.slice(2).every((s) => s.width > s.height)).toBe(true);
    expect(printed.pngs).toHaveLength(printed.sizes.length);
  });

  it('starts each annex on its own page with its 附件 label: 附件1 on page 1, 附件2 on page 2, 附件3 on page 3 only', () => {
    const pagesWith = (label: string) => printed.raw.flatMap((t, i) => (t.includes(label) ? [i + 1] : []));
    expect(pagesWith('附件1')).toEqual([1]);
    expect(pagesWith('附件2')).toEqual([2]);
    expect(pagesWith('附件3')).toEqual([3]);
  });

  it('repeats the whole two-row header of the project table on every page it runs over', () => {
    const headers = [
      '序号',
      '项目类别',
      '开工年限',
      '竣工年限',
      '项目名称',
      '主要建设内容及规模',
      '估算总投资',
      '援建资金',
      '实施年限',
      '2016年',
      '2017年',
      '2018年',
      '2019年',
      '2020年',
      '责任单位',
    ];
    const pages = projectPages();
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) for (const h of headers) expect(page.text, `page ${page.number}: ${h}`).toContain(h);
  });

  it('never splits a row: each project name and its whole content text are on exactly one page, in order', () => {
    let lastPage = 0;
    for (let i = 0; i < 60; i++) {
      const withName = printed.raw.flatMap((t, p) => (t.includes(projectName(i)) ? [p + 1] : []));
      const withContent = printed.raw.flatMap((t, p) => (t.includes(squash(projectContent(i))) ? [p + 1] : []));
      expect(withName, projectName(i)).toHaveLength(1);
      expect(withContent, projectName(i)).toEqual(withName);
      expect(withName[0]!).toBeGreaterThanOrEqual(lastPage);
      lastPage = withName[0]!;
    }
  });

  it('numbers the pages "— 1 —", "— 2 —"… in 宋体 running on across the annexes, odd pages on the right and even on the left', () => {
    printed.layout.forEach((page, i) => {
      const n = i + 1;
      const line = page.split('\n').find((l) => new RegExp(`—\\s*${n}\\s*—`).test(l));
      expect(line, `page ${n}`).toBeDefined();
      const at = line!.indexOf('—');
      // pdftotext -layout keeps horizontal position: right-hand numbers sit far from the left edge.
      if (n % 2 === 1) expect(at, `page ${n}`).toBeGreaterThan(40);
      else expect(at, `page ${n}`).toBeLessThan(10);
      // The number belongs to this page only.
      expect(squash(page).includes(`—${n + 1}—`)).toBe(false);
    });
  });

  it('says the funding source all 60 projects share once, in a note after the table, instead of a column', () => {
    const all = printed.raw.join('');
    expect(all).not.toContain('资金来源责任单位');
    expect(all.split('注：各项目资金来源均为武侯区上年度一般公共预算收入的0.5%帮扶资金。')).toHaveLength(2);
  });

  it('prints the 合计 of all 60 projects once, on the first page of the table', () => {
    const withTotal = projectPages().filter((p) => p.text.includes('合计60个项目'));
    expect(withTotal.map((p) => p.number)).toEqual([3]);
  });
});
