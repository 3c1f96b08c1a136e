/**
 * Child process of the save-failure tests: saves the 白玉 sample to the path
 * given and prints the outcome as JSON ({ ok } or { message }). The tests run
 * it as an ordinary user when they run as root, for whom no folder is
 * read-only.
 */
import { savePlanFile } from '../../electron/node/planFiles.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';

try {
  await savePlanFile(process.argv[2]!, wuhouBaiyu());
  process.stdout.write(JSON.stringify({ ok: true }));
} catch (error) {
  process.stdout.write(JSON.stringify({ message: error instanceof Error ? error.message : String(error) }));
}
