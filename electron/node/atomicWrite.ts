import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

async function fsyncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable. Windows cannot open a folder for fsync; the rename is still atomic there.
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    /* not supported on this platform */
  } finally {
    await handle?.close();
  }
}

async function writeDurably(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await fs.open(file, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const tempName = (target: string, tag: string) =>
  path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.${tag}`);

/** The names tempName gives: `.<target>.<pid>.<8 hex>.tmp` or `.bak-tmp`, for the files this program writes. */
const TEMP_NAME = /^\.(.+\.(?:aidplan|json))\.\d+\.[0-9a-f]{8}\.(?:tmp|bak-tmp)$/;
/** How our temporary files begin (an .aidplan file, the recovery copy); a file cut short holds a part of it, maybe nothing. */
const OUR_HEADS = ['{\n  "format": "aidplan"', '{"savedAt":"'];

/** When this process started (a leftover older than this cannot be a write in progress of ours). */
const processStart = Date.now() - process.uptime() * 1000;

async function isOurs(file: string): Promise<boolean> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, 'r');
    const head = Buffer.alloc(64);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const text = head.subarray(0, bytesRead).toString('utf8');
    return OUR_HEADS.some((ours) => text.startsWith(ours) || ours.startsWith(text));
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/**
 * Removes the temporary files an interrupted save left in `dir` (a crash or a
 * kill between writing and renaming): only files named as this program names
 * them AND beginning as its files begin AND older than this process, so
 * nobody else's file and no save in progress is touched. Returns how many.
 * Never throws: a leftover that cannot be removed stays for the next time.
 */
export async function removeLeftovers(dir: string): Promise<number> {
  let removed = 0;
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!TEMP_NAME.test(name)) continue;
    const file = path.join(dir, name);
    try {
      const stat = await fs.lstat(file);
      if (!stat.isFile() || stat.mtimeMs >= processStart) continue;
      if (!(await isOurs(file))) continue;
      await fs.rm(file);
      removed++;
    } catch {
      /* gone meanwhile, or not ours to remove */
    }
  }
  return removed;
}

/**
 * Replaces `target` with `data` so that a crash at any moment leaves either
 * the old file or the new one, never a mix: the data goes to a temporary
 * file in the same folder, is flushed, then renamed over the target. With
 * `backup`, the previous version is first kept as `<target>.bak` (itself
 * replaced the same way).
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: { backup?: boolean } = {}): Promise<void> {
  const dir = path.dirname(target);
  if (options.backup) {
    const previous = await fs.readFile(target).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (previous) {
      const bakTemp = tempName(target, 'bak-tmp');
      try {
        await writeDurably(bakTemp, previous);
        await fs.rename(bakTemp, `${target}.bak`);
      } catch (error) {
        await fs.rm(bakTemp, { force: true });
        throw error;
      }
    }
  }
  const temp = tempName(target, 'tmp');
  try {
    await writeDurably(temp, data);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await fsyncDirectory(dir);
}
