import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '../fileErrors.ts';

/** Environment variable naming the browser program to use, ahead of every built-in place. */
export const BROWSER_ENV = 'AIDPLAN_BROWSER';
/**
 * Environment variable replacing the built-in list of places to look, as a
 * path-delimiter-separated list (empty: look nowhere). For tests and for
 * offices that keep a portable browser somewhere unusual.
 */
export const BROWSER_PATHS_ENV = 'AIDPLAN_BROWSER_PATHS';

/** Where Chromium-family browsers are installed, by platform, most common first. */
export function defaultBrowserPaths(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', env.PROGRAMFILES ?? 'C:\\Program Files', env.LOCALAPPDATA].filter(
      (r): r is string => !!r,
    );
    return roots.flatMap((root) => [
      path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/snap/bin/chromium',
  ];
}

/** The places to look: AIDPLAN_BROWSER_PATHS when set, else the platform's usual places. */
export function browserCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = env[BROWSER_PATHS_ENV];
  if (listed !== undefined) return listed.split(path.delimiter).filter((p) => p.trim() !== '');
  return defaultBrowserPaths(process.platform, env);
}

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

/**
 * The path of a Chromium-family browser (Chromium, Google Chrome, Microsoft
 * Edge) to render PDFs with: AIDPLAN_BROWSER if set, else the first candidate
 * that exists. Throws a UserFacingError in Chinese saying what to install
 * when there is none.
 */
export function findBrowser(options: { candidates?: readonly string[]; env?: NodeJS.ProcessEnv } = {}): string {
  const env = options.env ?? process.env;
  const chosen = env[BROWSER_ENV]?.trim();
  if (chosen) {
    if (isFile(chosen)) return chosen;
    throw new UserFacingError(`环境变量 ${BROWSER_ENV} 指定的浏览器“${chosen}”不存在，无法生成PDF`);
  }
  const candidates = options.candidates ?? browserCandidates(env);
  const found = candidates.find(isFile);
  if (found) return found;
  throw new UserFacingError(
    [
      '未找到可用于生成PDF的浏览器：需要 Microsoft Edge、Google Chrome 或 Chromium 之一。',
      '请安装其中之一（Windows 10/11 自带 Edge），或用环境变量 AIDPLAN_BROWSER 指定浏览器程序的完整路径。',
      candidates.length > 0 ? `已查找：${candidates.join('；')}` : '（未设置任何查找位置）',
    ].join('\n'),
  );
}
