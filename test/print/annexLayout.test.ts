import { describe, expect, it } from 'vitest';
import { computePlan } from '../../shared/engine/planEngine.ts';
import { SAMPLES } from '../../shared/samples/index.ts';
import { buildPrintDocument } from '../../shared/print/printDocument.ts';
import { defaultPrintOptions, numberedSections, readPrintOptions, type PrintOptions } from '../../shared/print/options.ts';
import { annexTitle } from '../../shared/print/titles.ts';
import { breakTitle } from '../../shared/print/titleLines.ts';
import { CELL_EXTRA_MM, PT_TO_MM, contentWidthMm, textEm } from '../../shared/print/layout.ts';
import { isEmptyAnnex, printedSections } from '../../shared/print/emptyAnnexes.ts';
import { projectContent, sixtyAidProjectPlan } from './support/sixtyProjects.ts';

const wuhou = SAMPLES['wuhou-baiyu-2016-2020']();

/** The <col> widths (mm) and font size (pt) of the printed table with this class. */
function columnsOf(html: string, table: string): { widths: number[]; fontPt: number } {
  const open = new RegExp(`<table class="grid ${table}" style="font-size:([\\d.]+)pt[^"]*"><colgroup>(.*?)</colgroup>`).exec(html);
  if (!open) throw new Error(`no ${table} table`);
  return { fontPt: Number(open[1]), widths: [...open[2]!.matchAll(/width:([\d.]+)mm/g)].map((m) => Number(m[1])) };
}

/** Width (mm) a text needs on one line at a font size, with the cell's padding. */
const oneLineMm = (text: string, fontPt: number) => textEm(text) * fontPt * PT_TO_MM + CELL_EXTRA_MM;

describe('column widths of the printed tables come from their content', () => {
  const plan = sixtyAidProjectPlan();
  const html = buildPrintDocument(plan, computePlan(plan), { ...defaultPrintOptions(), sections: numberedSections(['categories', 'projects']) });

  it('keeps a 7-character name such as «第1号帮扶项目» (and «第60号帮扶项目») on one line, and gives 主要建设内容 the widest column', () => {
    const { widths, fontPt } = columnsOf(html, 'projects');
    // 序号, 项目类别, 开工年限, 竣工年限, 项目名称, 主要建设内容及规模, …
    const name = widths[4]!;
    const content = widths[5]!;
    expect(name).toBeGreaterThanOrEqual(oneLineMm('第60号帮扶项目', fontPt) - 1e-6);
    expect(content).toBe(Math.max(...widths));
    expect(content).toBeGreaterThan(2 * name);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(contentWidthMm('landscape'), 1);
  });

  it('sizes each amount column by its own figures: a year column is narrower than 估算总投资 with its 121,770.00', () => {
    const { widths } = columnsOf(html, 'projects');
    // 估算总投资 (6), 援建资金 (7), 2016年…2020年 (8–12)
    expect(widths[8]!).toBeLessThan(widths[6]!);
  });

  it('keeps every category name of the category table, 基础设施建设 too, on one line', () => {
    const { widths, fontPt } = columnsOf(html, 'categories');
    expect(widths[0]!).toBeGreaterThanOrEqual(oneLineMm('基础设施建设', fontPt) - 1e-6);
  });

  it('still lets a long content text wrap: its column is narrower than the text', () => {
    const { widths, fontPt } = columnsOf(html, 'projects');
    expect(widths[5]!).toBeLessThan(oneLineMm(projectContent(0), fontPt));
  });
});

describe('titles break at a sensible place', () => {
  const names = [wuhou.donor, ...wuhou.recipients.map((r) => r.name)];
  const portrait = contentWidthMm('portrait');

  it('keeps a title that fits on one line', () => {
    expect(breakTitle('成都市武侯区对口帮扶白玉县规划项目表', contentWidthMm('landscape'), 20, names)).toEqual({
      lines: ['成都市武侯区对口帮扶白玉县规划项目表'],
      fontPt: 20,
    });
  });

  it('breaks between the plan and the table name: «成都市武侯区对口帮扶白玉县规划» / «年度投资和领域安排计划表»', () => {
    expect(breakTitle(annexTitle(wuhou, 'categories'), portrait, 22, names).lines).toEqual(['成都市武侯区对口帮扶白玉县规划', '年度投资和领域安排计划表']);
  });

  it('never leaves one character alone on a line, nor breaks inside a word such as 计划表', () => {
    const titles = [
      '成都市武侯区对口帮扶白玉县2021年项目资金安排计划表',
      '成都市武侯区对口帮扶白玉县2021年项目资金安排计划项目表',
      '龙泉驿区2020年对口帮扶甘孜县项目及投资安排表',
      '成都市武侯区对口帮扶白玉县规划帮扶资金测算表',
      '某某县东西部扶贫协作2021年度项目资金安排计划表',
    ];
    for (const title of titles) {
      const { lines } = breakTitle(title, portrait, 22, names);
      expect(lines.join(''), title).toBe(title);
      expect(lines.length, title).toBe(2);
      for (const line of lines) expect([...line].length, `${title}: ${line}`).toBeGreaterThanOrEqual(3);
      expect(lines[1], title).not.toBe('表');
      expect(lines[0]!.endsWith('计划') && lines[1]!.startsWith('表'), title).toBe(false);
    }
  });

  it('shrinks the font slightly when no break between words fits both lines', () => {
    const title = '成都市武侯区对口帮扶白玉县项目资金安排年度投资和领域安排计划表';
    const set = breakTitle(title, 120, 22, names);
    expect(set.fontPt).toBeLessThan(22);
    expect(set.fontPt).toBeGreaterThanOrEqual(22 * 0.8);
    for (const line of set.lines) expect(textEm(line) * set.fontPt * PT_TO_MM).toBeLessThanOrEqual(120);
  });

  it('prints a broken title as two unbreakable lines', () => {
    const html = buildPrintDocument(wuhou, computePlan(wuhou));
    expect(html).toContain('<span class="title-line">成都市武侯区对口帮扶白玉县规划</span><span class="title-line">年度投资和领域安排计划表</span>');
  });
});

describe('derived titles have no doubled words or stray punctuation', () => {
  const titled = (title: string) => ({ ...wuhou, title });

  it('does not repeat 项目表 for a plan titled as its project table', () => {
    expect(annexTitle(titled('成都市武侯区对口帮扶白玉县规划项目表'), 'projects')).toBe('成都市武侯区对口帮扶白玉县规划项目表');
    expect(annexTitle(titled('成都市武侯区对口帮扶白玉县规划项目表'), 'categories')).toBe('成都市武侯区对口帮扶白玉县规划年度投资和领域安排计划表');
    expect(annexTitle(titled('成都市武侯区对口帮扶白玉县规划项目'), 'projects')).toBe('成都市武侯区对口帮扶白玉县规划项目表');
  });

  it('says the words a title ends with once when the table name starts with them', () => {
    expect(annexTitle(titled('某区2021年度投资和领域安排计划'), 'categories')).toBe('某区2021年度投资和领域安排计划表');
    expect(annexTitle(titled('某区对口帮扶某县2013年项目'), 'progress')).toBe('某区对口帮扶某县2013年项目进度表');
  });

  it('drops book-title marks, quotes and punctuation around the plan title', () => {
    expect(annexTitle(titled('《成都市武侯区对口帮扶白玉县规划（2016—2020年）》：'), 'categories')).toBe(
      '成都市武侯区对口帮扶白玉县规划年度投资和领域安排计划表',
    );
    expect(annexTitle(titled(' “某区对口帮扶某县规划”、'), 'envelope')).toBe('某区对口帮扶某县规划帮扶资金测算表');
  });
});

describe('empty annexes are left out unless asked for', () => {
  const empty = { ...wuhou, projects: [] };
  const results = computePlan(empty);

  it('knows a project table without projects is empty, and the 资金测算表 never is', () => {
    expect(isEmptyAnnex(empty, results, 'projects')).toBe(true);
    expect(isEmptyAnnex(empty, results, 'progress')).toBe(true);
    expect(isEmptyAnnex(empty, results, 'categories')).toBe(false);
    expect(isEmptyAnnex(empty, results, 'envelope')).toBe(false);
    expect(isEmptyAnnex(wuhou, computePlan(wuhou), 'projects')).toBe(false);
  });

  it('prints no «0个项目» annex by default, and the annexes after it move up', () => {
    const options: PrintOptions = { ...defaultPrintOptions(), sections: numberedSections(['projects', 'categories', 'envelope']) };
    const html = buildPrintDocument(empty, results, options);
    expect(html).not.toContain('0个项目');
    expect(html).not.toContain('data-table="projects"');
    expect(printedSections(empty, results, options)).toEqual({
      printed: [
        { key: 'categories', annex: 1 },
        { key: 'envelope', annex: 2 },
      ],
      leftOut: ['projects'],
    });
  });

  it('prints it when asked for, as 附件 numbered by the user', () => {
    const options: PrintOptions = { ...defaultPrintOptions(), includeEmpty: true };
    const html = buildPrintDocument(empty, results, options);
    expect(html).toContain('0个项目');
    expect(html).toContain('附件2');
  });

  it('says so when every chosen annex is empty', () => {
    const html = buildPrintDocument(empty, results, { ...defaultPrintOptions(), sections: numberedSections(['projects']) });
    expect(html).toContain('所选表格都没有内容');
  });

  it('accepts includeEmpty over IPC only as true or false', () => {
    const base = { sections: [{ key: 'projects', annex: 1 }], projectTotalRow: 'top', titles: {} };
    expect(readPrintOptions({ ...base, includeEmpty: true })?.includeEmpty).toBe(true);
    expect(readPrintOptions({ ...base, includeEmpty: 'yes' })).toBeNull();
    expect(readPrintOptions(base)?.includeEmpty).toBeUndefined();
  });
});
