import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readPlanFile, writePlanFile } from '../../shared/file/planFile.ts';
import type { RecoveryInfo } from '../../shared/ipc.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { writeFileAtomic } from './atomicWrite.ts';

/** How often the open document is copied to the recovery file (also on window blur). */
export const AUTOSAVE_INTERVAL_MS = 30_000;

const meta = z.object({ savedAt: z.string(), displayName: z.string().max(1000), filePath: z.string().max(4096).nullable() });

/**
 * The recovery copy: the open document, written atomically every 30 s and on
 * blur to `recovery/current.aidplan` of the data folder, with who it was in
 * `recovery/current.json`. It is removed on 保存 and on a normal close, so a
 * copy found at startup means the last session ended in a crash. The user's
 * own file is never written by autosave.
 */
export class RecoveryStore {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'recovery');
  }

  private get planFile() {
    return path.join(this.dir, 'current.aidplan');
  }

  private get metaFile() {
    return path.join(this.dir, 'current.json');
  }

  async write(plan: Plan, info: { displayName: string; filePath: string | null }): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    await writeFileAtomic(this.planFile, writePlanFile(plan));
    const record: RecoveryInfo = { savedAt: new Date().toISOString(), displayName: info.displayName, filePath: info.filePath };
    await writeFileAtomic(this.metaFile, JSON.stringify(record));
  }

  /** The copy left by a crashed session, or null (none, or not readable: nothing to offer). */
  async read(): Promise<{ info: RecoveryInfo; plan: Plan } | null> {
    let text: string;
    let info: RecoveryInfo;
    try {
      text = await fs.readFile(this.planFile, 'utf8');
      const parsed = meta.safeParse(JSON.parse(await fs.readFile(this.metaFile, 'utf8')));
      info = parsed.success ? parsed.data : { savedAt: '', displayName: '恢复的文档', filePath: null };
    } catch {
      return null;
    }
    const read = readPlanFile(text);
    return read.ok ? { info, plan: read.plan } : null;
  }

  async clear(): Promise<void> {
    await fs.rm(this.planFile, { force: true });
    await fs.rm(this.metaFile, { force: true });
  }
}
