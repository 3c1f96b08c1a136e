/**
 * `npm run bench`: runs every test/bench/*.bench.ts in turn and prints its
 * figures. Each module's default export prints through `log` and returns.
 * Pass names to run only some: `npm run bench -- engine`.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type BenchLog = (line: string) => void;

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

for (const file of files) {
  console.log(`\n=== ${file.replace('.bench.ts', '')} ===`);
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { default: (log: BenchLog) => Promise<void> };
  await mod.default((line) => console.log(line));
}
