import type { Plan } from '../model/plan.ts';
import type { PlanResults } from '../engine/planEngine.ts';
import { escapeHtml } from './escape.ts';
import { defaultPrintOptions, type PrintOptions, type PrintSection, type PrintTableKey } from './options.ts';
import { printStyles } from './styles.ts';
import { annexTitle } from './titles.ts';
import { categoriesTable } from './annexes/categoriesTable.ts';
import { envelopeTable } from './annexes/envelopeTable.ts';
import { projectsTable } from './annexes/projectsTable.ts';
import { progressTable } from './annexes/progressTable.ts';
import { recipientsTable } from './annexes/recipientsTable.ts';
import type { AnnexTable } from './annexes/annexTable.ts';
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
  return [
    `<section class="${classes}" data-table="${section.key}">`,
    section.annex === null ? '' : `<div class="annex-label">附件${section.annex}</div>`,
    `<h1 class="annex-title">${escapeHtml(annexTitle(plan, section.key, options))}</h1>`,
    body.unitLine ? '<div class="unit">单位：万元</div>' : '',
    body.html,
    body.note ? `<p class="note">${body.note}</p>` : '',
    '</section>',
  ].join('\n');
}

/**
 * The whole print document: a complete HTML page holding the chosen annexes
 * in order, with the print CSS (A4, repeated header rows, no split rows,
 * page numbers running across annexes). Pure: the same string is shown in
 * 打印预览, printed by Electron and rendered to PDF by the CLI and tests.
 * All user text is escaped.
 */
export function buildPrintDocument(plan: Plan, results: PlanResults, options: PrintOptions = defaultPrintOptions()): string {
  const sections = options.sections.map((s) => annexSection(plan, results, s, options));
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(plan.title)}</title>`,
    `<style>${printStyles(options.firstPageNumber ?? 1)}</style>`,
    '</head><body>',
    sections.length > 0 ? sections.join('\n') : '<p class="note">未选择要打印的表格。</p>',
    '</body></html>',
  ].join('\n');
}
