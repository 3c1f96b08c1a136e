import path from 'node:path';
import { BrowserWindow, session, shell } from 'electron';
import { DEFAULT_SIZE, MIN_SIZE, type WindowPlacement } from '../node/windowState.ts';
import { PRODUCT_NAME } from '../../shared/product.ts';

/** The page's Content-Security-Policy: only the app's own scripts; AG Grid's theme needs inline styles. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The app's own pages: the built renderer file, or the dev server in `npm start`. */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  if (devServerUrl && url.startsWith(devServerUrl)) return true;
  return url.startsWith('file://') && decodeURIComponent(url).includes(`${path.sep === '\\' ? '/' : path.sep}renderer/`);
}

/**
 * The main window with secure defaults: context isolation, sandbox, no Node in
 * the page, a CSP header, navigation and new windows blocked (links open in
 * the user's browser only for http(s)). `placement` is the remembered size
 * and position (electron/node/windowState.ts), already checked against the screens.
 */
export function createMainWindow(
  preloadFile: string,
  devServerUrl: string | undefined,
  rendererFile: string,
  placement: WindowPlacement = { ...DEFAULT_SIZE, minWidth: MIN_SIZE.width, minHeight: MIN_SIZE.height, maximized: false },
): BrowserWindow {
  const win = new BrowserWindow({
    width: placement.width,
    height: placement.height,
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : { center: true }),
    minWidth: placement.minWidth,
    minHeight: placement.minHeight,
    show: false,
    title: PRODUCT_NAME,
    backgroundColor: '#f3f4f6',
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.once('ready-to-show', () => {
    // Maximise before the first paint, so the window does not jump; its normal bounds stay the remembered ones.
    if (placement.maximized) win.maximize();
    win.show();
  });
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(rendererFile);
  return win;
}
