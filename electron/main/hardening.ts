import type { Session, WebContents } from 'electron';

/**
 * Denies every permission a page can ask for (camera, notifications,
 * geolocation, clipboard read, …) and every permission check: the app needs
 * none (copy and paste use the clipboard events, which need no permission).
 */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Sends `csp` as the Content-Security-Policy header of every response of the session (the dev server's pages too). */
export function enforceCsp(session: Session, csp: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}

/**
 * Keeps a page where it is: navigation and redirects away from the app's
 * own pages are blocked, new windows are denied (no link opens anything:
 * shell.openExternal is not used, as no page needs it), and <webview> is refused.
 */
export function lockNavigation(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
