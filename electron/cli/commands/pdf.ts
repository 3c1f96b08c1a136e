import path from 'node:path';
import { computePlan } from '../../../shared/engine/planEngine.ts';
import { buildPrintDocument } from '../../../shared/print/printDocument.ts';
import {
  PRINT_TABLE_LABELS,
  PRINT_TABLE_KEYS,
  defaultPrintOptions,
  numberedSections,
  parseTableKeys,
  type PrintOptions,
} from '../../../shared/print/options.ts';
import { openAnyPlan } from '../../node/openAnyPlan.ts';
import { EXIT, parseArgs, type CliCommand } from '../io.ts';

export const pdfCommand: CliCommand = {
  name: 'pdf',
  usage: `aidplan pdf <规划文件> -o <文件.pdf> [--tables ${PRINT_TABLE_KEYS.join(',')}] [--first-annex 1] [--first-page 1] [--total-row top|bottom] [--include-empty]    打印为PDF附件（A4，表头每页重复，页码“— 1 —”；没有内容的表格默认不打印，--include-empty 也打印）`,
  async run(args, io) {
    const { positionals, options } = parseArgs(args, ['-o', '--output', '--tables', '--first-annex', '--first-page', '--total-row']);
    const file = positionals[0];
    const out = options.get('-o') ?? options.get('--output');
    if (!file) {
      io.err('请指定要打印的规划文件（.aidplan 或 .xlsx）');
      return EXIT.unusable;
    }
    if (typeof out !== 'string' || !out.toLowerCase().endsWith('.pdf')) {
      io.err('请用 -o 指定输出的 .pdf 文件，例如：aidplan pdf 规划.aidplan -o 附件.pdf');
      return EXIT.unusable;
    }
    const defaults = defaultPrintOptions();
    let keys = defaults.sections.map((s) => s.key);
    const tables = options.get('--tables');
    if (tables !== undefined) {
      const parsed = parseTableKeys(tables === true ? '' : tables);
      if (!parsed.ok) {
        io.err(parsed.message);
        return EXIT.unusable;
      }
      keys = parsed.keys;
    }
    const firstText = options.get('--first-annex');
    const first = firstText === undefined ? 1 : Number(firstText);
    if (!Number.isInteger(first) || first < 1 || first > 999) {
      io.err('--first-annex 应为1到999之间的整数（第一个表格的附件编号）');
      return EXIT.unusable;
    }
    const pageText = options.get('--first-page');
    const firstPage = pageText === undefined ? 1 : Number(pageText);
    if (!Number.isInteger(firstPage) || firstPage < 1 || firstPage > 9999) {
      io.err('--first-page 应为1到9999之间的整数（第一页的页码，附件接在正文之后时用）');
      return EXIT.unusable;
    }
    const totalRow = options.get('--total-row') ?? 'top';
    if (totalRow !== 'top' && totalRow !== 'bottom') {
      io.err('--total-row 只能是 top（合计行在表头下，同武侯区规划附件）或 bottom（合计行在表末）');
      return EXIT.unusable;
    }
    const { plan } = await openAnyPlan(path.resolve(file));
    const printOptions: PrintOptions = {
      ...defaults,
      sections: numberedSections(keys, first),
      projectTotalRow: totalRow,
      firstPageNumber: firstPage,
      // An annex with nothing in it (“0个项目”) is left out unless asked for, as in 打印预览.
      ...(options.get('--include-empty') === true ? { includeEmpty: true } : {}),
    };
    const html = buildPrintDocument(plan, computePlan(plan), printOptions);
    // Loaded when used: the writers pull in ExcelJS (and PDF Chromium), which the reading commands do not need.
    const { PdfRenderer } = await import('../../node/pdf/renderPdf.ts');
    const renderer = await PdfRenderer.launch();
    try {
      await renderer.renderToFile(html, path.resolve(out));
    } finally {
      await renderer.close();
    }
    io.out(`已生成“${out}”：${printOptions.sections.map((s) => `附件${s.annex} ${PRINT_TABLE_LABELS[s.key]}`).join('、')}`);
    return EXIT.ok;
  },
};
