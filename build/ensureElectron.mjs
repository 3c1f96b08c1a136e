// `npm start` on a fresh `npm ci`: this repository's .npmrc turns off install
// scripts (so `npm ci` works offline), which leaves Electron's own binary
// undownloaded. Fetch it once here, with Electron's own installer, before the
// app starts. Needs internet access (ELECTRON_MIRROR is honoured).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
if (!existsSync(path.join(electronDir, 'path.txt'))) {
  console.log('首次启动：正在下载 Electron 运行环境…');
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('无法下载 Electron（需要联网；可设置 ELECTRON_MIRROR 使用镜像，例如 https://npmmirror.com/mirrors/electron/）。');
    process.exit(1);
  }
}
