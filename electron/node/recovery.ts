import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readPlanFile, writePlanFile } from '../../shared/file/planFile.ts';
import type { RecoveryInfo } from '../../shared/ipc.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { removeLeftovers, writeFileAtomic } from './atomicWrite.ts';
import { UserFacingError, describeFileError } from './fileErrors.ts';

const copy = z.object({
  savedAt: z.string(),
  displayName: z.string().max(1000),
  filePath: z.string().max(4096).nullable(),
  /** The document as the text of an .aidplan file. */
  file: z.string(),
});

/**
 * The recovery copy: the open document with who it was, written atomically as
 * one file (`recovery/current.json` of the data folder) every 30 s and on
 * blur, so the plan and its name can never come from two different moments.
 * It is removed on 保存 and on a normal close, so a copy found at startup means
 * the last session ended in a crash. The user's own file is never written by
 * autosave.
 *
 * Writes and removals run one after another in the order asked: an autosave
 * still being written when the user saves cannot land after the removal and
 * leave a stale copy behind.
 */
export class RecoveryStore {
  private readonly dir: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'recovery');
  }

  /** Where the copy lives (tests read and age it). */
  get copyFile(): string {
    return path.join(this.dir, 'current.json');
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  write(plan: Plan, info: { displayName: string; filePath: string | null }): Promise<void> {
    const text = JSON.stringify({ savedAt: new Date().toISOString(), ...info, file: writePlanFile(plan) });
    return this.inTurn(async () => {
      await fs.mkdir(this.dir, { recursive: true });
      await writeFileAtomic(this.copyFile, text);
    }).catch((error: unknown) => {
      throw new UserFacingError(describeFileError(error, this.copyFile, '写入').replace('无法写入', '无法写入恢复副本'));
    });
  }

  /** The copy left by a crashed session, or null (none, or not readable: nothing to offer). */
  read(): Promise<{ info: RecoveryInfo; plan: Plan } | null> {
    return this.inTurn(async () => {
      await removeLeftovers(this.dir); // read at every start: a copy being written when the app was killed
      let parsed: z.infer<typeof copy>;
      try {
        const found = copy.safeParse(JSON.parse(await fs.readFile(this.copyFile, 'utf8')));
        if (!found.success) return null;
        parsed = found.data;
      } catch {
        return null;
      }
      const read = readPlanFile(parsed.file);
      if (!read.ok) return null;
      const { savedAt, displayName, filePath } = parsed;
      return { info: { savedAt, displayName, filePath }, plan: read.plan };
    });
  }

  clear(): Promise<void> {
    return this.inTurn(() => fs.rm(this.copyFile, { force: true }));
  }
}
