import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecoveryStore } from '../../electron/node/recovery.ts';
import { SAMPLES } from '../../shared/samples/index.ts';
import { writePlanFile } from '../../shared/file/planFile.ts';
import { toWan } from '../../shared/money/wan.ts';
import { asYear } from '../../shared/model/ids.ts';
import { launchBrowser, openApp } from './app.ts';
import { openView } from './pageObjects.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('dates in zh-CN', () => {
  it('the recovery offer names the autosave time as 年月日 and a 24-hour clock in Beijing time', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aidplan-e2e-dates-'));
    const store = new RecoveryStore(dataDir);
    await store.write(SAMPLES['wuhou-baiyu-2016-2020'](), { displayName: '武侯区规划', filePath: null });
    // The copy was autosaved at 22:07:30 UTC, which is 06:07 the next morning in Beijing.
    const meta = store.copyFile;
    writeFileSync(meta, JSON.stringify({ ...(JSON.parse(readFileSync(meta, 'utf8')) as object), savedAt: '2026-11-21T22:07:30.000Z' }));
    const app = await openApp({ browser, dataDir });
    try {
      const banner = app.page.getByTestId('recovery-banner');
      await banner.waitFor();
      expect(await banner.textContent()).toContain('发现 2026年11月22日 06:07 自动保存的“武侯区规划”');
    } finally {
      await app.close();
    }
  });

  it('a 截至日期 typed in 进度 is read back as 2020年6月30日', async () => {
    const app = await openApp({ browser });
    try {
      await openView(app.page, 'progress');
      const date = app.page.getByLabel('截至日期').first();
      await date.fill('2020-06-30');
      await expect.poll(() => date.getAttribute('title')).toBe('2020年6月30日');
      expect(await app.page.evaluate(() => navigator.language)).toBe('zh-CN');
    } finally {
      await app.close();
    }
  });

  it('比较修改稿 shows changed amounts with 千分位, and a changed year as a year', async () => {
    const plan = SAMPLES['wuhou-baiyu-2016-2020']();
    const revised = {
      ...plan,
      projects: plan.projects.map((p, i) => (i === 0 ? { ...p, byYear: { ...p.byYear, 2020: toWan(3183) } } : i === 1 ? { ...p, endYear: asYear(2017) } : p)),
    };
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'aidplan-e2e-compare-')), '修改稿.aidplan');
    writeFileSync(file, writePlanFile(revised));
    const app = await openApp({ browser });
    try {
      app.dialogs.importFile = file;
      await app.menu({ kind: 'compare' });
      const amount = app.page.getByTestId('compare-change').filter({ hasText: '2020年' }).first();
      await amount.waitFor();
      expect(await amount.locator('.compare-before').textContent()).toBe('3,283.00');
      expect(await amount.locator('.compare-after').textContent()).toBe('3,183.00');
      // 开工 and 竣工年限 are one change, shown as years (no 千分位).
      const year = app.page.getByTestId('compare-change').filter({ hasText: '2017' }).filter({ hasNotText: '2020年' }).first();
      expect(await year.locator('.compare-after').textContent()).toBe('2016—2017');
    } finally {
      await app.close();
    }
  });
});
