/** A failure the user should read: its message is one Chinese sentence, shown as is, without a stack. */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}

/** The Chinese sentence for a failed file operation, from Node's error code. */
export function describeFileError(error: unknown, file: string, action: '打开' | '保存' | '读取' | '写入'): string {
  if (error instanceof UserFacingError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return action === '保存' || action === '写入' ? `无法${action}“${file}”：文件夹不存在` : `找不到文件“${file}”`;
    case 'EACCES':
    case 'EPERM':
      return `无法${action}“${file}”：没有权限（文件可能为只读，或正被其他程序使用）`;
    case 'EISDIR':
      return `“${file}”是文件夹，不是文件`;
    case 'ENOSPC':
      return `无法${action}“${file}”：磁盘空间不足`;
    case 'EBUSY':
      return `无法${action}“${file}”：文件正被其他程序使用`;
    default:
      return `无法${action}“${file}”：${error instanceof Error ? error.message : String(error)}`;
  }
}
