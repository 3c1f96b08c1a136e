import { FONT_STACKS as F } from './fonts.ts';

/**
 * Page geometry in mm. Portrait pages keep the GB/T 9704-2012 版心 (156 × 225:
 * 天头 37, 订口 28); landscape table pages use a wider 版心 so that a 17-column
 * project table stays readable ("as far as a printer allows").
 */
export const PAGE_MARGINS_MM = {
  portrait: { top: 37, right: 26, bottom: 35, left: 28 },
  landscape: { top: 20, right: 15, bottom: 24, left: 15 },
} as const;

/** Annex title sizes (方正小标宋, 2号 on portrait pages, a little smaller on the wide table pages). */
export const TITLE_FONT_PT = { portrait: 22, landscape: 20 } as const;

const m = (g: { top: number; right: number; bottom: number; left: number }) => `${g.top}mm ${g.right}mm ${g.bottom}mm ${g.left}mm`;

/**
 * The CSS of the print document. Page numbers are CSS page-margin boxes
 * (Chromium ≥ 131 honours them in page.pdf, printToPDF and print alike), so
 * the same document numbers its pages on paper and in a PDF: "— 1 —" in 宋体
 * 4号 (14pt), 7mm under the 版心, odd pages right and even pages left, one
 * character in from the edge (GB/T 9704-2012 7.5), running on across annexes
 * from `firstPageNumber` (a counter-reset on html, which Chromium honours).
 * Headers wrap into even lines (text-wrap: balance: «规划安排/资金», not
 * «规划安排资/金») and cell text avoids a lone last character (pretty);
 * Chromium ≥ 117 honours both.
 * On screen (打印预览) each annex is drawn as a sheet of paper.
 */
export function printStyles(firstPageNumber = 1): string {
  const p = PAGE_MARGINS_MM.portrait;
  const l = PAGE_MARGINS_MM.landscape;
  // Odd numbers go right, even numbers left. :right/:left count sheets from the first (a right page),
  // so numbering that starts at an even number swaps them.
  const evenStart = Math.trunc(firstPageNumber) % 2 === 0;
  const pageNumber = `content: "— " counter(page) " —"; font-family: ${F.songti}; font-size: 14pt; vertical-align: top; padding-top: 7mm;`;
  const right = `@bottom-right { ${pageNumber} text-align: right; padding-right: 14pt; }`;
  const left = `@bottom-left { ${pageNumber} text-align: left; padding-left: 14pt; }`;
  return `
@page { size: A4 portrait; margin: ${m(p)}; }
@page wide { size: A4 landscape; margin: ${m(l)}; }
@page :right { ${evenStart ? left : right} }
@page :left { ${evenStart ? right : left} }
* { box-sizing: border-box; }
html { counter-reset: page ${Math.max(0, Math.trunc(firstPageNumber) - 1)}; }
html, body { margin: 0; padding: 0; }
body { font-family: ${F.fangsong}; font-size: 12pt; color: #000; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
section.annex { page: auto; }
section.annex.wide { page: wide; }
section.annex + section.annex { break-before: page; }
.annex-label { font-family: ${F.heiti}; font-size: 16pt; line-height: 1.5; text-align: left; }
.annex-title { font-family: ${F.xiaobiaosong}; font-size: ${TITLE_FONT_PT.portrait}pt; font-weight: bold; line-height: 1.4; text-align: center; margin: 4mm 0 3mm; }
.wide .annex-title { font-size: ${TITLE_FONT_PT.landscape}pt; margin: 0 0 2mm; }
.title-line { display: inline-block; white-space: nowrap; }
.unit { font-family: ${F.fangsong}; font-size: 12pt; text-align: right; margin: 0 0 1.5mm; }
table.grid { margin: 0 auto; border-collapse: collapse; table-layout: fixed; line-height: 1.35; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.75pt solid #000; padding: 1.2mm 1mm; vertical-align: middle; overflow-wrap: anywhere; }
th { font-family: ${F.heiti}; font-weight: normal; text-align: center; text-wrap: balance; }
td { text-wrap: pretty; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.center { text-align: center; }
td.left { text-align: left; }
tr.total td { font-family: ${F.heiti}; }
.small { font-size: 0.8em; }
th.corner { position: relative; height: 13mm; background: linear-gradient(to top right, transparent calc(50% - 0.5pt), #000 50%, transparent calc(50% + 0.5pt)); }
th.corner .corner-top { position: absolute; top: 1mm; right: 1.5mm; }
th.corner .corner-bottom { position: absolute; bottom: 1mm; left: 1.5mm; }
.note { font-size: 10.5pt; line-height: 1.5; margin: 2mm 0 0; text-align: justify; text-wrap: pretty; }
.chart-block { break-inside: avoid; margin: 4mm 0 8mm; }
.chart-block h2 { font-family: ${F.heiti}; font-size: 14pt; font-weight: normal; text-align: center; margin: 0 0 3mm; }
.chart-block svg { display: block; width: 100%; max-width: 140mm; height: auto; margin: 0 auto; }
@media screen {
  html { background: #8a8f98; }
  body { background: transparent; padding: 8mm 0; }
  section.annex { background: #fff; width: 210mm; min-height: 297mm; margin: 0 auto 8mm; padding: ${m(p)}; box-shadow: 0 1mm 4mm rgba(0, 0, 0, 0.35); }
  section.annex.wide { width: 297mm; min-height: 210mm; padding: ${m(l)}; }
}
`;
}
