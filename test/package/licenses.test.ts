/**
 * The licence list of the 关于 box (renderer/about/licenses.json, written by
 * build/makeLicenses.ts from node_modules).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LicenseFile } from '../../build/licenses.ts';
import { LICENSES_JSON, licensesJsonText } from '../../build/makeLicenses.ts';
import { ROOT } from './packApp.ts';

async function committed(): Promise<LicenseFile> {
  return JSON.parse(await readFile(LICENSES_JSON, 'utf8')) as LicenseFile;
}

async function installedVersion(name: string): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

describe('the licences of bundled libraries', () => {
  it('are up to date with node_modules (run npx tsx build/makeLicenses.ts after changing dependencies)', async () => {
    expect(await readFile(LICENSES_JSON, 'utf8')).toBe(licensesJsonText());
  });

  it('name every library the app ships, at its installed version, with its licence and licence text', async () => {
    const { packages } = await committed();
    for (const name of ['react', 'react-dom', 'ag-grid-community', 'ag-grid-react', 'decimal.js', 'exceljs', 'zod', 'electron', 'jszip', 'dayjs']) {
      const entry = packages.find((p) => p.name === name);
      expect(entry, name).toBeDefined();
      if (name !== 'jszip' && name !== 'dayjs') expect(entry?.version, name).toBe(await installedVersion(name));
      expect(entry?.license, name).toMatch(/^(\(?[A-Za-z0-9.\-+]+( (OR|AND) [A-Za-z0-9.\-+]+)*\)?)$/);
      expect(entry?.text, name).toMatch(/permission|licen[cs]e/i);
    }
    expect(packages.find((p) => p.name === 'decimal.js')?.license).toBe('MIT');
    expect(packages.find((p) => p.name === 'jszip')?.license).toBe('(MIT OR GPL-3.0-or-later)');
  });

  it('leave out dev tools and the command line’s TypeScript runner', async () => {
    const names = new Set((await committed()).packages.map((p) => p.name));
    for (const name of ['tsx', 'esbuild', 'vitest', 'vite', 'typescript', 'eslint', 'playwright-core', 'electron-builder', 'electron-vite', '@types/node'])
      expect(names.has(name), name).toBe(false);
  });

  it('are sorted by name and list each name@version once', async () => {
    const { packages } = await committed();
    const keys = packages.map((p) => `${p.name}@${p.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(packages.map((p) => p.name)).toEqual([...packages.map((p) => p.name)].sort((a, b) => a.localeCompare(b)));
  });
});
