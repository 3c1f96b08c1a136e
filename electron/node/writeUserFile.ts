import { writeFileAtomic } from './atomicWrite.ts';
import { UserFacingError, describeFileError } from './fileErrors.ts';

/**
 * Writes a file the user asked for (a plan, an export, a PDF) whole or not
 * at all (atomicWrite.ts); a failure is one Chinese sentence naming the file,
 * e.g. “无法写入“附件.pdf”：…”. `verb` says what was being done (保存, 写入).
 */
export async function writeUserFile(file: string, data: string | Uint8Array, options: { backup?: boolean; verb?: '保存' | '写入' } = {}): Promise<void> {
  try {
    await writeFileAtomic(file, data, { backup: options.backup ?? false });
  } catch (error) {
    // The whole path: the message names the folder for conditions of the folder or its disk.
    throw new UserFacingError(describeFileError(error, file, options.verb ?? '写入'));
  }
}
