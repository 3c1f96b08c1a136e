import { computePlan } from '../../../shared/engine/planEngine.ts';
import { planReport } from '../../../shared/report/planReport.ts';
import { openAnyPlan } from '../../node/openAnyPlan.ts';
import { EXIT, parseArgs, type CliCommand } from '../io.ts';
import { formatReportText } from '../formatReportText.ts';

export const inspectCommand: CliCommand = {
  name: 'inspect',
  usage: 'aidplan inspect <文件> [--json]    显示规划：类别、年度合计、占比、资金测算、项目和全部问题',
  async run(args, io) {
    const { positionals, options } = parseArgs(args);
    const file = positionals[0];
    if (!file) {
      io.err('请指定要查看的文件');
      return EXIT.unusable;
    }
    const { plan, notes } = await openAnyPlan(file);
    const report = planReport(plan, computePlan(plan));
    if (options.has('--json')) io.out(JSON.stringify(report, null, 2));
    else io.out(formatReportText(report, notes));
    return EXIT.ok;
  },
};
