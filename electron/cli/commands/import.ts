import path from 'node:path';
import { formatImportReport, importReportTitle } from '../../../shared/import/importReport.ts';
import { importWorkbookInWorker } from '../../node/xlsx/importInWorker.ts';
import { savePlanFile } from '../../node/planFiles.ts';
import { EXIT, parseArgs, type CliCommand } from '../io.ts';

export const importCommand: CliCommand = {
  name: 'import',
  usage:
    'aidplan import <文件.xlsx> -o <文件.aidplan>    导入Excel工作簿为规划文件（类别对应取程序的建议），并列出导入报告（识别的表格、处理方式、建议、问题及单元格）',
  async run(args, io) {
    const { positionals, options } = parseArgs(args);
    const file = positionals[0];
    const out = options.get('-o') ?? options.get('--output');
    if (!file) {
      io.err('请指定要导入的Excel文件（.xlsx）');
      return EXIT.unusable;
    }
    if (typeof out !== 'string' || out === '') {
      io.err('请用 -o 指定输出的规划文件，例如：aidplan import 规划.xlsx -o 规划.aidplan');
      return EXIT.unusable;
    }
    const { plan, report } = await importWorkbookInWorker(path.resolve(file));
    await savePlanFile(path.resolve(out), plan);
    // The CLI takes every decision's default (the guesses listed as [建议]); the app asks first.
    io.out([importReportTitle(report), ...formatImportReport(report)].join('\n'));
    const findings = plan.importFindings?.length ?? 0;
    io.out(
      `已导入：${plan.categories.length}个类别、${plan.projects.length}个项目${findings > 0 ? `，${findings}个导入问题记入规划的“问题”` : ''}，写入“${out}”`,
    );
    return EXIT.ok;
  },
};
