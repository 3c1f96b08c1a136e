import { computePlan } from '../../../shared/engine/planEngine.ts';
import { progressReport } from '../../../shared/progress/progressReport.ts';
import { formatPlain } from '../../../shared/money/wan.ts';
import { PROJECT_STATUSES } from '../../../shared/model/plan.ts';
import { openAnyPlan } from '../../node/openAnyPlan.ts';
import { EXIT, parseArgs, type CliCommand } from '../io.ts';

export const progressCommand: CliCommand = {
  name: 'progress',
  usage: 'aidplan progress <文件> [--year=2020] [-o 进度表.xlsx]    项目进度：分类别计划、到位、完成投资及比率，按状态计项目数',
  async run(args, io) {
    const { positionals, options } = parseArgs(args);
    const file = positionals[0];
    if (!file) {
      io.err('请指定规划文件');
      return EXIT.unusable;
    }
    const { plan } = await openAnyPlan(file);
    const yearOption = options.get('--year');
    const year = typeof yearOption === 'string' ? Number(yearOption) : null;
    if (year !== null && (!Number.isInteger(year) || year < plan.firstYear || year > plan.lastYear)) {
      io.err(`年度应在规划期${plan.firstYear}—${plan.lastYear}年内`);
      return EXIT.unusable;
    }
    const { rows, total } = progressReport(plan, computePlan(plan), year);
    const period = year === null ? `${plan.firstYear}—${plan.lastYear}年` : `${year}年`;
    io.out(`${plan.title} 项目进度（${period}，单位：万元）`);
    for (const r of [...rows, total]) {
      const statuses = PROJECT_STATUSES.map((s) => `${s}${r.byStatus[s]}`).join(' ');
      io.out(
        `  ${r.label}：计划${formatPlain(r.planned)} 到位${formatPlain(r.arrived)}（${r.arrivalRate ?? '—'}%） 完成${formatPlain(r.completed)}（${r.completionRate ?? '—'}%） 项目${r.projectCount}个：${statuses}`,
      );
    }
    const out = options.get('-o') ?? options.get('--output');
    if (typeof out === 'string' && out !== '') {
      // Loaded when used: the writers pull in ExcelJS, which the reading commands do not need.
      const [{ writeUserFile }, { progressWorkbook }] = await Promise.all([
        import('../../node/writeUserFile.ts'),
        import('../../node/progress/progressWorkbook.ts'),
      ]);
      await writeUserFile(out, await progressWorkbook(plan, rows, total, period));
      io.out(`已写出进度表：${out}`);
    }
    return EXIT.ok;
  },
};
