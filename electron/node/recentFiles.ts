import path from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../shared/ipc.ts';
import { readJson, writeJson } from './jsonStore.ts';

/** How many files 文件 › 最近打开 lists. */
export const MAX_RECENT = 10;

const stored = z.array(z.string().min(1).max(4096)).max(100);

/** Windows paths compare without case; elsewhere exactly. */
const sameFile = (a: string, b: string) => (process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b);

/**
 * 最近打开: the last files opened or saved, newest first, kept in
 * `recent.json` of the app's data folder. It is also the only list of paths
 * the renderer may ask to open by name.
 */
export class RecentFiles {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'recent.json');
  }

  async list(): Promise<RecentFile[]> {
    const parsed = stored.safeParse(await readJson(this.file));
    const paths = parsed.success ? parsed.data.slice(0, MAX_RECENT) : [];
    return paths.map((p) => ({ path: p, name: path.basename(p) }));
  }

  /** Is this exact path on the list? */
  async has(file: string): Promise<boolean> {
    return (await this.list()).some((r) => sameFile(r.path, file));
  }

  /** Puts a file first on the list. */
  async add(file: string): Promise<RecentFile[]> {
    const absolute = path.resolve(file);
    const paths = [absolute, ...(await this.list()).map((r) => r.path).filter((p) => !sameFile(p, absolute))].slice(0, MAX_RECENT);
    await writeJson(this.file, paths);
    return paths.map((p) => ({ path: p, name: path.basename(p) }));
  }

  /** Drops a file that could not be opened. */
  async remove(file: string): Promise<void> {
    const paths = (await this.list()).map((r) => r.path).filter((p) => !sameFile(p, file));
    await writeJson(this.file, paths);
  }
}
