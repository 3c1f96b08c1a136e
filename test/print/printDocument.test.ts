import { describe, expect, it } from 'vitest';
import { computePlan } from '../../shared/engine/planEngine.ts';
import { SAMPLES } from '../../shared/samples/index.ts';
import { buildPrintDocument } from '../../shared/print/printDocument.ts';
import { defaultPrintOptions, numberedSections, parseTableKeys, readPrintOptions, type PrintOptions } from '../../shared/print/options.ts';
import { choicesFrom, moveChoice, optionsFrom, renumber, updateChoice } from '../../shared/print/choices.ts';
import { annexTitle } from '../../shared/print/titles.ts';
import { escapeHtml, escapeLines } from '../../shared/print/escape.ts';
import { contentWidthMm, fitColumns } from '../../shared/print/layout.ts';
import { sharesChart } from '../../shared/print/charts/sharesChart.ts';
import { yearChart } from '../../shared/print/charts/yearChart.ts';
import { asCategoryId, asYear } from '../../shared/model/ids.ts';
import { toWan } from '../../shared/money/wan.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { yibinXinlong } from '../support/yibinXinlong.ts';

const wuhou = SAMPLES['wuhou-baiyu-2016-2020']();
const longquanyi = SAMPLES['longquanyi-ganzi-2020']();
const all: PrintOptions = { ...defaultPrintOptions(), sections: numberedSections(['envelope', 'categories', 'projects', 'charts']) };

describe('the print document (pure HTML)', () => {
  it('escapes every piece of user text: title, names, content, units, categories', () => {
    const evil = '<img src=x onerror="alert(1)">&\'';
    const plan: Plan = {
      ...wuhou,
      title: evil,
      categories: [{ ...wuhou.categories[0]!, name: evil }, ...wuhou.categories.slice(1)],
      projects: [{ ...wuhou.projects[0]!, name: evil, content: evil, units: [evil], category: evil, remarks: evil, fundingSource: evil, deadline: evil }],
    };
    const html = buildPrintDocument(plan, computePlan(plan), { ...all, titles: { charts: evil } });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('onerror="');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;');
    // The only <script> is none at all: the document runs no code.
    expect(html).not.toMatch(/<script/i);
  });

  it('keeps line breaks of multi-line cells as <br> and escapes each line', () => {
    expect(escapeLines('1. 甲<乙\r\n2. 丙')).toBe('1. 甲&lt;乙<br>2. 丙');
    expect(escapeHtml('"a"&b')).toBe('&quot;a&quot;&amp;b');
  });

  it('shows amounts with 千分位 and two decimals, right-aligned: 《武侯区对口帮扶白玉县规划（2016—2020年）》 totals 15,000.00 and shares adding to 100.00%', () => {
    const html = buildPrintDocument(wuhou, computePlan(wuhou), all);
    expect(html).toContain('<td class="num">15,000.00</td>');
    expect(html).toContain('<td class="num">11,700.00</td>');
    for (const share of ['8.67%', '78.00%', '12.33%', '0.67%', '0.33%', '100.00%']) expect(html).toContain(`<td class="num">${share}</td>`);
  });

  it('heads the multi-year project table with two rows: 实施年限 over the five years, the other headers spanning both rows', () => {
    const html = buildPrintDocument(wuhou, computePlan(wuhou), { ...defaultPrintOptions(), sections: [{ key: 'projects', annex: 1 }] });
    const thead = html.slice(html.indexOf('<thead>'), html.indexOf('</thead>'));
    expect(thead).toContain('<th colspan="5">实施年限</th>');
    expect(thead).toContain('<th rowspan="2">序号</th>');
    expect((thead.match(/<tr>/g) ?? []).length).toBe(2);
    expect(thead.indexOf('2016年')).toBeGreaterThan(thead.indexOf('实施年限'));
  });

  it('heads a one-year project table like 《龙泉驿区2020年对口帮扶甘孜县工作要点》: one header row with "2020年计划投资" and no 开工/竣工 columns', () => {
    const html = buildPrintDocument(longquanyi, computePlan(longquanyi), { ...defaultPrintOptions(), sections: [{ key: 'projects', annex: 1 }] });
    const thead = html.slice(html.indexOf('<thead>'), html.indexOf('</thead>'));
    expect((thead.match(/<tr>/g) ?? []).length).toBe(1);
    expect(thead).toContain('2020年计划投资');
    expect(thead).not.toContain('开工年限');
    expect(html).toContain('3,563.54');
    // 责任单位 one per line, as in 《龙泉驿区2020年对口帮扶甘孜县工作要点》.
    expect(html).toContain('区农业农村局<br>区文体旅局');
  });

  it('prints the chosen tables in the chosen order with the chosen 附件 numbers, or without a label', () => {
    const html = buildPrintDocument(wuhou, computePlan(wuhou), {
      ...defaultPrintOptions(),
      sections: [
        { key: 'projects', annex: 7 },
        { key: 'categories', annex: null },
      ],
    });
    expect(html.indexOf('data-table="projects"')).toBeLessThan(html.indexOf('data-table="categories"'));
    expect(html).toContain('<div class="annex-label">附件7</div>');
    expect(html.match(/class="annex-label"/g)).toHaveLength(1);
    expect(html).not.toContain('data-table="envelope"');
  });

  it('puts the project table on a landscape page and the category table of five years on a portrait one', () => {
    const html = buildPrintDocument(wuhou, computePlan(wuhou), all);
    expect(html).toContain('<section class="annex wide" data-table="projects">');
    expect(html).toContain('<section class="annex" data-table="categories">');
    expect(html).toMatch(/@page wide \{ size: A4 landscape;/);
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('tr { break-inside: avoid;');
    expect(html).toContain('content: "— " counter(page) " —"');
  });

  it('turns the category table of a ten-year plan to a landscape page, where it fits', () => {
    const years = Array.from({ length: 10 }, (_, i) => 2021 + i);
    const byYear = Object.fromEntries(years.map((y) => [String(y), toWan('123456.78')]));
    const plan: Plan = {
      ...wuhou,
      firstYear: asYear(2021),
      lastYear: asYear(2030),
      fundingRule: null,
      yearlyMoney: {},
      projects: [],
      categories: wuhou.categories.map((c) => ({ ...c, byYear })),
    };
    const html = buildPrintDocument(plan, computePlan(plan), { ...defaultPrintOptions(), sections: [{ key: 'categories', annex: 1 }] });
    expect(html).toContain('<section class="annex wide" data-table="categories">');
    const width = /<table class="grid categories" style="font-size:([\d.]+)pt;width:([\d.]+)mm"/.exec(html)!;
    expect(Number(width[2])).toBeLessThanOrEqual(contentWidthMm('landscape') + 0.01);
    expect(Number(width[1])).toBeGreaterThanOrEqual(7);
  });

  it('derives annex titles from the plan title as the source plans do, and lets the user set their own', () => {
    expect(annexTitle(wuhou, 'projects')).toBe('成都市武侯区对口帮扶白玉县规划项目表');
    expect(annexTitle(wuhou, 'categories')).toBe('成都市武侯区对口帮扶白玉县规划年度投资和领域安排计划表');
    expect(annexTitle(longquanyi, 'projects')).toBe('龙泉驿区2020年对口帮扶甘孜县项目及投资安排表');
    expect(annexTitle(wuhou, 'projects', { titles: { projects: '  我的项目表 ' } })).toBe('我的项目表');
  });

  it('fits the project table of 《武侯区对口帮扶白玉县规划（2016—2020年）》 into the landscape 版心 at 9.5pt', () => {
    const fitted = fitColumns(
      [
        { kind: 'number', em: 5 },
        { kind: 'text', texts: ['打造以特色农牧产品规模化种（养）殖和集会务、旅游、接待为一体的“昌台帐篷城接待基地”'], minChars: 4 },
        { kind: 'text', texts: ['昌台牦牛养殖和帐篷城建设'], minChars: 4 },
      ],
      contentWidthMm('landscape'),
      [9.5, 8],
    );
    expect(fitted.fits).toBe(true);
    expect(fitted.fontPt).toBe(9.5);
    expect(fitted.widthsMm.reduce((a, b) => a + b, 0)).toBeCloseTo(contentWidthMm('landscape'), 6);
  });
});

describe('print options shared by 打印预览 and `aidplan pdf --tables`', () => {
  it('reads table keys and their Chinese names in the order given, and refuses unknown or repeated ones in Chinese', () => {
    expect(parseTableKeys('projects,categories')).toEqual({ ok: true, keys: ['projects', 'categories'] });
    expect(parseTableKeys('项目表、统计图')).toEqual({ ok: true, keys: ['projects', 'charts'] });
    expect(parseTableKeys('all')).toEqual({ ok: true, keys: ['envelope', 'categories', 'projects', 'charts', 'recipients', 'progress'] });
    expect(parseTableKeys('进度表、受援方资金表')).toEqual({ ok: true, keys: ['progress', 'recipients'] });
    const unknown = parseTableKeys('projects,foo');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.message).toContain('不认识的表格“foo”');
    expect(parseTableKeys('projects projects').ok).toBe(false);
  });

  it('validates options arriving over IPC: good ones pass unchanged, malformed ones are refused', () => {
    expect(readPrintOptions(all)).toEqual(all);
    expect(readPrintOptions({ ...all, sections: [{ key: 'nope', annex: 1 }] })).toBeNull();
    expect(readPrintOptions({ ...all, sections: [{ key: 'projects', annex: 1.5 }] })).toBeNull();
    expect(
      readPrintOptions({
        ...all,
        sections: [
          { key: 'projects', annex: 1 },
          { key: 'projects', annex: 2 },
        ],
      }),
    ).toBeNull();
    expect(readPrintOptions({ ...all, projectTotalRow: 'middle' })).toBeNull();
    expect(readPrintOptions({ ...all, titles: { projects: 'x'.repeat(201) } })).toBeNull();
    expect(readPrintOptions('<html>')).toBeNull();
    expect(readPrintOptions({ ...all, firstPageNumber: 12 })).toEqual({ ...all, firstPageNumber: 12 });
    expect(readPrintOptions({ ...all, firstPageNumber: 0 })).toBeNull();
  });

  it('moves, leaves out and renumbers the 打印预览 choices, and turns them back into options', () => {
    let choices = choicesFrom();
    expect(choices.map((c) => [c.key, c.include, c.annex])).toEqual([
      ['categories', true, 1],
      ['projects', true, 2],
      ['envelope', false, 3],
      ['charts', false, 4],
      ['recipients', false, 5],
      ['progress', false, 6],
    ]);
    choices = updateChoice(choices, 'charts', { include: true });
    choices = moveChoice(choices, 3, -1);
    choices = moveChoice(choices, 0, -1); // already first: unchanged
    choices = updateChoice(choices, 'categories', { include: false });
    choices = renumber(choices);
    expect(optionsFrom(choices).sections).toEqual([
      { key: 'projects', annex: 1 },
      { key: 'charts', annex: 2 },
    ]);
  });
});

describe('the charts (pure SVG)', () => {
  it('draws one slice per category with money and labels its share, with the legend in plan order', () => {
    const svg = sharesChart(computePlan(wuhou));
    expect(svg.match(/<path /g)).toHaveLength(5);
    const legend = ['产业优化', '民生改善', '基础设施建设', '人才培养', '社会管理'].map((n) => svg.indexOf(`>${n}<`));
    expect(legend.every((i) => i > 0)).toBe(true);
    expect([...legend].sort((a, b) => a - b)).toEqual(legend);
    expect(svg).toContain('>78.00%<');
  });

  it('draws a single category as a full circle and a plan without money as a message', () => {
    const one = computePlan({ ...wuhou, categories: [wuhou.categories[1]!] });
    expect(sharesChart(one)).toContain('<circle');
    const none = computePlan({ ...wuhou, categories: [{ id: asCategoryId('x'), name: '空', aliases: [], byYear: {} }] });
    expect(sharesChart(none)).toContain('暂无可统计的资金');
  });

  it('draws the yearly money as bars and the rule envelope as a line through one point per year', () => {
    const svg = yearChart(computePlan(wuhou));
    expect(svg.match(/<rect [^>]*fill="#1f4e79"/g)).toHaveLength(6); // 5 bars + the legend swatch
    const points = /<polyline points="([^"]+)"/.exec(svg)![1]!.split(' ');
    expect(points).toHaveLength(5);
    expect(svg).toContain('>2,700.00<');
    // Without a funding rule there is no envelope line.
    expect(yearChart(computePlan(longquanyi))).not.toContain('<polyline');
  });
});

describe('the 进度表 and 受援方资金表 annexes', () => {
  it('the progress annex has rates and counts by status (《甘孜日报》, docs/domain.md: 500万 of 1767.75万 arrived)', () => {
    const plan = yibinXinlong();
    const html = buildPrintDocument(plan, computePlan(plan), { sections: [{ key: 'progress', annex: 3 }], projectTotalRow: 'top', titles: {} });
    expect(html).toContain('附件3');
    expect(html).toContain('宜宾市对口支援新龙县2013年项目进度表');
    expect(html).toContain('计划资金为2013年援建资金');
    for (const text of ['到位率', '已完工', '1,767.75', '500.00', '28.28%', '13.01%']) expect(html).toContain(text);
  });

  it('the recipients annex lists each recipient’s money and carrier unit with totals', () => {
    const plan = { ...wuhou, recipients: [{ ...wuhou.recipients[0]!, carrierUnit: '武侯区', money: { 2016: toWan(2700), 2017: toWan(2852) } }] };
    const html = buildPrintDocument(plan, computePlan(plan), { sections: [{ key: 'recipients', annex: 1 }], projectTotalRow: 'top', titles: {} });
    for (const text of ['受援方资金安排表', '帮扶载体单位', '白玉县', '武侯区', '2,700.00', '5,552.00']) expect(html).toContain(text);
  });
});
