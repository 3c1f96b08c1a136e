import path from 'node:path';
import { changeLine } from '../../../shared/diff/changeLines.ts';
import { diffPlans } from '../../../shared/diff/planDiff.ts';
import { openAnyPlan } from '../../node/openAnyPlan.ts';
import { EXIT, parseArgs, type CliCommand } from '../io.ts';

export const diffCommand: CliCommand = {
  name: 'diff',
  usage:
    'aidplan diff <原稿> <修改稿> [--json]    列出两稿的差异：按行标识对应（没有行标识的行按名称和内容推测），新增、删除，逐字段修改（改名、换类别、改年限各为一处），类别和年度金额变化（相同退出码0，不同1）',
  async run(args, io) {
    const { positionals, options } = parseArgs(args);
    const [a, b] = positionals;
    if (!a || !b) {
      io.err('请指定两个要比较的文件：aidplan diff <原稿> <修改稿>');
      return EXIT.unusable;
    }
    const [base, other] = [await openAnyPlan(a), await openAnyPlan(b)];
    const changes = diffPlans(base.plan, other.plan, { ...(other.assignedIds ? { assignedIds: other.assignedIds } : {}) });
    if (options.has('--json')) {
      io.out(
        JSON.stringify(
          changes.map(({ key, kind, label, before, after, guess }) => ({ key, kind, label, before, after, guess: guess === true })),
          null,
          2,
        ),
      );
    } else if (changes.length === 0) {
      io.out(`“${path.basename(a)}”与“${path.basename(b)}”没有差异`);
    } else {
      io.out(`“${path.basename(a)}” → “${path.basename(b)}”：共${changes.length}处差异`);
      for (const c of changes) io.out(`  ${changeLine(c)}`);
    }
    return changes.length === 0 ? EXIT.ok : EXIT.planHasErrors;
  },
};
