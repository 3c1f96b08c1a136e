/**
 * Collects the licences of the libraries that ship inside AidPlan: the
 * production dependencies in package.json (react, react-dom, AG Grid,
 * decimal.js, exceljs, zod …) and everything they need at run time, read from
 * node_modules the way Node resolves them, plus Electron itself (the runtime
 * the installer carries). For the 关于 box.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LicenseEntry } from '../shared/about/licenses.ts';

export type { LicenseEntry, LicenseFile } from '../shared/about/licenses.ts';

/**
 * Production dependencies that do not ship in the app: tsx only runs the
 * command-line tool from a checkout (bin/aidplan.mjs).
 */
export const NOT_SHIPPED: readonly string[] = ['tsx'];

interface PackageJson {
  name?: string;
  version?: string;
  license?: string | { type?: string };
  licenses?: { type?: string }[];
  homepage?: string;
  repository?: string | { url?: string };
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

function readJson(file: string): PackageJson {
  return JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
}

/** Finds `name` the way Node does: in `fromDir`'s node_modules, then each parent's, up to `rootDir`. */
function resolvePackageDir(name: string, fromDir: string, rootDir: string): string | null {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.resolve(dir) === path.resolve(rootDir)) return null;
    dir = path.dirname(dir); // node_modules/x/node_modules/<name> never exists: harmless to look
  }
}

function licenseOf(pkg: PackageJson): string {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license && typeof pkg.license.type === 'string') return pkg.license.type;
  const legacy = (pkg.licenses ?? []).map((l) => l.type).filter((t): t is string => typeof t === 'string');
  return legacy.length > 0 ? `(${legacy.join(' OR ')})` : 'UNKNOWN';
}

function homepageOf(pkg: PackageJson): string | null {
  if (pkg.homepage) return pkg.homepage;
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (!url) return null;
  return url
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/^github:/, 'https://github.com/');
}

/** The package's licence file (LICENSE, LICENCE, COPYING, LICENSE-MIT, license.md …). */
function licenseText(dir: string): string | null {
  const files = readdirSync(dir)
    .filter((f) => /^(licen[cs]e|copying)([-._].*)?$/i.test(f))
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
  const first = files[0];
  return first === undefined ? null : readFileSync(path.join(dir, first), 'utf8').replace(/\r\n/g, '\n').trim();
}

/**
 * Walks the run-time dependency tree from `rootDir`'s package.json
 * (dependencies minus NOT_SHIPPED, plus electron) and returns one entry per
 * name@version, sorted by name. Type-only packages (@types/*) are left out:
 * they hold no code.
 */
export function collectLicenses(rootDir: string): LicenseEntry[] {
  const rootPkg = readJson(path.join(rootDir, 'package.json'));
  const roots = [...Object.keys(rootPkg.dependencies ?? {}).filter((n) => !NOT_SHIPPED.includes(n)), 'electron'];
  const seen = new Map<string, LicenseEntry>();
  const visitedDirs = new Set<string>();
  const visit = (name: string, fromDir: string, optional: boolean): void => {
    if (name.startsWith('@types/')) return;
    const dir = resolvePackageDir(name, fromDir, rootDir);
    if (dir === null) {
      if (optional) return; // an optional dependency for another platform
      throw new Error(`${name} is a run-time dependency but is not installed (run npm ci)`);
    }
    if (visitedDirs.has(dir)) return;
    visitedDirs.add(dir);
    const pkg = readJson(path.join(dir, 'package.json'));
    const key = `${pkg.name ?? name}@${pkg.version ?? '?'}`;
    if (!seen.has(key)) {
      seen.set(key, { name: pkg.name ?? name, version: pkg.version ?? '?', license: licenseOf(pkg), homepage: homepageOf(pkg), text: licenseText(dir) });
    }
    // Electron's npm package only downloads the runtime; its own dependencies do not ship.
    if (name === 'electron' && fromDir === rootDir) return;
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, dir, false);
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) visit(dep, dir, true);
  };
  for (const name of roots) visit(name, rootDir, false);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}
