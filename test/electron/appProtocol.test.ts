import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_START_URL, isAppUrl, serveRendererFiles } from '../../electron/node/appProtocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/node/contentSecurityPolicy.ts';

/** A built renderer folder beside a secret the protocol must never serve. */
function rendererFolder() {
  const base = mkdtempSync(path.join(os.tmpdir(), 'aidplan-protocol-'));
  const root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>对口帮扶规划表</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'not for the page');
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  return serveRendererFiles(root, CONTENT_SECURITY_POLICY);
}

describe('the app protocol app://aidplan/', () => {
  it('serves the built page and its assets with their type and the CSP header', async () => {
    const serve = rendererFolder();
    const page = await serve(new Request(APP_START_URL));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('对口帮扶规划表');
    const script = await serve(new Request('app://aidplan/assets/index-abc.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect((await serve(new Request('app://aidplan/'))).status).toBe(200);
  });

  it('refuses anything outside the renderer folder: encoded dot segments, backslashes, links out, other hosts', async () => {
    const serve = rendererFolder();
    for (const url of [
      'app://aidplan/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
      'app://aidplan/..%5Csecret.txt',
      'app://aidplan/assets/link.txt',
      'app://evil/index.html',
      'app://aidplan/%00index.html',
    ]) {
      const response = await serve(new Request(url));
      expect(response.status, url).toBe(403);
      expect(await response.text(), url).not.toContain('not for the page');
    }
    // Dot segments, encoded or not, are resolved by the URL parser itself: they stay inside.
    for (const url of ['app://aidplan/../secret.txt', 'app://aidplan/%2e%2e/secret.txt']) expect((await serve(new Request(url))).status, url).toBe(404);
    expect((await serve(new Request('app://aidplan/missing.js'))).status).toBe(404);
    expect((await serve(new Request(APP_START_URL, { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('trusts only its own scheme and host, or in `npm start` the exact dev-server origin', () => {
    expect(isAppUrl('app://aidplan/index.html', undefined)).toBe(true);
    for (const url of [
      'file:///home/u/Downloads/renderer/evil.html',
      'file:///app/out/renderer/index.html',
      'app://evil/index.html',
      'app://aidplan.evil/index.html',
      'https://aidplan/',
      'http://localhost:5173/',
      '',
      'not a url',
    ]) {
      expect(isAppUrl(url, undefined), url).toBe(false);
    }
    const dev = 'http://localhost:5173/';
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    for (const url of ['http://localhost:5174/', 'https://localhost:5173/', 'app://aidplan/index.html', 'http://localhost.evil:5173/'])
      expect(isAppUrl(url, dev), url).toBe(false);
  });
});
