import { UserFacingError } from '../node/fileErrors.ts';
import { EXIT, processIO, type CliCommand, type CliIO } from './io.ts';
import { checkCommand } from './commands/check.ts';
import { inspectCommand } from './commands/inspect.ts';
import { sampleCommand } from './commands/sample.ts';
import { importCommand } from './commands/import.ts';
import { exportCommand } from './commands/export.ts';
import { templateCommand } from './commands/template.ts';
import { pdfCommand } from './commands/pdf.ts';
import { diffCommand } from './commands/diff.ts';
import { mergeCommand } from './commands/merge.ts';
import { progressCommand } from './commands/progress.ts';
// Registers the .xlsx opener, so inspect and check read workbooks too.
import '../node/xlsx/register.ts';
import { PRODUCT_NAME } from '../../shared/product.ts';

/** Every command of `aidplan`; a new one is a module in commands/ added here. */
const COMMANDS: readonly CliCommand[] = [
  sampleCommand,
  inspectCommand,
  checkCommand,
  importCommand,
  exportCommand,
  templateCommand,
  pdfCommand,
  diffCommand,
  mergeCommand,
  progressCommand,
];

function help(io: CliIO): void {
  io.out([`${PRODUCT_NAME} AidPlan 命令行`, '', '用法：', ...COMMANDS.map((c) => `  ${c.usage}`)].join('\n'));
}

/** Runs one CLI invocation and returns its exit code; never prints a stack trace for a user's mistake. */
export async function main(args: readonly string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    help(io);
    return name ? EXIT.ok : EXIT.unusable;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`未知命令“${name}”`);
    help(io);
    return EXIT.unusable;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UserFacingError) {
      io.err(error.message);
      return EXIT.unusable;
    }
    io.err(`出现意外错误：${error instanceof Error ? error.message : String(error)}`);
    return EXIT.unusable;
  }
}
