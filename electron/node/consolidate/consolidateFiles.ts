import { promises as fs } from 'node:fs';
import path from 'node:path';
import { computePlan } from '../../../shared/engine/planEngine.ts';
import { consolidate, type Consolidation, type ConsolidationFailure, type ConsolidationSource } from '../../../shared/consolidate/consolidate.ts';
import { openAnyPlan } from '../openAnyPlan.ts';
import { writeUserFile } from '../writeUserFile.ts';
import { UserFacingError, describeFileError } from '../fileErrors.ts';
import { summaryWorkbook } from './summaryWorkbook.ts';

const READABLE = new Set(['.aidplan', '.xlsx']);

/** The plan files named: files as they are, folders by their .aidplan and .xlsx files (not recursive), in name order. */
export async function planFilesIn(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => null);
    if (stat?.isDirectory()) {
      const names = (await fs.readdir(p)).filter((n) => READABLE.has(path.extname(n).toLowerCase()) && !n.startsWith('.') && !n.startsWith('~$'));
      files.push(...names.sort((a, b) => a.localeCompare(b, 'zh-CN')).map((n) => path.join(p, n)));
    } else files.push(p);
  }
  return files;
}

/**
 * Reads every file and sums them; a file that cannot be read is listed with
 * its reason and the rest still merge. `onProgress` is told after each file;
 * an aborted `signal` stops before the next file (throwing its reason).
 * `excluded`: files left out of the sums (by default the duplicates of another file).
 */
export async function consolidateFiles(
  paths: readonly string[],
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
  excluded?: ReadonlySet<string>,
): Promise<Consolidation> {
  const files = await planFilesIn(paths);
  const sources: ConsolidationSource[] = [];
  const failures: ConsolidationFailure[] = [];
  onProgress?.(0, files.length);
  for (const [i, file] of files.entries()) {
    signal?.throwIfAborted();
    const source = path.basename(file);
    try {
      const { plan } = await openAnyPlan(file, { signal });
      sources.push({ source, plan, results: computePlan(plan) });
    } catch (error) {
      // 取消 while a file was read is not that file's failure.
      signal?.throwIfAborted();
      failures.push({ source, reason: error instanceof UserFacingError ? error.message : describeFileError(error, source, '读取') });
    }
    onProgress?.(i + 1, files.length);
  }
  signal?.throwIfAborted();
  return consolidate(sources, failures, excluded);
}

/** Writes the 汇总 workbook atomically. */
export async function writeSummaryWorkbook(summary: Consolidation, file: string): Promise<void> {
  await writeUserFile(file, await summaryWorkbook(summary));
}
