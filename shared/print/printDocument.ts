import type { Plan } from '../model/plan.ts';
import type { PlanResults } from '../engine/planEngine.ts';
import { escapeHtml } from './escape.ts';
import { defaultPrintOptions, type PrintOptions, type PrintSection, type PrintTableKey } from './options.ts';
import { printStyles } from './styles.ts';
import { annexTitle } from './titles.ts';
import { breakTitle } from './titleLines.ts';
import { contentWidthMm } from './layout.ts';
import { TITLE_FONT_PT } from './styles.ts';
import { categoriesTable } from './annexes/categoriesTable.ts';
import { envelopeTable } from './annexes/envelopeTable.ts';
import { projectsTable } from './annexes/projectsTable.ts';
import { progressTable } from './annexes/progressTable.ts';
import { recipientsTable } from './annexes/recipientsTable.ts';
import type { AnnexTable } from './annexes/annexTable.ts';
import { printedSections } from './emptyAnnexes.ts';
import { sharesChart } from './charts/sharesChart.ts';
import { yearChart } from './charts/yearChart.ts';

function annexBody(plan: Plan, results: PlanResults, key: PrintTableKey, options: PrintOptions): AnnexTable & { readonly unitLine: boolean } {
  switch (key) {
    case 'envelope':
      return { ...envelopeTable(plan, results), unitLine: true };
    case 'categories':
      return { ...categoriesTable(results), unitLine: true };
    case 'projects':
      return { ...projectsTable(plan, results, options.projectTotalRow), unitLine: true };
    case 'recipients':
      return { ...recipientsTable(results), unitLine: true };
    case 'progress':
      return { ...progressTable(plan, results), unitLine: true };
    case 'charts':
      return {
        html: [
          `<div class="chart-block"><h2>项目投资结构</h2>${sharesChart(results)}</div>`,
          `<div class="chart-block"><h2>年度资金安排与测算资金（单位：万元）</h2>${yearChart(results)}</div>`,
        ].join('\n'),
        orientation: 'portrait',
        unitLine: false,
      };
  }
}

/** One annex: 附件N label, centred title, 单位：万元, the table (or charts), a note. */
export function annexSection(plan: Plan, results: PlanResults, section: PrintSection, options: PrintOptions): string {
  const body = annexBody(plan, results, section.key, options);
  const classes = `annex${body.orientation === 'landscape' ? ' wide' : ''}`;
  const names = [plan.donor, ...plan.recipients.map((r) => r.name)];
  const fontPt = TITLE_FONT_PT[body.orientation];
  const title = breakTitle(annexTitle(plan, section.key, options), contentWidthMm(body.orientation), fontPt, names);
  const size = title.fontPt === fontPt ? '' : ` style="font-size:${title.fontPt}pt"`;
  return [
    `<section class="${classes}" data-table="${section.key}">`,
    section.annex === null ? '' : `<div class="annex-label">附件${section.annex}</div>`,
    // Two lines as set: each an unbreakable box, so the only place the title can wrap is the chosen one.
    `<h1 class="annex-title"${size}>${title.lines.length === 1 ? escapeHtml(title.lines[0]!) : title.lines.map((l) => `<span class="title-line">${escapeHtml(l)}</span>`).join('')}</h1>`,
    body.unitLine ? '<div class="unit">单位：万元</div>' : '',
    body.html,
    body.note ? `<p class="note">${body.note}</p>` : '',
    '</section>',
  ].join('\n');
}

/**
 * The whole print document: a complete HTML page holding the chosen annexes
 * in order, with the print CSS (A4, repeated header rows, no split rows,
 * page numbers running across annexes); annexes with nothing in them are left
 * out unless `includeEmpty` (see emptyAnnexes.ts). Pure: the same string is shown in
 * 打印预览, printed by Electron and rendered to PDF by the CLI and tests.
 * All user text is escaped.
 */
export function buildPrintDocument(plan: Plan, results: PlanResults, options: PrintOptions = defaultPrintOptions()): string {
  const sections = printedSections(plan, results, options).printed.map((s) => annexSection(plan, results, s, options));
  const nothing = options.sections.length === 0 ? '未选择要打印的表格。' : '所选表格都没有内容，未打印（在打印预览中勾选“打印没有内容的表格”可照样打印）。';
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(plan.title)}</title>`,
    `<style>${printStyles(options.firstPageNumber ?? 1)}</style>`,
    '</head><body>',
    sections.length > 0 ? sections.join('\n') : `<p class="note">${nothing}</p>`,
    '</body></html>',
  ].join('\n');
}
