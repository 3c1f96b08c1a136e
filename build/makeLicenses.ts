/**
 * Writes renderer/about/licenses.json: name, version, licence and licence text
 * of every library that ships inside AidPlan (build/licenses.ts), for the 关于
 * box. Deterministic (no dates), so test/package/licenses.test.ts can tell when
 * node_modules changed and the file was not regenerated.
 *
 * Run: npx tsx build/makeLicenses.ts   (the output is committed)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectLicenses, type LicenseFile } from './licenses.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the renderer imports the list from. */
export const LICENSES_JSON = path.join(root, 'renderer', 'about', 'licenses.json');

/** The file's exact text for the node_modules installed under `rootDir`. */
export function licensesJsonText(rootDir = root): string {
  const file: LicenseFile = { generatedBy: 'build/makeLicenses.ts', packages: collectLicenses(rootDir) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await mkdir(path.dirname(LICENSES_JSON), { recursive: true });
  const text = licensesJsonText();
  await writeFile(LICENSES_JSON, text);
  const { packages } = JSON.parse(text) as LicenseFile;
  console.log(
    `${packages.length} packages, ${packages.filter((p) => p.text === null).length} without a licence file, ${(text.length / 1024).toFixed(0)} KiB → ${path.relative(root, LICENSES_JSON)}`,
  );
}
