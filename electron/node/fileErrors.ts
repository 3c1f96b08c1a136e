import path from 'node:path';

/** A failure the user should read: its message is one Chinese sentence, shown as is, without a stack. */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}

type FileAction = '打开' | '保存' | '读取' | '写入';

/**
 * The Chinese sentence for a failed file operation, from Node's error code
 * and the system call that failed: which condition (磁盘已满, 没有写入权限,
 * 文件被其他程序占用, 只读…) and where (the file, or its folder).
 */
export function describeFileError(error: unknown, file: string, action: FileAction): string {
  if (error instanceof UserFacingError) return error.message;
  const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  const name = path.basename(file);
  const folder = path.dirname(file);
  // Callers that pass only a file name get the folder named in general terms.
  const inFolder = folder === '.' ? '所在文件夹' : `文件夹“${folder}”`;
  const onDisk = folder === '.' ? '所在磁盘' : `“${folder}”所在磁盘`;
  const writing = action === '保存' || action === '写入';
  const cannot = `无法${action}“${name}”`;
  switch (code) {
    case 'ENOENT':
      return writing ? `${cannot}：${inFolder}不存在` : `找不到文件“${name}”`;
    case 'EEXIST': // mkdir where a file has the folder's name
    case 'ENOTDIR':
      return `${cannot}：路径中有一项不是文件夹`;
    case 'EACCES':
    case 'EPERM':
      // Windows refuses to replace a file another program holds open with EPERM on rename.
      if (writing && syscall === 'rename') return `${cannot}：文件被其他程序占用（如 Excel、WPS 或杀毒软件），请关闭后重试，或用“另存为”保存到其他文件`;
      return writing ? `${cannot}：没有写入权限（${inFolder}不允许写入），请用“另存为”保存到其他文件夹` : `${cannot}：没有读取权限`;
    case 'EBUSY':
    case 'ETXTBSY':
      return `${cannot}：文件被其他程序占用（如 Excel、WPS 或杀毒软件），请关闭后重试`;
    case 'EROFS':
      return `${cannot}：所在磁盘是只读的（如光盘或写保护的U盘），请用“另存为”保存到其他位置`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `${cannot}：磁盘已满（${onDisk}没有剩余空间），请清理磁盘或用“另存为”保存到其他位置`;
    case 'ENAMETOOLONG':
      return `${cannot}：文件路径过长`;
    case 'EISDIR':
      return `“${name}”是文件夹，不是文件`;
    case 'EMFILE':
    case 'ENFILE':
      return `${cannot}：同时打开的文件过多，请稍后重试`;
    case 'EIO':
      return `${cannot}：磁盘读写错误（磁盘或网络位置可能已断开）`;
    default:
      return `${cannot}：${error instanceof Error ? error.message : String(error)}`;
  }
}

/** 保存 over a file marked read-only: said so, with the way out. */
export function readOnlyMessage(file: string): string {
  return `文件“${path.basename(file)}”是只读的，未保存。请用“另存为”保存到其他文件`;
}
