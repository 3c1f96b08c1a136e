import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readPlanFile, writePlanFile } from '../../shared/file/planFile.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { writeFileAtomic } from './atomicWrite.ts';
import { UserFacingError, describeFileError } from './fileErrors.ts';

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
  const read = readPlanFile(text);
  if (!read.ok) throw new UserFacingError(`无法打开“${name}”：${read.message}`);
  return read.plan;
}

/** Saves a plan atomically, keeping the previous version as `<name>.aidplan.bak`. */
export async function savePlanFile(file: string, plan: Plan): Promise<void> {
  try {
    await writeFileAtomic(file, writePlanFile(plan), { backup: true });
  } catch (error) {
    throw new UserFacingError(describeFileError(error, path.basename(file), '保存'));
  }
}
