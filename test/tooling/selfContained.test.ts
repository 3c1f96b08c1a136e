import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/cli.ts';

const testDir = path.join(repoRoot, 'test');

/** Every TypeScript file under test/ (tests and their support code), relative to the repository. */
function testFiles(dir = testDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'artifacts' ? [] : testFiles(full);
    return /\.(ts|tsx|mts)$/.test(entry.name) ? [path.relative(repoRoot, full)] : [];
  });
}

// Built from parts so this file does not trip its own check.
const BRIEFING = ['..', 'shared'].join('/');
const MACHINE = ['', 'work', ''].join('/');

/**
 * Why `text` (the content of the test file at `file`) reaches outside the checkout: the briefing
 * folder beside it, this machine's folders, or a relative path that climbs above the repository.
 */
function outsideReferences(file: string, text: string): string[] {
  const found: string[] = [];
  if (text.includes(`'${BRIEFING}`) || text.includes(`"${BRIEFING}`) || text.includes(`\`${BRIEFING}`)) found.push(`${BRIEFING} (the briefing folder)`);
  if (text.includes(MACHINE)) found.push(`${MACHINE} (an absolute path of this machine)`);
  for (const [, literal] of text.matchAll(/['"`]((?:\.\.\/)+[^'"`\s]*)['"`]/g)) {
    const target = path.resolve(repoRoot, path.dirname(file), literal!);
    if (path.relative(repoRoot, target).startsWith('..')) found.push(`${literal} (outside the repository)`);
  }
  return found;
}

describe('a clone of the repository alone runs its tests', () => {
  it('no test file reads the briefing folder, an absolute path of this machine or a path above the checkout', () => {
    const offenders = testFiles().flatMap((file) => outsideReferences(file, readFileSync(path.join(repoRoot, file), 'utf8')).map((why) => `${file}: ${why}`));
    expect(offenders).toEqual([]);
  });

  it.each([
    [`const dir = path.resolve(repoRoot, '${BRIEFING}/fixtures');`, 'the briefing folder'],
    [`const f = '${MACHINE}shared/fixtures/a.xlsx';`, 'an absolute path'],
    [`import { x } from '${'../'.repeat(3)}elsewhere/x.ts';`, 'a path above the checkout'],
  ])('the check finds %s (%s)', (code) => {
    expect(outsideReferences('test/support/x.ts', code)).toHaveLength(1);
  });

  it('the check lets imports of the repository through', () => {
    expect(outsideReferences('test/xlsx/x.test.ts', "import { a } from '../../shared/model/plan.ts';\nimport { b } from '../support/fixtures.ts';")).toEqual(
      [],
    );
  });
});
