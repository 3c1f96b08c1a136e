import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { cspMetaPlugin, CSP_PLACEHOLDER } from '../../electron.vite.config.ts';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../electron/node/contentSecurityPolicy.ts';

// hardening.ts takes Electron's session and web contents as arguments: stand-ins record what it sets.
const { denyPermissions, enforceCsp, lockNavigation } = await import('../../electron/main/hardening.ts');

type Handler = (...args: never[]) => unknown;

describe('permissions', () => {
  it('every permission request is denied, and every permission check fails', () => {
    const set: Record<string, Handler> = {};
    const session = {
      setPermissionRequestHandler: (h: Handler) => (set['request'] = h),
      setPermissionCheckHandler: (h: Handler) => (set['check'] = h),
    } as unknown as Session;
    denyPermissions(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      (set['request'] as (c: unknown, p: string, cb: (granted: boolean) => void) => void)({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect((set['check'] as (c: unknown, p: string) => boolean)({}, permission), permission).toBe(false);
    }
  });
});

describe('navigation', () => {
  function locked() {
    const on: Record<string, Handler> = {};
    let openHandler: Handler = () => undefined;
    const contents = { on: (event: string, h: Handler) => (on[event] = h), setWindowOpenHandler: (h: Handler) => (openHandler = h) } as unknown as WebContents;
    lockNavigation(contents, (url) => url.startsWith('app://aidplan/'));
    const attempt = (event: string, url: string) => {
      const e = { preventDefault: vi.fn() };
      (on[event] as (e: unknown, url: string) => void)(e, url);
      return e.preventDefault.mock.calls.length > 0 ? 'blocked' : 'allowed';
    };
    return { attempt, open: (url: string) => (openHandler as (d: { url: string }) => unknown)({ url }), on };
  }

  it('navigation and redirects away from the app are both blocked', () => {
    const { attempt } = locked();
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(attempt(event, 'https://example.com/')).toBe('blocked');
      expect(attempt(event, 'file:///home/u/Downloads/renderer/evil.html')).toBe('blocked');
      expect(attempt(event, 'app://aidplan/index.html')).toBe('allowed');
    }
  });

  it('no page opens a window or anything outside: every window request is denied, and <webview> is refused', () => {
    const { open, on } = locked();
    for (const url of ['https://example.com/', 'http://example.com/', 'file:///etc/passwd', 'app://aidplan/index.html', 'mailto:a@b.cn'])
      expect(open(url)).toEqual({ action: 'deny' });
    const attach = { preventDefault: vi.fn() };
    (on['will-attach-webview'] as (e: unknown) => void)(attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});

describe('the Content-Security-Policy', () => {
  it('in production allows no WebSocket, no inline or eval script, nothing from elsewhere', () => {
    for (const csp of [CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY]) {
      expect(csp).not.toMatch(/ws:|wss:|'unsafe-eval'|\*/);
      expect(/script-src ([^;]*)/.exec(csp)?.[1]).toBe("'self'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    const headers: unknown[] = [];
    const session = {
      webRequest: {
        onHeadersReceived: (h: (d: unknown, cb: (r: unknown) => void) => void) => h({ responseHeaders: { 'X-A': ['1'] } }, (r) => headers.push(r)),
      },
    } as unknown as Session;
    enforceCsp(session, CONTENT_SECURITY_POLICY);
    expect(headers).toEqual([{ responseHeaders: { 'X-A': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }]);
  });

  it('the built index.html carries the production policy; only the dev server adds what Vite needs', async () => {
    const plugin = cspMetaPlugin();
    const transform = (plugin.transformIndexHtml as { handler: (html: string, ctx: object) => string }).handler;
    const html = `<meta http-equiv="Content-Security-Policy" content="${CSP_PLACEHOLDER}" />`;
    expect(transform(html, {})).toBe(`<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`);
    expect(transform(html, { server: {} })).toContain(DEV_CONTENT_SECURITY_POLICY);
    expect(DEV_CONTENT_SECURITY_POLICY).toContain('ws://localhost:*');
  });
});
