/**
 * Compiles the command line (electron/cli/main.ts and what it imports) to
 * plain JavaScript with esbuild, so `aidplan` starts without compiling
 * TypeScript. Used by bin/aidplan.mjs on first use and whenever a source it
 * was built from has changed, and by `npm run build:cli`.
 *
 * Layout: out/cli/<build id>/main.mjs (+ chunks loaded on demand: ExcelJS,
 * the .xlsx reader, the PDF renderer), and out/cli/current.json naming the
 * build and the modification times of its inputs. A build is written to its
 * own folder and made current by renaming current.json into place, so two
 * processes building at once (test workers) never see a half-written build.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where builds go; AIDPLAN_CLI_OUT moves them, inside the checkout (the first-use test builds in a folder of its own). */
const CLI_OUT = process.env.AIDPLAN_CLI_OUT ?? path.join(root, 'out', 'cli');
const POINTER = path.join(CLI_OUT, 'current.json');
const ENTRY = path.join(root, 'electron', 'cli', 'main.ts');
/** Must equal WORKER_BUNDLE_NAME of electron/node/xlsx/workerBundle.ts (this file is plain JavaScript, run before anything is compiled). */
const WORKER_BUNDLE_NAME = 'xlsxImportWorker';
const THIS_FILE = fileURLToPath(import.meta.url);
/** Builds older than this, other than the current one, are removed by the next build. */
const KEEP_OLD_MS = 10 * 60 * 1000;

/**
 * The current build's entry file, or null when there is none or a source it
 * was built from changed since (a stat per input: a few milliseconds).
 */
export function currentBuild() {
  let pointer;
  try {
    pointer = JSON.parse(readFileSync(POINTER, 'utf8'));
  } catch {
    return null;
  }
  for (const [file, mtime] of Object.entries(pointer.inputs)) {
    try {
      if (statSync(path.join(root, file)).mtimeMs !== mtime) return null;
    } catch {
      return null;
    }
  }
  return path.join(CLI_OUT, pointer.dir, 'main.mjs');
}

/** Compiles the CLI into a new build folder, makes it current and returns its entry file. */
export async function buildCli() {
  const { build } = await import('esbuild');
  await fs.mkdir(CLI_OUT, { recursive: true });
  const dir = `build-${Date.now()}-${process.pid}-${randomBytes(4).toString('hex')}`;
  const outdir = path.join(CLI_OUT, dir);
  const result = await build({
    absWorkingDir: root,
    // The import worker is an entry of its own, beside the chunk that starts it (importInWorker.ts).
    entryPoints: { main: ENTRY, [WORKER_BUNDLE_NAME]: path.join(root, 'electron', 'node', 'xlsx', 'importWorker.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    // Packages load from node_modules as they are; ExcelJS and playwright-core only when a command needs them.
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
  });
  const inputs = {};
  for (const file of [...Object.keys(result.metafile.inputs).map((f) => path.resolve(root, f)), THIS_FILE]) {
    inputs[path.relative(root, file)] = statSync(file).mtimeMs;
  }
  const temp = `${POINTER}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await fs.writeFile(temp, JSON.stringify({ dir, inputs }));
  await fs.rename(temp, POINTER);
  await removeOldBuilds(dir);
  return path.join(outdir, 'main.mjs');
}

/** Removes builds a while old that are no longer current (a process started earlier may still be running one). */
async function removeOldBuilds(current) {
  const now = Date.now();
  for (const name of await fs.readdir(CLI_OUT)) {
    const stamp = /^build-(\d+)-/.exec(name);
    if (!stamp || name === current || now - Number(stamp[1]) < KEEP_OLD_MS) continue;
    await fs.rm(path.join(CLI_OUT, name), { recursive: true, force: true });
  }
}

if (process.argv[1] === THIS_FILE) console.log(path.relative(root, await buildCli()));
