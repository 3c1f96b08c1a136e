#!/usr/bin/env node
// Entry of the `aidplan` command: runs the compiled CLI (out/cli, plain
// JavaScript). On first use in a fresh clone, or after its sources changed,
// it compiles them first with esbuild (electron/cli/build.mjs), once.
import { pathToFileURL } from 'node:url';
import { buildCli, currentBuild } from '../electron/cli/build.mjs';

const entry = currentBuild() ?? (await buildCli());
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv.slice(2));
