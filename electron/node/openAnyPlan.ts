import path from 'node:path';
import type { Plan } from '../../shared/model/plan.ts';
import { openPlanFile } from './planFiles.ts';
import { UserFacingError } from './fileErrors.ts';

/** What opening a file gives: the plan, and any notes the reader made on the way (an import report). */
export interface OpenedPlan {
  readonly plan: Plan;
  readonly notes: readonly string[];
  /** Ids the reader numbered itself (workbook rows without 行标识): no identity, for comparing drafts. */
  readonly assignedIds?: ReadonlySet<string>;
}

/** How a read may be stopped: 取消 aborts the signal. */
export interface OpenOptions {
  readonly signal?: AbortSignal;
}

type Opener = (file: string, options: OpenOptions) => Promise<OpenedPlan>;

/** Readers by file extension; the Excel reader adds '.xlsx'. */
const openers = new Map<string, Opener>([['.aidplan', async (file) => ({ plan: await openPlanFile(file), notes: [] })]]);

export function registerOpener(extension: string, opener: Opener): void {
  openers.set(extension.toLowerCase(), opener);
}

/** Opens a plan from any file kind the program reads; a Chinese UserFacingError when it cannot. */
export async function openAnyPlan(file: string, options: OpenOptions = {}): Promise<OpenedPlan> {
  const ext = path.extname(file).toLowerCase();
  const opener = openers.get(ext);
  if (!opener) {
    const known = [...openers.keys()].join('、');
    throw new UserFacingError(`无法打开“${path.basename(file)}”：不支持的文件类型“${ext || '无扩展名'}”（支持 ${known}）`);
  }
  return opener(file, options);
}
