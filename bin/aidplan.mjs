#!/usr/bin/env node
// Entry of the `aidplan` command: runs the TypeScript CLI through tsx, so a
// fresh clone needs no build step before `npx aidplan …` works.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
