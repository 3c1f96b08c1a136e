import { protocol } from 'electron';
import { APP_SCHEME, serveRendererFiles } from '../node/appProtocol.ts';
import { CONTENT_SECURITY_POLICY } from '../node/contentSecurityPolicy.ts';

/**
 * Declares `app://` a standard, secure scheme (an origin of its own, module
 * scripts, fetch): must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

/** Serves the built renderer folder on `app://aidplan/` (after ready). */
export function handleAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, serveRendererFiles(rendererDir, CONTENT_SECURITY_POLICY));
}
