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
