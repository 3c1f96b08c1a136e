/** Characters Windows forbids in a file name, and line breaks and tabs (a pasted title may hold them). */
const FORBIDDEN = /[\\/:*?"<>|\r\n\t]/g;

/**
 * The file name the save and export dialogs suggest for a plan title or
 * document name: forbidden characters become “_”, at most 80 characters,
 * no trailing dots or spaces (Windows drops them), “未命名规划” when blank.
 */
export function planFileName(title: string, ext: string): string {
  const clean = title
    .trim()
    .replace(FORBIDDEN, '_')
    .slice(0, 80)
    .replace(/[. ]+$/, '');
  return `${clean || '未命名规划'}${ext}`;
}
