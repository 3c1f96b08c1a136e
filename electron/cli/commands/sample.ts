import path from 'node:path';
import { SAMPLES, isSampleName } from '../../../shared/samples/index.ts';
import { savePlanFile } from '../../node/planFiles.ts';
import { EXIT, parseArgs, type CliCommand } from '../io.ts';

export const sampleCommand: CliCommand = {
  name: 'sample',
  usage: 'aidplan sample <名称> -o <文件.aidplan>    写出内置示例规划（' + Object.keys(SAMPLES).join('、') + '）',
  async run(args, io) {
    const { positionals, options } = parseArgs(args);
    const name = positionals[0];
    const out = options.get('-o') ?? options.get('--output');
    if (!name || !isSampleName(name)) {
      io.err(`请指定示例名称：${Object.keys(SAMPLES).join('、')}`);
      return EXIT.unusable;
    }
    if (typeof out !== 'string' || out === '') {
      io.err('请用 -o 指定输出文件，例如：aidplan sample ' + name + ' -o 示例.aidplan');
      return EXIT.unusable;
    }
    await savePlanFile(path.resolve(out), SAMPLES[name]());
    io.out(`已写出示例“${name}”：${out}`);
    return EXIT.ok;
  },
};
