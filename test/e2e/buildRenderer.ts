/**
 * Builds the renderer (the same Vite config as electron-vite's) for the e2e
 * tests, into out/e2e-renderer/<stamp>/ where the stamp names the state of
 * the sources. Several test runs in one checkout share a finished build and
 * never see a half-written one: each build goes to a temporary folder that
 * is renamed into place when complete. Run by vitest's globalSetup.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { rendererViteConfig } from '../../electron.vite.config.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILDS_DIR = path.join(root, 'out', 'e2e-renderer');

function stampFiles(dir: string, hash: ReturnType<typeof createHash>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) stampFiles(full, hash);
    else {
      const s = statSync(full);
      hash.update(`${full}:${s.size}:${s.mtimeMs}\n`);
    }
  }
}

/** A short name for the current state of everything the page is built from. */
function sourceStamp(): string {
  const hash = createHash('sha256');
  stampFiles(path.join(root, 'renderer'), hash);
  stampFiles(path.join(root, 'shared'), hash);
  for (const f of ['electron.vite.config.ts', 'package-lock.json']) hash.update(`${f}:${statSync(path.join(root, f)).mtimeMs}\n`);
  hash.update('production+jsx\n'); // builds before React's production build was forced have another stamp
  return hash.digest('hex').slice(0, 16);
}

/** Builds unless a build of the same sources exists; returns the folder holding index.html. */
export async function buildRenderer(): Promise<string> {
  const target = path.join(BUILDS_DIR, sourceStamp());
  if (existsSync(path.join(target, 'index.html'))) return target;
  mkdirSync(BUILDS_DIR, { recursive: true });
  const temp = `${target}.tmp-${process.pid}`;
  // The page as it ships: under vitest NODE_ENV is 'test', which would give React's development build, and
  // Vite and the React plugin read NODE_ENV itself (not only `mode`) to choose the JSX transform: set it for the build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ ...rendererViteConfig(temp), configFile: false, logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  try {
    renameSync(temp, target);
  } catch {
    rmSync(temp, { recursive: true, force: true }); // another run finished the same build first
  }
  // Old builds go after a day (a run that started on one may still be reading it now).
  for (const name of readdirSync(BUILDS_DIR)) {
    const dir = path.join(BUILDS_DIR, name);
    if (dir !== target && Date.now() - statSync(dir).mtimeMs > 86_400_000) rmSync(dir, { recursive: true, force: true });
  }
  return target;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  console.log(`renderer built in ${await buildRenderer()}`);
}
