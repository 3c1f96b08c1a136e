/**
 * Child process of the save-failure tests: saves the 白玉 sample to the path
 * given (or, with "open" after it, opens the file) and prints the outcome as
 * JSON ({ ok } or { message }). The tests run it as an ordinary user when they
 * run as root, for whom no folder is read-only and every file readable.
 */
import { openPlanFile, savePlanFile } from '../../electron/node/planFiles.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';

try {
  if (process.argv[3] === 'open') await openPlanFile(process.argv[2]!);
  else await savePlanFile(process.argv[2]!, wuhouBaiyu());
  process.stdout.write(JSON.stringify({ ok: true }));
} catch (error) {
  process.stdout.write(JSON.stringify({ message: error instanceof Error ? error.message : String(error) }));
}
