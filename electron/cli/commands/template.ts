import path from 'node:path';
import { openAnyPlan } from '../../node/openAnyPlan.ts';
import { EXIT, parseArgs, type CliCommand } from '../io.ts';

export const templateCommand: CliCommand = {
  name: 'template',
  usage: 'aidplan template <规划文件> -o <文件.xlsx>    导出填报模板：与附件表格式相同，类别和年份为下拉选择，金额有校验，合计、小计为锁定的公式，附填报说明',
  async run(args, io) {
    const { positionals, options } = parseArgs(args);
    const file = positionals[0];
    const out = options.get('-o') ?? options.get('--output');
    if (!file) {
      io.err('请指定要导出填报模板的规划文件');
      return EXIT.unusable;
    }
    if (typeof out !== 'string' || !out.toLowerCase().endsWith('.xlsx')) {
      io.err('请用 -o 指定输出的 .xlsx 文件，例如：aidplan template 规划.aidplan -o 填报模板.xlsx');
      return EXIT.unusable;
    }
    const { plan } = await openAnyPlan(path.resolve(file));
    const { exportTemplate } = await import('../../node/xlsx/index.ts');
    await exportTemplate(plan, path.resolve(out));
    io.out(`已导出填报模板“${out}”：${plan.categories.length}个类别、${plan.projects.length}个项目，每个类别预留空行供填写新增项目`);
    return EXIT.ok;
  },
};
