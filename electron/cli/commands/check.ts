import { computePlan } from '../../../shared/engine/planEngine.ts';
import { describePlace } from '../../../shared/report/describePlace.ts';
import { SEVERITY_LABEL } from '../../../shared/checks/problem.ts';
import { openAnyPlan } from '../../node/openAnyPlan.ts';
import { EXIT, parseArgs, type CliCommand } from '../io.ts';

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'aidplan check <文件>    检查规划：无错误时退出码0，有错误时1，文件无法读取时2',
  async run(args, io) {
    const file = parseArgs(args).positionals[0];
    if (!file) {
      io.err('请指定要检查的文件');
      return EXIT.unusable;
    }
    const { plan } = await openAnyPlan(file);
    const { problems } = computePlan(plan);
    const errors = problems.filter((p) => p.severity === 'error').length;
    for (const p of problems) io.out(`[${SEVERITY_LABEL[p.severity]}] ${describePlace(plan, p.where)}：${p.message}`);
    io.out(errors > 0 ? `共${errors}个错误、${problems.length - errors}个提醒` : `没有错误${problems.length > 0 ? `（${problems.length}个提醒）` : ''}`);
    return errors > 0 ? EXIT.planHasErrors : EXIT.ok;
  },
};
