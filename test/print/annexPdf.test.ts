import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computePlan } from '../../shared/engine/planEngine.ts';
import { SAMPLES } from '../../shared/samples/index.ts';
import { buildPrintDocument } from '../../shared/print/printDocument.ts';
import { annexTitle } from '../../shared/print/titles.ts';
import { defaultPrintOptions, type PrintOptions, type PrintTableKey } from '../../shared/print/options.ts';
import { PdfRenderer } from '../../electron/node/pdf/renderPdf.ts';
import { layoutPages, pdfPageSizes, rawPages, savePagePngs, squash } from './support/pdfText.ts';

// One browser for the whole file: launching Chromium is the slow part.
let renderer: PdfRenderer;
let dir: string;
beforeAll(async () => {
  renderer = await PdfRenderer.launch();
  dir = await mkdtemp(path.join(os.tmpdir(), 'aidplan-print-'));
});
afterAll(async () => {
  await renderer?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const wuhou = SAMPLES['wuhou-baiyu-2016-2020']();

async function renderAnnex(plan: typeof wuhou, key: PrintTableKey, annex: number, extra: Partial<PrintOptions> = {}) {
  const options: PrintOptions = { ...defaultPrintOptions(), sections: [{ key, annex }], ...extra };
  const html = buildPrintDocument(plan, computePlan(plan), options);
  const file = path.join(dir, `${key}-${annex}.pdf`);
  await renderer.renderToFile(html, file);
  return { file, raw: (await rawPages(file)).map(squash), layout: await layoutPages(file), sizes: await pdfPageSizes(file) };
}

const A4_PORTRAIT = { width: 595, height: 842 };
const isPortrait = (s: { width: number; height: number }) => Math.abs(s.width - A4_PORTRAIT.width) < 2 && Math.abs(s.height - A4_PORTRAIT.height) < 2;
const isLandscape = (s: { width: number; height: number }) => Math.abs(s.width - A4_PORTRAIT.height) < 2 && Math.abs(s.height - A4_PORTRAIT.width) < 2;

describe('each annex of the wuhou sample printed alone', () => {
  it('the 资金测算表 prints 附件1, its title, 单位：万元, every header, each year and 合计 on one A4 portrait page', async () => {
    const { file, raw, sizes } = await renderAnnex(wuhou, 'envelope', 1);
    expect(sizes).toHaveLength(1);
    expect(isPortrait(sizes[0]!)).toBe(true);
    const page = raw[0]!;
    for (const text of [
      '附件1',
      squash(annexTitle(wuhou, 'envelope')),
      '单位：万元',
      '年度',
      '上年度一般公共预算收入',
      '按0.5%测算',
      '追加资金',
      '测算资金',
      '规划安排资金',
      '差额',
      '合计',
    ]) {
      expect(page).toContain(text);
    }
    // The rule's money and the plan's (《武侯区对口帮扶白玉县规划（2016—2020年）》), and their totals.
    for (const text of ['2,717.00', '2,852.85', '2,995.49', '3,145.27', '3,302.53', '15,013.14', '15,000.00', '-13.14', '543,400.00'])
      expect(page).toContain(text);
    expect(await savePagePngs(file, 'wuhou-envelope')).toHaveLength(1);
  });

  it('the 年度投资和领域安排计划表 prints every category, year, 合计 and the shares adding to 100.00%', async () => {
    const { file, raw, sizes } = await renderAnnex(wuhou, 'categories', 2);
    expect(sizes).toHaveLength(1);
    expect(isPortrait(sizes[0]!)).toBe(true);
    const page = raw[0]!;
    expect(page.startsWith('附件2') || page.includes('附件2')).toBe(true);
    for (const text of [squash(annexTitle(wuhou, 'categories')), '单位：万元', '年度', '类别', '2016年', '2020年', '合计', '占比'])
      expect(page).toContain(text);
    for (const text of [
      '产业优化',
      '民生改善',
      '基础设施建设',
      '人才培养',
      '社会管理',
      '8.67%',
      '78.00%',
      '12.33%',
      '0.67%',
      '0.33%',
      '100.00%',
      '11,700.00',
      '15,000.00',
    ]) {
      expect(page).toContain(text);
    }
    expect(await savePagePngs(file, 'wuhou-categories')).toHaveLength(1);
  });

  it('the 项目表 prints on landscape A4 with the two-row 实施年限 header, the 合计 row right under it and all 8 projects', async () => {
    const { file, raw, layout, sizes } = await renderAnnex(wuhou, 'projects', 3);
    expect(sizes.length).toBeGreaterThanOrEqual(1);
    expect(sizes.every(isLandscape)).toBe(true);
    const first = raw[0]!;
    for (const text of ['附件3', '成都市武侯区对口帮扶白玉县规划项目表', '单位：万元']) expect(first).toContain(text);
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
      '资金来源',
      '责任单位',
      '备注',
    ];
    raw.forEach((page) => headers.forEach((h) => expect(page).toContain(h)));
    // 合计 comes before the first project, with the plan's totals.
    expect(first.indexOf('合计')).toBeLessThan(first.indexOf('白玉县农村危房改造'));
    expect(first).toContain('合计8个项目16,200.0015,000.002,700.002,852.002,995.003,145.003,308.00');
    const all = raw.join('');
    for (const p of wuhou.projects) expect(all).toContain(squash(p.name));
    // Amounts are right-aligned: in the layout text, the year totals end where the column ends, whatever their length.
    const totalLine = layout[0]!.split('\n').find((l) => l.startsWith('合计'))!;
    expect(totalLine).toMatch(/16,200\.00\s+15,000\.00\s+2,700\.00/);
    expect(await savePagePngs(file, 'wuhou-projects')).toHaveLength(sizes.length);
  });

  it('the chart page prints 项目投资结构 with every category share and the yearly money against the envelope', async () => {
    const { file, raw, sizes } = await renderAnnex(wuhou, 'charts', 4);
    expect(sizes).toHaveLength(1);
    const page = raw[0]!;
    for (const text of ['附件4', '项目投资结构', '年度资金安排与测算资金', '78.00%', '8.67%', '12.33%', '民生改善', '2016年', '2020年', '测算资金（按规则）'])
      expect(page).toContain(text);
    expect(await savePagePngs(file, 'wuhou-charts')).toHaveLength(1);
  });
});

describe('page numbers after a main document', () => {
  it('start at the chosen number and keep odd numbers right, even numbers left', async () => {
    // Three annexes, three pages at least (the 8-project table fits one landscape page).
    const options: PrintOptions = {
      ...defaultPrintOptions(),
      sections: [
        { key: 'envelope', annex: 1 },
        { key: 'categories', annex: 2 },
        { key: 'projects', annex: 3 },
      ],
      firstPageNumber: 6,
    };
    const file = path.join(dir, 'from-six.pdf');
    await renderer.renderToFile(buildPrintDocument(wuhou, computePlan(wuhou), options), file);
    const layout = await layoutPages(file);
    expect(layout.length).toBeGreaterThanOrEqual(3);
    layout.forEach((page, i) => {
      const n = 6 + i;
      const line = page.split('\n').find((l) => new RegExp(`—\\s*${n}\\s*—`).test(l));
      expect(line, `page ${n}`).toBeDefined();
      const at = line!.indexOf('—');
      if (n % 2 === 1) expect(at, `page ${n}`).toBeGreaterThan(40);
      else expect(at, `page ${n}`).toBeLessThan(10);
    });
  });
});

describe('the longquanyi sample (《龙泉驿区2020年对口帮扶甘孜县工作要点》) printed like its 项目及投资安排表', () => {
  it('keeps its own title, the single 2020年计划投资 column, multi-line units and the 合计 of 11 projects, 3,563.54, at the end', async () => {
    const plan = SAMPLES['longquanyi-ganzi-2020']();
    const { file, raw, sizes } = await renderAnnex(plan, 'projects', 1, { projectTotalRow: 'bottom' });
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    const all = raw.join('');
    expect(raw[0]).toContain('龙泉驿区2020年对口帮扶甘孜县项目及投资安排表');
    raw.forEach((page) =>
      ['序号', '项目名称', '建设规模及内容', '2020年计划投资', '资金来源', '责任单位', '完成时限'].forEach((h) => expect(page).toContain(h)),
    );
    expect(raw[raw.length - 1]).toContain('合计11个项目3,563.54');
    expect(all.indexOf('合计')).toBeGreaterThan(all.indexOf('基础设施建设'));
    expect(all).toContain('233.54');
    expect(all).toContain('2,120.00');
    // 社会力量帮扶 has no aid money: its amount cell is blank, not 0.00.
    expect(all).not.toContain('0.00自筹');
    const pngs = await savePagePngs(file, 'longquanyi-projects');
    expect(pngs).toHaveLength(sizes.length);
    for (const png of pngs) expect((await stat(png)).size).toBeGreaterThan(5_000);
  });
});
