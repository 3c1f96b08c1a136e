/**
 * Renders the icons (build/iconArt.ts) in Debian's Chromium and writes
 *   build/icon.ico      the app: 16, 24, 32, 48, 64, 128, 256 px
 *   build/fileIcon.ico  .aidplan documents: same sizes
 *   build/icon.png      512 px, for electron-builder's Linux and general use
 *   build/icon.svg, build/fileIcon.svg   the full-detail drawings
 * Each size is rendered at its own pixel size, not scaled down from a big one,
 * so the small drawings keep their own shapes and font hinting.
 *
 * Run: npx tsx build/makeIcons.ts [--preview <dir>]   (the outputs are committed)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { appIconSvg, fileIconSvg } from './iconArt.ts';
import { encodeIco, type IcoImage } from './ico.ts';

/** The sizes Windows asks an .ico for (Explorer views, taskbar, title bar, at 100–200 % scaling). */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
const PNG_SIZE = 512;

const here = path.dirname(fileURLToPath(import.meta.url));

async function renderSvg(page: Page, svg: string, px: number): Promise<Uint8Array> {
  await page.setViewportSize({ width: px, height: px });
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:transparent}svg{display:block}</style></head><body>${svg}</body></html>`,
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: px, height: px }, omitBackground: true, type: 'png' });
  return new Uint8Array(png);
}

async function renderSet(page: Page, draw: (px: number) => string): Promise<IcoImage[]> {
  const images: IcoImage[] = [];
  for (const size of ICO_SIZES) images.push({ size, png: await renderSvg(page, draw(size), size) });
  return images;
}

/** Renders every icon into `outDir` (build/ by default); with `previewDir`, also each size as its own PNG. */
export async function makeIcons(outDir = here, previewDir?: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const app = await renderSet(page, appIconSvg);
    const file = await renderSet(page, fileIconSvg);
    await writeFile(path.join(outDir, 'icon.ico'), encodeIco(app));
    await writeFile(path.join(outDir, 'fileIcon.ico'), encodeIco(file));
    await writeFile(path.join(outDir, 'icon.png'), await renderSvg(page, appIconSvg(PNG_SIZE), PNG_SIZE));
    await writeFile(path.join(outDir, 'icon.svg'), `${appIconSvg(256)}\n`);
    await writeFile(path.join(outDir, 'fileIcon.svg'), `${fileIconSvg(256)}\n`);
    if (previewDir) {
      await mkdir(previewDir, { recursive: true });
      for (const [name, images] of [
        ['icon', app],
        ['fileIcon', file],
      ] as const) {
        for (const image of images) await writeFile(path.join(previewDir, `${name}-${image.size}.png`), image.png);
      }
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const previewAt = process.argv.indexOf('--preview');
  await makeIcons(here, previewAt > 0 ? process.argv[previewAt + 1] : undefined);
  console.log(`icons written to ${here}`);
}
