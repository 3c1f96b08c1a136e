import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Saves or opens a plan file in a child process, as an ordinary user when the
 * tests run as root (root may write into read-only folders and read any file,
 * so permissions could not fail otherwise). Build once per test file.
 */
export async function userChild(): Promise<(file: string, mode?: 'save' | 'open') => Promise<{ ok?: true; message?: string }>> {
  const shared = await fs.mkdtemp(path.join(tmpdir(), 'aidplan-child-'));
  await fs.chmod(shared, 0o755);
  const child = path.join(shared, 'saveChildOnce.mjs');
  await build({ entryPoints: [path.join(here, 'saveChildOnce.ts')], bundle: true, platform: 'node', format: 'esm', outfile: child, logLevel: 'silent' });
  await fs.chmod(child, 0o644);
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  return async (file, mode = 'save') => {
    const { stdout } = await promisify(execFile)(process.execPath, [child, file, mode], { ...asUser, cwd: '/' });
    return JSON.parse(stdout) as { ok?: true; message?: string };
  };
}
