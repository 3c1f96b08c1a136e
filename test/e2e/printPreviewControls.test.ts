/**
 * 打印预览 on the small screens offices have: a 1366×768 laptop (the window's
 * content area once the taskbar, title bar and menu are off) at 100% and 125%
 * display scaling, and a 1920×1080 screen at 125%. The 打印… and 导出PDF…
 * buttons must be on screen without scrolling, and work.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './app.ts';
import { openView } from './pageObjects.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Whether the element is inside the viewport and is what a click at its centre hits. */
async function reachable(locator: Locator): Promise<{ inside: boolean; hit: boolean; box: string }> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const inside = r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth && r.width > 0 && r.height > 0;
    const hit = inside && el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
    return {
      inside,
      hit,
      box: `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)} in ${window.innerWidth}×${window.innerHeight}`,
    };
  });
}

const SCREENS = [
  { name: '1366x768-100', deviceScaleFactor: 1, viewport: { width: 1366, height: 657 } },
  { name: '1366x768-125', deviceScaleFactor: 1.25, viewport: { width: 1093, height: 526 } },
  { name: '1920x1080-125', deviceScaleFactor: 1.25, viewport: { width: 1536, height: 780 } },
] as const;

describe.each(SCREENS)('打印预览 on a $name screen', ({ name, deviceScaleFactor, viewport }) => {
  it('shows 打印… and 导出PDF… inside the window, and 打印… prints the previewed tables', async () => {
    const app = await openApp({ browser, deviceScaleFactor, viewport });
    try {
      await openView(app.page, 'print');
      const print = app.page.getByRole('button', { name: '打印…', exact: true });
      const pdf = app.page.getByRole('button', { name: '导出PDF…', exact: true });
      await expect.poll(async () => (await reachable(print)).hit).toBe(true);
      for (const [what, button] of [
        ['打印…', print],
        ['导出PDF…', pdf],
      ] as const) {
        const place = await reachable(button);
        expect(place.inside, `${what} at ${place.box}`).toBe(true);
        expect(place.hit, `${what} covered at ${place.box}`).toBe(true);
      }
      await app.screenshot(`print-preview-${name}`);
      await print.click();
      await expect.poll(() => app.printed.length).toBe(1);
      expect(app.printed[0]).toContain('白玉县农村危房改造');
    } finally {
      await app.close();
    }
  });
});
