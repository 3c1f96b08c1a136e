import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * The app's own protocol, `app://aidplan/…`: the built renderer is served
 * from it instead of file:// (Electron's security checklist, item 18), so the
 * page has an origin of its own, file:// pages get nothing, and the IPC
 * sender check can name exactly one scheme and host. No Electron here: the
 * main process hands `serveRendererFiles` to protocol.handle
 * (electron/main/protocol.ts), and tests call it with real files.
 */
export const APP_SCHEME = 'app';
const APP_HOST = 'aidplan';
/** Where the main window starts. */
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/**
 * Is this URL one of the app's own pages? Built: the app protocol's host only.
 * `npm start`: the exact origin of the dev server only.
 */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  const u = parse(url);
  if (!u) return false;
  if (devServerUrl) {
    const dev = parse(devServerUrl);
    return dev !== null && u.protocol === dev.protocol && u.host === dev.host;
  }
  return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
}

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** The file under `rootDir` an app URL names, or null when it names anything else (another host, a way out of the folder). */
function rendererFileOf(url: string, rootDir: string): string | null {
  const u = parse(url);
  if (!u || !isAppUrl(url, undefined)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const file = path.resolve(rootDir, `.${pathname === '/' ? '/index.html' : pathname}`);
  const relative = path.relative(rootDir, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}

const refuse = (status: number) => new Response(null, { status });

/**
 * The protocol handler of `app://aidplan/`: GET of a file inside `rootDir`
 * (after symbolic links), with its type and the CSP header; 403 for any
 * other host, method or a path leading out of the folder; 404 for a file
 * that is not there.
 */
export function serveRendererFiles(rootDir: string, csp: string): (request: Request) => Promise<Response> {
  let realRoot: string | null = null;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    realRoot ??= await fs.realpath(rootDir).catch(() => null);
    const root = realRoot;
    if (root === null) return refuse(404);
    const file = rendererFileOf(request.url, root);
    if (!file) return refuse(403);
    let real: string;
    try {
      real = await fs.realpath(file);
    } catch {
      return refuse(404);
    }
    const inside = path.relative(root, real);
    if (inside.startsWith('..') || path.isAbsolute(inside)) return refuse(403);
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(real);
    } catch {
      return refuse(404);
    }
    const headers = {
      'Content-Type': MIME[path.extname(real).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
    };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), { status: 200, headers });
  };
}
