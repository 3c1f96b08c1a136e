/**
 * The icons: build/makeIcons.ts renders them in real Chromium and writes real
 * multi-size .ico files; the committed ones have the sizes Windows asks for
 * and are what a fresh render gives.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeIco, isPng, pngSize, readIco } from '../../build/ico.ts';
import { ICO_SIZES, makeIcons } from '../../build/makeIcons.ts';
import { decodePng } from './decodePng.ts';
import { ROOT } from './packApp.ts';

const ICONS = ['icon.ico', 'fileIcon.ico'] as const;

describe('the .ico writer', () => {
  it('writes an ICONDIR, one 16-byte entry per image and the PNGs after them, 256 stored as 0', async () => {
    const committed = readIco(new Uint8Array(await readFile(path.join(ROOT, 'build', 'icon.ico'))));
    const png256 = committed.find((e) => e.width === 256)?.data ?? new Uint8Array();
    const ico = encodeIco([{ size: 256, png: png256 }]);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7]]).toEqual([0, 0]); // 256 × 256
    expect(view.getUint32(6 + 8, true)).toBe(png256.length);
    expect(view.getUint32(6 + 12, true)).toBe(6 + 16);
    expect(ico.subarray(22)).toEqual(png256);
  });

  it('refuses a PNG whose pixel size is not the size it is filed under', async () => {
    const png = new Uint8Array(await readFile(path.join(ROOT, 'build', 'icon.png')));
    expect(() => encodeIco([{ size: 48, png }])).toThrow(/expected 48×48/);
  });
});

describe('the committed icons', () => {
  let fresh: string;

  beforeAll(async () => {
    fresh = await mkdtemp(path.join(os.tmpdir(), 'aidplan-icons-'));
    await makeIcons(fresh);
  }, 120_000);

  afterAll(async () => {
    await rm(fresh, { recursive: true, force: true });
  });

  it.each(ICONS)('%s holds 32-bit PNG images at 16, 24, 32, 48, 64, 128 and 256 px, each its stated size', async (name) => {
    const entries = readIco(new Uint8Array(await readFile(path.join(ROOT, 'build', name))));
    expect(entries.map((e) => e.width)).toEqual([...ICO_SIZES]);
    for (const entry of entries) {
      expect(entry.height).toBe(entry.width);
      expect(entry.bitsPerPixel).toBe(32);
      expect(isPng(entry.data)).toBe(true);
      expect(pngSize(entry.data)).toEqual({ width: entry.width, height: entry.height });
    }
  });

  it('the 16 px app icon is an opaque cinnabar square with a white glyph drawn in it', async () => {
    const entries = readIco(new Uint8Array(await readFile(path.join(ROOT, 'build', 'icon.ico'))));
    const { rgba } = decodePng(entries[0]!.data);
    let red = 0;
    let white = 0;
    let transparent = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      const [r, g, b, a] = [rgba[i] ?? 0, rgba[i + 1] ?? 0, rgba[i + 2] ?? 0, rgba[i + 3] ?? 0];
      if (a < 128) transparent++;
      else if (r > 230 && g > 230 && b > 230) white++;
      else if (r > 150 && g < 110 && b < 100) red++;
    }
    // 256 pixels: only the rounded corners are see-through; the glyph (帮 has many strokes) is a good share of the rest.
    expect(transparent).toBeLessThan(16);
    expect(white).toBeGreaterThan(30);
    expect(red).toBeGreaterThan(100);
  });

  it('build/icon.png is a 512 px PNG (electron-builder wants at least 256)', async () => {
    expect(pngSize(new Uint8Array(await readFile(path.join(ROOT, 'build', 'icon.png'))))).toEqual({ width: 512, height: 512 });
  });

  it.each(ICONS)('%s is what build/makeIcons.ts renders now, size for size (regenerate and commit after changing the art)', async (name) => {
    const committed = readIco(new Uint8Array(await readFile(path.join(ROOT, 'build', name))));
    const rendered = readIco(new Uint8Array(await readFile(path.join(fresh, name))));
    expect(rendered.map((e) => e.width)).toEqual(committed.map((e) => e.width));
    // Pixel-exact equality would tie the test to one Chromium build; the art's SVG source must match exactly.
    const svgName = name.replace('.ico', '.svg');
    expect(await readFile(path.join(fresh, svgName), 'utf8')).toBe(await readFile(path.join(ROOT, 'build', svgName), 'utf8'));
  });
});
