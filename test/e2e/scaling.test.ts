/**
 * Windows display scaling: at 125% and 150% a maximised window on a
 * 1920×1080 screen has fewer CSS pixels (1536×780 and 1280×640 once the
 * taskbar, title bar and menu are taken off) and every CSS pixel is drawn
 * with more device pixels. The grids must still show their totals whole.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './app.ts';
import { openView, Sheet } from './pageObjects.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Where an element is, and whether its own text fits in it (no ellipsis, nothing cut). */
async function fit(locator: Locator): Promise<{ left: number; top: number; right: number; bottom: number; fits: boolean; text: string }> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    // The text's box: the element itself, or the grid cell around a cell's text span.
    const box = el.closest('.ag-cell, .ag-header-cell') ?? el;
    const b = box.getBoundingClientRect();
    return {
      left: b.left,
      top: b.top,
      right: b.right,
      bottom: b.bottom,
      fits: el.scrollWidth <= el.clientWidth + 1 && r.right <= b.right + 0.5 && r.left >= b.left - 0.5,
      text: el.textContent ?? '',
    };
  });
}

/** The header labels that are cut short (their text wider than the room they have). */
async function clippedHeaders(page: Page, grid: string): Promise<string[]> {
  return page
    .getByTestId(grid)
    .evaluate((host) =>
      [...host.querySelectorAll<HTMLElement>('.ag-header-cell-text')]
        .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.textContent ?? ''),
    );
}

const SCALES = [
  { percent: 125, deviceScaleFactor: 1.25, viewport: { width: 1536, height: 780 } },
  { percent: 150, deviceScaleFactor: 1.5, viewport: { width: 1280, height: 640 } },
] as const;

describe.each(SCALES)('at $percent% display scaling', ({ percent, deviceScaleFactor, viewport }) => {
  it('the category table shows its 合计 column and grand total whole, inside the window', async () => {
    const app = await openApp({ browser, deviceScaleFactor, viewport });
    try {
      expect(await app.page.evaluate(() => window.devicePixelRatio)).toBe(deviceScaleFactor);
      await openView(app.page, 'categories');
      const sheet = new Sheet(app.page, 'categories');
      expect(await sheet.waitText('__total', 'total', '15,000.00')).toBe('15,000.00');
      const header = app.page.getByTestId('grid-categories').locator('.ag-header-cell[col-id="total"] .ag-header-cell-text');
      const total = sheet.cell('__total', 'total');
      for (const [what, place] of [
        ['合计 header', await fit(header)],
        ['grand total', await fit(total)],
        ['share of the total', await fit(sheet.cell('__total', 'share'))],
      ] as const) {
        expect(place.fits, `${what} "${place.text}" is cut short`).toBe(true);
        expect(place.right, `${what} right edge`).toBeLessThanOrEqual(viewport.width);
        expect(place.bottom, `${what} bottom edge`).toBeLessThanOrEqual(viewport.height);
        expect(place.left).toBeGreaterThanOrEqual(0);
      }
      expect((await fit(header)).text).toBe('合计');
      // The measure sees a cut: the long alias list of 产业优化 ends in an ellipsis in its column.
      expect((await fit(sheet.cell('c1', 'aliases'))).fits).toBe(false);
      expect(await clippedHeaders(app.page, 'grid-categories')).toEqual([]);
      await app.screenshot(`scale-${percent}-categories`);
    } finally {
      await app.close();
    }
  });

  it('the project table shows its totals row and header labels whole', async () => {
    const app = await openApp({ browser, deviceScaleFactor, viewport });
    try {
      await openView(app.page, 'projects');
      const sheet = new Sheet(app.page, 'projects');
      expect(await sheet.waitText('__total', 'aid', '15,000.00')).toBe('15,000.00');
      for (const column of ['aid', 'totalInvestment']) {
        const place = await fit(sheet.cell('__total', column));
        expect(place.fits, `合计 ${column} "${place.text}" is cut short`).toBe(true);
        expect(place.right).toBeLessThanOrEqual(viewport.width);
        expect(place.bottom).toBeLessThanOrEqual(viewport.height);
      }
      expect(await clippedHeaders(app.page, 'grid-projects')).toEqual([]);
      // The tabs fit on one line: the last tab is on the same row as the first, inside the window.
      const first = await app.page.getByRole('tab').first().boundingBox();
      const last = await app.page.getByRole('tab').last().boundingBox();
      expect(last!.y).toBe(first!.y);
      expect(last!.x + last!.width).toBeLessThanOrEqual(viewport.width);
      await app.screenshot(`scale-${percent}-projects`);
    } finally {
      await app.close();
    }
  });
});

/** Tabs whose label runs onto a second line. */
async function wrappedTabs(page: Page): Promise<string[]> {
  return page.getByRole('tab').evaluateAll((tabs) =>
    tabs
      .filter((tab) => {
        const range = document.createRange();
        range.selectNodeContents(tab.firstChild ?? tab);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
      })
      .map((tab) => tab.textContent ?? ''),
  );
}

describe('the smallest window at 150% (a 1366×768 laptop)', () => {
  it('keeps every tab label on one line and the tabs inside the window', async () => {
    const viewport = { width: 760, height: 420 };
    const app = await openApp({ browser, deviceScaleFactor: 1.5, viewport });
    try {
      expect(await wrappedTabs(app.page)).toEqual([]);
      const last = await app.page.getByRole('tab').last().boundingBox();
      expect(last!.x + last!.width).toBeLessThanOrEqual(viewport.width);
      await openView(app.page, 'categories');
      expect(await new Sheet(app.page, 'categories').waitText('__total', 'total', '15,000.00')).toBe('15,000.00');
      await app.screenshot('scale-150-minimum-window');
    } finally {
      await app.close();
    }
  });
});
