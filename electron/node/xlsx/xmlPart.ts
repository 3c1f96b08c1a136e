/**
 * Reads one part of the zip (a worksheet, the shared strings…): inflated by
 * zlib or streamed through fflate's inflater, its bytes counted as they come
 * out, so no entry can inflate past its limit whatever its header claims;
 * then tokenized by xmlScanner.ts. The XML's declared encoding is honoured (a
 * GBK sheet is decoded as GBK); a DOCTYPE is refused, so no entity is ever
 * expanded.
 */
import { createRequire } from 'node:module';
import { isAscii } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';
import type { Inflate as FflateInflate } from 'fflate';
import type { XlsxLimits } from './limits.ts';
import { XmlError, XmlScanner, type XmlHandlers } from './xmlScanner.ts';
import type { ZipEntry, ZipIndex } from './zipCheck.ts';

/** A refusal while reading; its message follows the file's name: “x.xlsx”已损坏… */
export class ReadRefusal extends Error {
  override readonly name = 'ReadRefusal';
}

export const DAMAGED = '已损坏，无法作为Excel工作簿读取';
export const overLimit = (what: string) => new ReadRefusal(`超出导入限制：${what}`);

/** What the whole read may spend: inflated bytes in total and time. */
export class ReadBudget {
  private inflated = 0;
  private readonly deadline: number;

  constructor(readonly limits: XlsxLimits) {
    this.deadline = Date.now() + limits.seconds * 1000;
  }

  /** Counts bytes just inflated, throwing once a limit is passed. */
  spend(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.limits.uncompressedBytes) throw overLimit(`解压后超过${Math.round(this.limits.uncompressedBytes / 1024 / 1024)}MB`);
  }

  /** Throws once the read has taken longer than its limit. */
  checkTime(): void {
    if (Date.now() > this.deadline) throw overLimit(`读取超过${this.limits.seconds}秒`);
  }
}

/** Handlers of the elements of one part, by local name (the prefix of `x:row` dropped). */
export type PartHandlers = XmlHandlers;

const CHUNK = 16 * 1024;
/**
 * Entries declared up to this size are inflated in one native call capped at
 * their declared size (+1 byte, to catch a lie): ~20× faster than fflate when
 * a fresh worker has not warmed it up (6 MB sheet: 10 ms against 130–270 ms).
 * Larger ones stream through fflate, so memory stays bounded by the parse.
 */
const WHOLE_ENTRY_BYTES = 32 * 1024 * 1024;

/**
 * fflate's streaming inflater, loaded on first use: only an entry over WHOLE_ENTRY_BYTES needs it, and building
 * its tables at load costs every worker and every CLI run 10–30 ms.
 */
let fflate: typeof FflateInflate | null = null;
const fflateInflate = (): typeof FflateInflate => (fflate ??= (createRequire(import.meta.url)('fflate') as { Inflate: typeof FflateInflate }).Inflate);

/** Feeds the inflated bytes of `entry` to `sink` in pieces, each piece counted before it is passed on. */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: ReadBudget, sink: (piece: Uint8Array) => void): void {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const limit = budget.limits.entryBytes;
  let size = 0;
  const take = (piece: Uint8Array) => {
    size += piece.length;
    // More than the directory declared: the sizes lie, which only a damaged or hostile file does.
    if (size > entry.declaredSize) throw new ReadRefusal(DAMAGED);
    if (size > limit) throw overLimit(`${entry.name} 解压后超过${Math.round(limit / 1024 / 1024)}MB`);
    budget.spend(piece.length);
    sink(piece);
  };
  if (entry.method === 0) {
    for (let p = 0; p < data.length; p += CHUNK) take(data.subarray(p, p + CHUNK));
    return;
  }
  if (entry.method !== 8) throw new ReadRefusal(`使用了不支持的压缩方式，无法读取（请在 Excel/WPS 中另存为 .xlsx 后再导入）`);
  if (entry.declaredSize <= WHOLE_ENTRY_BYTES) {
    let whole: Buffer;
    try {
      // zlib stops as soon as the output passes the cap, so a lying size cannot inflate further.
      whole = inflateRawSync(data, { maxOutputLength: entry.declaredSize + 1 });
    } catch {
      throw new ReadRefusal(DAMAGED);
    }
    take(whole);
    return;
  }
  const inflate = new (fflateInflate())((piece) => take(piece));
  try {
    // Small pushes: one push inflates at most ~1,000× its size before `take` sees it.
    for (let p = 0; p < data.length; p += CHUNK) {
      inflate.push(data.subarray(p, p + CHUNK), p + CHUNK >= data.length);
      budget.checkTime();
    }
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ReadRefusal) throw error;
    throw new ReadRefusal(DAMAGED);
  }
}

/**
 * How many bytes at the start are ASCII. A worksheet's XML is ASCII but for a header or footer text near its end;
 * that run is read as a one-byte string (a copy, where UTF-8 decoding takes ~15 ms for a 7 MB sheet and makes the
 * whole sheet a two-byte string). Found by halving with Node's vectorised isAscii, so it costs two passes at most.
 */
export function asciiPrefix(bytes: Uint8Array): number {
  if (isAscii(bytes)) return bytes.length;
  let lo = 0;
  let hi = bytes.length;
  // Invariant: bytes[0, lo) are ASCII and bytes[lo, hi) hold a byte that is not.
  while (hi - lo > 64) {
    const mid = (lo + hi) >>> 1;
    if (isAscii(bytes.subarray(lo, mid))) lo = mid;
    else hi = mid;
  }
  while (lo < hi && bytes[lo]! < 0x80) lo++;
  return lo;
}

/** The decoder the XML declaration (or byte-order mark) asks for. */
function decoderFor(head: Uint8Array): TextDecoder {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le');
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be');
  const declaration = /^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(new TextDecoder('latin1').decode(head.subarray(0, 200)));
  const label = declaration?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label);
  } catch {
    throw new ReadRefusal(`使用了无法识别的字符编码“${label}”，无法读取`);
  }
}

/**
 * Parses one zip entry with `handlers`; a missing entry is skipped (returns
 * false). Broken XML or a DOCTYPE is refused as damaged.
 */
export function readPart(bytes: Uint8Array, zip: ZipIndex, name: string, budget: ReadBudget, handlers: PartHandlers): boolean {
  const entry = zip.get(name);
  if (!entry) return false;
  const scanner = new XmlScanner(handlers);
  let decoder: TextDecoder | null = null;
  let head: Uint8Array | null = null;
  const guarded = (read: () => void) => {
    try {
      read();
    } catch (error) {
      if (error instanceof XmlError && error.doctype) throw new ReadRefusal(`${DAMAGED}（含有文档类型定义 DOCTYPE）`);
      if (error instanceof ReadRefusal) throw error;
      throw new ReadRefusal(DAMAGED);
    }
  };
  const write = (piece: Uint8Array) => guarded(() => scanner.write(decoder!.decode(piece, { stream: true })));
  // The first piece (a whole part, when it is inflated at once) starts with its ASCII run as a string of its own.
  const writeFirst = (piece: Uint8Array) => {
    const ascii = decoder!.encoding === 'utf-8' ? asciiPrefix(piece) : 0;
    if (ascii > 0) guarded(() => scanner.write(Buffer.from(piece.buffer, piece.byteOffset, ascii).toString('latin1')));
    if (ascii < piece.length) write(piece.subarray(ascii));
  };
  inflateEntry(bytes, entry, budget, (piece) => {
    if (decoder) return write(piece);
    // Wait for enough bytes to read the XML declaration.
    head = head ? concat(head, piece) : piece;
    if (head.length < 200) return;
    decoder = decoderFor(head);
    const first = head;
    head = null;
    writeFirst(first);
  });
  if (!decoder && head) {
    decoder = decoderFor(head);
    writeFirst(head);
  }
  guarded(() => {
    if (decoder) scanner.write((decoder as TextDecoder).decode());
    scanner.end();
  });
  return true;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
