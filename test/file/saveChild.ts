/**
 * Child process of the kill-during-save test: saves versions of a plan over
 * one file as fast as it can, forever, until the test kills it. Prints
 * "saved N" after each save so the parent can kill at every moment of one.
 * With "start" after the file it only opens the file, as the app does at its
 * next start, and exits.
 */
import { openPlanFile, savePlanFile } from '../../electron/node/planFiles.ts';
import { bigPlan } from '../support/bigPlan.ts';

const file = process.argv[2]!;
if (process.argv[3] === 'start') {
  await openPlanFile(file);
  process.stdout.write('started\n');
} else {
  const base = bigPlan({ projects: 2000, years: 5, categories: 10 });
  for (let n = 1; ; n++) {
    await savePlanFile(file, { ...base, title: `版本${n}`, projects: base.projects.slice(0, 1000 + (n % 2) * 1000) });
    process.stdout.write(`saved ${n}\n`);
  }
}
