/**
 * The renderer's Content-Security-Policy, declared once: the app's protocol
 * sends it as a header (electron/node/appProtocol.ts) and the built
 * index.html carries it as a meta tag (electron.vite.config.ts). Only the
 * app's own scripts run; AG Grid's theme needs inline styles.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The production policy, as a response header. */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** The production policy as a meta tag can carry it (browsers ignore frame-ancestors there). */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/**
 * `npm start` only: Vite's dev server injects an inline script (React
 * refresh) and reloads over a WebSocket. Never shipped: the build uses the
 * production policy.
 */
export const DEV_CONTENT_SECURITY_POLICY = DIRECTIVES.map((d) =>
  d.startsWith('script-src') ? "script-src 'self' 'unsafe-inline'" : d.startsWith('connect-src') ? "connect-src 'self' ws://localhost:*" : d,
).join('; ');
