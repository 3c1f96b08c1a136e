import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/cli.ts';
import { NOT_UNIT } from '../../vitest.unit.config.ts';

/** Every test file, relative to the repository, with '/' separators. */
function testFiles(dir = 'test'): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'artifacts' ? [] : testFiles(rel);
    return e.name.endsWith('.test.ts') ? [rel] : [];
  });
}

const isUnit = (file: string) => !NOT_UNIT.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p));

/** What in a test file starts Chromium or LibreOffice. */
const HEAVY = /PdfRenderer|launchBrowser|openApp\(|['"]soffice['"]|makeIcons|from ['"]playwright-core['"]/;

describe('npm run test:unit, the quick loop', () => {
  const files = testFiles();

  it('runs no test that starts Chromium or LibreOffice', () => {
    // This file names what it looks for, so it is not looked at.
    const heavy = files.filter((f) => f !== 'test/tooling/unitTests.test.ts' && isUnit(f) && HEAVY.test(readFileSync(path.join(repoRoot, f), 'utf8')));
    expect(heavy).toEqual([]);
  });

  it('still runs most tests: the pure and Node ones of shared, commands, file, cli, xlsx, electron and tooling', () => {
    const unit = files.filter(isUnit);
    expect(unit.length).toBeGreaterThan(files.length / 2);
    for (const folder of ['test/shared/', 'test/commands/', 'test/file/', 'test/cli/', 'test/xlsx/', 'test/electron/', 'test/tooling/']) {
      expect(
        unit.some((f) => f.startsWith(folder)),
        folder,
      ).toBe(true);
    }
  });

  it('names only files and folders that exist', () => {
    for (const p of NOT_UNIT)
      expect(
        files.some((f) => (p.endsWith('/') ? f.startsWith(p) : f === p)),
        p,
      ).toBe(true);
  });
});
