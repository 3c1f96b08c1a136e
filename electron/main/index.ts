/**
 * The Electron main process: one instance, one window, the menu, and the
 * wiring of the plain-Node services (electron/node/handlers.ts) to IPC.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, screen, session as sessions, type BrowserWindow } from 'electron';
import { MENU_CHANNEL, PROGRESS_CHANNEL, type MenuCommand } from '../../shared/ipc.ts';
import { acceptCalls } from '../node/callEntry.ts';
import { createHandlers } from '../node/handlers.ts';
import { electronDialogs } from './dialogs.ts';
import { registerIpc } from './ipc.ts';
import { buildMenu } from './menu.ts';
import { printWithDialog, renderPdfInElectron } from './print.ts';
import { createMainWindow } from './window.ts';
import { denyPermissions, enforceCsp, lockNavigation } from './hardening.ts';
import { handleAppScheme, registerAppScheme } from './protocol.ts';
import { isAppUrl } from '../node/appProtocol.ts';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from '../node/contentSecurityPolicy.ts';
import { keepWindowState, placeWindow, WindowStateStore } from '../node/windowState.ts';

/** The file named on a command line (Windows passes a double-clicked .aidplan as the last argument). */
function fileFromArgv(argv: readonly string[]): string | null {
  const candidates = argv.slice(app.isPackaged ? 1 : 2).filter((a) => !a.startsWith('-'));
  const file = candidates.find((a) => /\.(aidplan|xlsx)$/i.test(a));
  return file ? path.resolve(file) : null;
}

const here = path.dirname(fileURLToPath(import.meta.url));

// zh-CN for Chromium whatever the system's language: date fields (截至日期) show 年/月/日 order, Intl defaults to zh-CN.
app.commandLine.appendSwitch('lang', 'zh-CN');
// The renderer's own scheme must be declared before the app is ready.
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | null = null;
  let closeConfirmed = false;
  let windowKeeper: ReturnType<typeof keepWindowState> | null = null;
  const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
  const send = (command: MenuCommand) => win?.webContents.send(MENU_CHANNEL, command);

  const { handlers, session } = createHandlers({
    dataDir: app.getPath('userData'),
    dialogs: electronDialogs(() => win),
    startFile: fileFromArgv(process.argv),
    appVersion: app.getVersion(),
    progress: (p) => win?.webContents.send(PROGRESS_CHANNEL, p),
    print: {
      pdfBytes: renderPdfInElectron,
      print: printWithDialog,
    },
    window: {
      setTitle(title, dirty) {
        win?.setTitle(title);
        win?.setDocumentEdited(dirty);
      },
      close() {
        closeConfirmed = true;
        win?.close();
      },
    },
  });

  const refreshMenu = async () => buildMenu(send, await handlers.recentFiles(), win);

  app.on('second-instance', (_event, argv) => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
    const file = fileFromArgv(argv);
    if (file) {
      session.pendingPath = file;
      send({ kind: 'openPending' });
    }
  });

  const isOwnPage = (url: string) => isAppUrl(url, devServerUrl);
  // Every page, the main window's and the hidden print windows': no navigation away, no new windows, no <webview>.
  app.on('web-contents-created', (_event, contents) => lockNavigation(contents, isOwnPage));

  void app.whenReady().then(async () => {
    denyPermissions(sessions.defaultSession);
    enforceCsp(sessions.defaultSession, devServerUrl ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
    if (!devServerUrl) handleAppScheme(path.join(here, '../renderer'));
    registerIpc(
      acceptCalls({
        ...handlers,
        // The recent list changes on open and save: rebuild the menu after them.
        openFile: async (...args) => handlers.openFile(...args).finally(() => void refreshMenu()),
        openRecent: async (...args) => handlers.openRecent(...args).finally(() => void refreshMenu()),
        save: async (...args) => handlers.save(...args).finally(() => void refreshMenu()),
        saveAs: async (...args) => handlers.saveAs(...args).finally(() => void refreshMenu()),
      }),
      isOwnPage,
    );
    // The remembered size and position, checked against today's screens (a monitor may be gone).
    const windowStates = new WindowStateStore(app.getPath('userData'));
    const placement = placeWindow(
      await windowStates.read(),
      screen.getAllDisplays().map((d) => d.workArea),
      screen.getPrimaryDisplay().workArea,
    );
    win = createMainWindow(path.join(here, '../preload/index.cjs'), devServerUrl, placement);
    windowKeeper = keepWindowState(win, windowStates);
    win.on('close', (event) => {
      // The renderer asks 保存/不保存/取消 first, then calls closeWindow().
      if (closeConfirmed) return;
      event.preventDefault();
      send({ kind: 'close' });
    });
    win.on('closed', () => {
      win = null;
    });
    await refreshMenu();
  });

  // The window's last size and position is written on close: let that write finish before quitting.
  app.on('window-all-closed', () => void (windowKeeper?.written() ?? Promise.resolve()).finally(() => app.quit()));
}
