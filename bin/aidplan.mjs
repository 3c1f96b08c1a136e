#!/usr/bin/env node
// Entry of the `aidplan` command: runs the TypeScript CLI through tsx, so a
// fresh clone needs no build step before `npx aidplan …` works.
import { register } from 'tsx/esm/api';

// When whoever started this process dies (npx killed on a timeout, a closed
// terminal), stop too: a read must not run on as an orphan. Its workers are
// threads of this process and end with it.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(129);
}, 250).unref();

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
