import path from 'node:path';
import { diffPlans } from '../../../shared/diff/planDiff.ts';
import { openAnyPlan } from '../../node/openAnyPlan.ts';
import { EXIT, parseArgs, type CliCommand } from '../io.ts';

export const diffCommand: CliCommand = {
  name: 'diff',
  usage: 'aidplan diff <原稿> <修改稿> [--json]    列出两稿的差异：新增、删除的项目，逐字段修改，类别和年度金额变化（相同退出码0，不同1）',
  async run(args, io) {
    const { positionals, options } = parseArgs(args);
    const [a, b] = positionals;
    if (!a || !b) {
      io.err('请指定两个要比较的文件：aidplan diff <原稿> <修改稿>');
      return EXIT.unusable;
    }
    const [base, other] = [await openAnyPlan(a), await openAnyPlan(b)];
    const changes = diffPlans(base.plan, other.plan);
    if (options.has('--json')) {
      io.out(JSON.stringify(changes.map(({ key, kind, label, before, after }) => ({ key, kind, label, before, after })), null, 2));
    } else if (changes.length === 0) {
      io.out(`“${path.basename(a)}”与“${path.basename(b)}”没有差异`);
    } else {
      io.out(`“${path.basename(a)}” → “${path.basename(b)}”：共${changes.length}处差异`);
      for (const c of changes) {
        io.out(c.before === '' ? `  + ${c.label}` : c.after === '' ? `  - ${c.label}` : `  * ${c.label}：${c.before} → ${c.after}`);
      }
    }
    return changes.length === 0 ? EXIT.ok : EXIT.planHasErrors;
  },
};
