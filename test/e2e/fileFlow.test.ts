import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPlanFile } from '../../electron/node/planFiles.ts';
import { readPlanFile } from '../../shared/file/planFile.ts';
import { launchBrowser, openApp } from './app.ts';
import { Sheet } from './pageObjects.ts';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(path.join(os.tmpdir(), 'aidplan-e2e-files-'));
});
afterAll(async () => {
  await browser?.close();
});

const dirtyMarks = (app: { page: Page }) => app.page.getByTestId('dirty-mark').count();

describe('save, open and the unsaved-changes prompt', () => {
  it('保存 writes the file on disk, and reopening it shows the identical plan', async () => {
    const file = path.join(dir, '武侯白玉.aidplan');
    const app = await openApp({ browser });
    const sheet = new Sheet(app.page, 'categories');
    await sheet.type('c1', '2016', '1000');
    await sheet.waitText('c1', '2016', '1,000.00');
    app.dialogs.saveFile = file;
    await app.page.keyboard.press('Control+S');
    await expect.poll(() => existsSync(file)).toBe(true);
    await expect.poll(() => dirtyMarks(app)).toBe(0);
    expect(app.dialogs.asked).toEqual(['save:武侯区对口帮扶白玉县规划.aidplan']);
    expect(await app.page.getByTestId('doc-title').textContent()).toBe('武侯白玉.aidplan');
    expect(app.window.titles.at(-1)).toBe('武侯白玉.aidplan - 对口帮扶规划表');
    const saved = await openPlanFile(file);
    expect(saved.categories[0]!.byYear['2016']).toBe('1000.00');
    const firstBytes = readFileSync(file, 'utf8');
    await app.close();

    // A second start with the file on its command line (a double-click) shows the same plan.
    const again = await openApp({ browser, file });
    const sheet2 = new Sheet(again.page, 'categories');
    expect(await sheet2.waitText('c1', '2016', '1,000.00')).toBe('1,000.00');
    expect(await sheet2.text('__total', 'total')).toBe('15,200.00');
    expect(await again.page.getByTestId('doc-title').textContent()).toBe('武侯白玉.aidplan');
    // 保存 again without changes asks nothing and writes the very same text.
    await again.page.keyboard.press('Control+S');
    await expect.poll(() => again.page.getByTestId('status-message').textContent()).toContain('已保存');
    expect(again.dialogs.asked).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(firstBytes);
    expect(existsSync(`${file}.bak`)).toBe(true);
    await again.close();
  });

  it('opening another file with unsaved changes asks 保存/不保存/取消, and 取消 keeps the work', async () => {
    const file = path.join(dir, 'other.aidplan');
    const maker = await openApp({ browser });
    maker.dialogs.saveFile = file;
    await maker.page.keyboard.press('Control+S');
    await expect.poll(() => existsSync(file)).toBe(true);
    await maker.close();

    const app = await openApp({ browser });
    const sheet = new Sheet(app.page, 'categories');
    await sheet.type('c5', '2016', '60');
    await sheet.waitText('c5', '2016', '60.00');
    expect(app.window.titles.at(-1)).toBe('示例：武侯区对口帮扶白玉县规划* - 对口帮扶规划表');

    app.dialogs.unsaved = 'cancel';
    app.dialogs.openFile = file;
    await app.page.keyboard.press('Control+O');
    await expect.poll(() => app.dialogs.asked.length).toBe(1);
    expect(app.dialogs.asked).toEqual(['unsaved:示例：武侯区对口帮扶白玉县规划']);
    expect(await sheet.text('c5', '2016')).toBe('60.00');
    expect(await dirtyMarks(app)).toBe(1);

    app.dialogs.unsaved = 'discard';
    await app.menu({ kind: 'open' });
    await expect.poll(() => app.page.getByTestId('doc-title').textContent()).toBe('other.aidplan');
    expect(app.dialogs.asked).toEqual(['unsaved:示例：武侯区对口帮扶白玉县规划', 'unsaved:示例：武侯区对口帮扶白玉县规划', 'open']);
    expect(await sheet.waitText('c5', '2016', '50.00')).toBe('50.00');

    // Closing with unsaved changes and choosing 保存 writes the file, then lets the window close.
    await sheet.type('c5', '2016', '70');
    await sheet.waitText('c5', '2016', '70.00');
    app.dialogs.unsaved = 'save';
    await app.menu({ kind: 'close' });
    await expect.poll(() => app.window.closed).toBe(true);
    expect((await openPlanFile(file)).categories[4]!.byYear['2016']).toBe('70.00');
    await app.close();
  });

  it('a file that cannot be opened leaves the open document as it was, with a Chinese message', async () => {
    const bad = path.join(dir, 'broken.aidplan');
    await import('node:fs/promises').then((fs) => fs.writeFile(bad, '{"format":"aidplan","version":1,"plan":{'));
    const app = await openApp({ browser });
    app.dialogs.openFile = bad;
    await app.menu({ kind: 'open' });
    await expect.poll(() => app.page.getByTestId('status-message').textContent()).toContain('无法打开“broken.aidplan”');
    expect(await app.page.getByTestId('doc-title').textContent()).toContain('示例');
    expect(await new Sheet(app.page, 'categories').text('__total', 'total')).toBe('15,000.00');
    await app.close();
  });
});

describe('autosave and recovery', () => {
  it('after a crash the next start offers the autosaved work, and the user file is untouched', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aidplan-e2e-data-'));
    const file = path.join(dir, 'recover-me.aidplan');
    const app = await openApp({ browser, dataDir });
    app.dialogs.saveFile = file;
    const sheet = new Sheet(app.page, 'categories');
    // Keys are pressed once the window shows its plan, as a user presses them.
    await sheet.cell('c2', '2017').waitFor();
    await app.page.keyboard.press('Control+S');
    await expect.poll(() => existsSync(file)).toBe(true);
    const onDisk = readFileSync(file, 'utf8');

    await sheet.type('c2', '2017', '3000');
    await sheet.waitText('c2', '2017', '3,000.00');
    // The window loses focus: autosave copies the work to the recovery file.
    await app.page.evaluate(() => window.dispatchEvent(new Event('blur')));
    const recoveryFile = path.join(dataDir, 'recovery', 'current.json');
    // The copy names the saved file and holds the typed amount (an earlier copy of the untitled sample may exist).
    const copied = () => {
      if (!existsSync(recoveryFile)) return null;
      const copy = JSON.parse(readFileSync(recoveryFile, 'utf8')) as { filePath: string; file: string };
      const read = readPlanFile(copy.file);
      return read.ok ? `${path.basename(copy.filePath)} ${read.plan.categories.find((c) => c.id === 'c2')?.byYear['2017']}` : null;
    };
    await expect.poll(copied).toBe('recover-me.aidplan 3000.00');
    expect(readFileSync(file, 'utf8')).toBe(onDisk);
    await app.crash();

    const next = await openApp({ browser, dataDir });
    const banner = next.page.getByTestId('recovery-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('recover-me.aidplan');
    await next.screenshot('recovery-offer');
    await next.page.getByTestId('recovery-restore').click();
    const sheet2 = new Sheet(next.page, 'categories');
    expect(await sheet2.waitText('c2', '2017', '3,000.00')).toBe('3,000.00');
    expect(await dirtyMarks(next)).toBe(1);
    expect(await next.page.getByTestId('doc-title').textContent()).toContain('已恢复');
    await expect.poll(() => existsSync(recoveryFile)).toBe(false);
    await next.close();
  });
});
