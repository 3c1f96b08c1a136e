/**
 * The Windows .ico container, written and read by hand: an ICONDIR header,
 * one ICONDIRENTRY per image, then the images as PNG (Windows Vista and later
 * read PNG entries at every size; electron-builder and NSIS take them as is).
 */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ICONDIR_BYTES = 6;
const ICONDIRENTRY_BYTES = 16;

/** One image of an .ico: its PNG bytes and square size in pixels. */
export interface IcoImage {
  /** Width and height in pixels (1–256). */
  readonly size: number;
  readonly png: Uint8Array;
}

/** True when the bytes start with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Width and height in pixels from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  if (!isPng(png) || png.length < 24) throw new Error('not a PNG image');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Packs square PNG images into one .ico, smallest first. Each PNG must be
 * `size`×`size` pixels; 256 is stored as 0, as the format requires.
 */
export function encodeIco(images: readonly IcoImage[]): Uint8Array {
  const sorted = [...images].sort((a, b) => a.size - b.size);
  const headerBytes = ICONDIR_BYTES + ICONDIRENTRY_BYTES * sorted.length;
  const total = headerBytes + sorted.reduce((sum, image) => sum + image.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // type 1 = icon (2 would be a cursor)
  view.setUint16(4, sorted.length, true);
  let offset = headerBytes;
  sorted.forEach((image, i) => {
    const { width, height } = pngSize(image.png);
    if (width !== image.size || height !== image.size) {
      throw new Error(`PNG is ${width}×${height}, expected ${image.size}×${image.size}`);
    }
    if (image.size < 1 || image.size > 256) throw new Error(`icon size ${image.size} is outside 1–256`);
    const entry = ICONDIR_BYTES + i * ICONDIRENTRY_BYTES;
    view.setUint8(entry, image.size % 256); // width, 0 means 256
    view.setUint8(entry + 1, image.size % 256); // height
    view.setUint8(entry + 2, 0); // palette colours: none
    view.setUint8(entry + 3, 0); // reserved
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel (RGBA)
    view.setUint32(entry + 8, image.png.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(image.png, offset);
    offset += image.png.length;
  });
  return out;
}

/** One directory entry of an .ico, as read back. */
export interface IcoEntry {
  /** Pixels, 256 for a stored 0. */
  readonly width: number;
  readonly height: number;
  readonly bitsPerPixel: number;
  /** The image bytes (PNG in icons written by encodeIco). */
  readonly data: Uint8Array;
}

/** Reads an .ico's directory; throws on anything that is not a well-formed icon file. */
export function readIco(bytes: Uint8Array): IcoEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < ICONDIR_BYTES || view.getUint16(0, true) !== 0 || view.getUint16(2, true) !== 1) {
    throw new Error('not an .ico file');
  }
  const count = view.getUint16(4, true);
  const entries: IcoEntry[] = [];
  for (let i = 0; i < count; i++) {
    const entry = ICONDIR_BYTES + i * ICONDIRENTRY_BYTES;
    if (entry + ICONDIRENTRY_BYTES > bytes.length) throw new Error('.ico directory is cut short');
    const length = view.getUint32(entry + 8, true);
    const offset = view.getUint32(entry + 12, true);
    if (offset + length > bytes.length) throw new Error(`.ico image ${i} runs past the end of the file`);
    entries.push({
      width: view.getUint8(entry) || 256,
      height: view.getUint8(entry + 1) || 256,
      bitsPerPixel: view.getUint16(entry + 6, true),
      data: bytes.subarray(offset, offset + length),
    });
  }
  return entries;
}
