import { BrowserWindow } from 'electron';
import { PRODUCT_NAME } from '../../shared/product.ts';
import { APP_START_URL } from '../node/appProtocol.ts';
import { DEFAULT_SIZE, MIN_SIZE, type WindowPlacement } from '../node/windowState.ts';

/**
 * The main window with secure defaults: context isolation, sandbox, no Node
 * in the page. It shows the app's own protocol (app://aidplan/index.html), or
 * the dev server in `npm start`; navigation, new windows and permissions are
 * locked for every page in hardening.ts. `placement` is the remembered size
 * and position (electron/node/windowState.ts), already checked against the screens.
 */
export function createMainWindow(
  preloadFile: string,
  devServerUrl: string | undefined,
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
  win.once('ready-to-show', () => {
    // Maximise before the first paint, so the window does not jump; its normal bounds stay the remembered ones.
    if (placement.maximized) win.maximize();
    win.show();
  });
  void win.loadURL(devServerUrl ?? APP_START_URL);
  return win;
}
