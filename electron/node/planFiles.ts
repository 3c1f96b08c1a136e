import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Plan } from '../../shared/model/plan.ts';
import { removeLeftovers } from './atomicWrite.ts';
import { UserFacingError, describeFileError, readOnlyMessage } from './fileErrors.ts';
import { writeUserFile } from './writeUserFile.ts';

/**
 * The .aidplan reader and writer, loaded on first use: they bring zod (its schema), whose loading costs a command
 * that reads a workbook (`aidplan inspect x.xlsx`) about 80 ms CPU for nothing.
 */
const planFile = () => import('../../shared/file/planFile.ts');

/** A plan file larger than this is not a plan (10,000 projects take about 10 MB). */
export const MAX_PLAN_FILE_BYTES = 200 * 1024 * 1024;

/** Opens an .aidplan file; throws a UserFacingError with a Chinese message when it cannot. */
export async function openPlanFile(file: string): Promise<Plan> {
  const name = path.basename(file);
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new UserFacingError(`“${name}”是文件夹，不是规划文件`);
    if (stat.size > MAX_PLAN_FILE_BYTES) throw new UserFacingError(`“${name}”过大（超过200MB），不是有效的规划文件`);
    const bytes = await fs.readFile(file);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) throw new UserFacingError(`“${name}”不是 UTF-8 文本，不是有效的规划文件`);
    throw new UserFacingError(describeFileError(error, name, '打开'));
  }
  const read = (await planFile()).readPlanFile(text);
  if (!read.ok) throw new UserFacingError(`无法打开“${name}”：${read.message}`);
  await removeLeftovers(path.dirname(file)); // an earlier session killed while saving here
  return read.plan;
}

/** True when `file` exists and is marked read-only (no write permission bit: the 只读 attribute on Windows). */
async function isReadOnly(file: string): Promise<boolean> {
  const stat = await fs.stat(file).catch(() => null);
  return stat !== null && stat.isFile() && (stat.mode & 0o222) === 0;
}

/**
 * Saves a plan atomically, keeping the previous version as `<name>.aidplan.bak`.
 * A file marked read-only is not replaced (a rename would replace it): the
 * message says so and points to 另存为. Temporary files an interrupted earlier
 * save left in the folder are removed first.
 */
export async function savePlanFile(file: string, plan: Plan): Promise<void> {
  if (await isReadOnly(file)) throw new UserFacingError(readOnlyMessage(file));
  await removeLeftovers(path.dirname(file));
  await writeUserFile(file, (await planFile()).writePlanFile(plan), { backup: true, verb: '保存' });
}
