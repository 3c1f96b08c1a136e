import { execFile } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where the page images of the print tests go, to be looked at. */
export const ARTIFACTS = path.resolve(import.meta.dirname, '../../artifacts/print');

/** Text of each page, in content order (`pdftotext -raw`): a wrapped cell's lines stay together. */
export async function rawPages(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return splitPages(stdout);
}

/** Text of each page laid out as on paper (`pdftotext -layout`), for where things are. */
export async function layoutPages(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return splitPages(stdout);
}

function splitPages(text: string): string[] {
  const pages = text.split('\f');
  if (pages.length > 0 && pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

/** Text without any whitespace: pdftotext puts spaces and line breaks where cells wrap. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

/** Number of pages and the size of each (`pdfinfo`), in points. */
export async function pdfPageSizes(pdf: string): Promise<{ width: number; height: number }[]> {
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '9999', pdf]);
  return [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** Renders every page to test/artifacts/print/<name>-<n>.png at 60 dpi and returns the files. */
export async function savePagePngs(pdf: string, name: string): Promise<string[]> {
  await mkdir(ARTIFACTS, { recursive: true });
  for (const old of await readdir(ARTIFACTS)) if (old.startsWith(`${name}-`) && old.endsWith('.png')) await rm(path.join(ARTIFACTS, old));
  await run('pdftoppm', ['-r', '60', '-png', pdf, path.join(ARTIFACTS, name)]);
  return (await readdir(ARTIFACTS))
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => path.join(ARTIFACTS, f));
}
