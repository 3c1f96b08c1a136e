#!/usr/bin/env node
// Entry of the `aidplan` command: runs the compiled CLI (out/cli, plain
// JavaScript). On first use in a fresh clone, or after its sources changed,
// it compiles them first with esbuild (electron/cli/build.mjs), once.
import { pathToFileURL } from 'node:url';
import { buildCli, currentBuild } from '../electron/cli/build.mjs';

// When whoever started this process dies (npx killed on a timeout, a closed
// terminal), stop too: a read must not run on as an orphan. Its workers are
// threads of this process and end with it.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(129);
}, 250).unref();

const entry = currentBuild() ?? (await buildCli());
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv.slice(2));
