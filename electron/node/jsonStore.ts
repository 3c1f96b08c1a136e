import { promises as fs } from 'node:fs';
import { writeFileAtomic } from './atomicWrite.ts';

/** Reads a small JSON file of the app's data folder; a missing or unreadable file gives null. */
export async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as unknown;
  } catch {
    return null; // first start, or a damaged settings file: start afresh rather than refuse to start
  }
}

/** Writes a small JSON file atomically (never half-written). */
export async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
}
