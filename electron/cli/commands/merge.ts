import { formatPlain } from '../../../shared/money/wan.ts';
import { EXIT, parseArgs, type CliCommand } from '../io.ts';

export const mergeCommand: CliCommand = {
  name: 'merge',
  usage:
    'aidplan merge <文件或文件夹…> -o <汇总.xlsx> [--count-all | --count=<文件名,…>]    汇总多个规划：按结对、按领域分年度合计，附各文件问题清单；描述同一规划的文件只计入第一个（--count-all 全部计入，--count 指定计入哪些）',
  async run(args, io) {
    const { positionals, options } = parseArgs(args);
    const out = options.get('-o') ?? options.get('--output');
    if (positionals.length === 0 || typeof out !== 'string' || out === '') {
      io.err('用法：aidplan merge <文件或文件夹…> -o <汇总.xlsx>');
      return EXIT.unusable;
    }
    // Loaded when used: the writers pull in ExcelJS (and PDF Chromium), which the reading commands do not need.
    const { consolidateFiles, writeSummaryWorkbook } = await import('../../node/consolidate/consolidateFiles.ts');
    const chosen = options.get('--count');
    const countAll = options.get('--count-all') === true;
    let summary = await consolidateFiles(positionals);
    if (countAll || typeof chosen === 'string') {
      const counted = new Set(typeof chosen === 'string' ? chosen.split(/[,，]/).map((n) => n.trim()) : []);
      const duplicateFiles = summary.duplicates.flatMap((d) => d.files.map((f) => f.source));
      summary = await consolidateFiles(positionals, undefined, undefined, new Set(countAll ? [] : duplicateFiles.filter((f) => !counted.has(f))));
    }
    for (const group of summary.duplicates) {
      const counted = group.files.filter((f) => f.counted).map((f) => `“${f.source}”`);
      const left = group.files.filter((f) => !f.counted).map((f) => `“${f.source}”`);
      io.err(
        `警告：${group.files.map((f) => `“${f.source}”`).join('、')}描述同一规划（${group.reason}），` +
          `${counted.length > 0 ? `计入${counted.join('、')}` : '都未计入'}${left.length > 0 ? `，未计入${left.join('、')}` : ''}` +
          `（--count-all 全部计入，--count=文件名 指定计入的文件）`,
      );
    }
    if (summary.pairings.length === 0) {
      io.err(
        summary.failures.length
          ? `没有可以读取的规划文件：\n${summary.failures.map((f) => `  ${f.source}：${f.reason}`).join('\n')}`
          : '没有找到规划文件（.aidplan 或 .xlsx）',
      );
      return EXIT.unusable;
    }
    await writeSummaryWorkbook(summary, out);
    io.out(`已汇总${summary.pairings.length}个规划、${summary.projectCount}个项目，合计${formatPlain(summary.grandTotal)}万元：${out}`);
    const errors = summary.problems.filter((p) => p.severity === 'error').length;
    if (errors) io.out(`其中${errors}个错误，见“问题清单”工作表`);
    for (const f of summary.failures) io.out(`无法读取 ${f.source}：${f.reason}`);
    return EXIT.ok;
  },
};
