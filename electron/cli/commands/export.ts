import path from 'node:path';
import { openAnyPlan } from '../../node/openAnyPlan.ts';
import { EXIT, parseArgs, type CliCommand } from '../io.ts';

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'aidplan export <规划文件> -o <文件.xlsx>    导出Excel工作簿：资金测算表、年度投资和领域安排计划表、项目表（合计为公式，已设置打印）',
  async run(args, io) {
    const { positionals, options } = parseArgs(args);
    const file = positionals[0];
    const out = options.get('-o') ?? options.get('--output');
    if (!file) {
      io.err('请指定要导出的规划文件');
      return EXIT.unusable;
    }
    if (typeof out !== 'string' || !out.toLowerCase().endsWith('.xlsx')) {
      io.err('请用 -o 指定输出的 .xlsx 文件，例如：aidplan export 规划.aidplan -o 规划.xlsx');
      return EXIT.unusable;
    }
    const { plan } = await openAnyPlan(path.resolve(file));
    // Loaded when used: the writers pull in ExcelJS (and PDF Chromium), which the reading commands do not need.
    const { exportWorkbook } = await import('../../node/xlsx/index.ts');
    await exportWorkbook(plan, path.resolve(out));
    io.out(`已导出“${out}”：${plan.categories.length}个类别、${plan.projects.length}个项目`);
    return EXIT.ok;
  },
};
