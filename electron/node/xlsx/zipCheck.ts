import type { XlsxLimits } from './limits.ts';
import { isEncryptedOoxml, textFormat, type OtherFormat } from './otherFormats.ts';

/** Why a file cannot be an importable .xlsx; the caller words it for the user. */
export type ZipRefusal =
  | { kind: 'empty' }
  | { kind: 'encrypted' }
  | { kind: 'notXlsx' }
  | { kind: 'otherFormat'; format: OtherFormat }
  | { kind: 'truncated' }
  | { kind: 'overLimit'; what: string };

/** One entry of the central directory, its sizes as declared (the reader does not trust them). */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  /** Where the entry's compressed bytes start (after its local header). */
  readonly dataOffset: number;
}

export type ZipIndex = ReadonlyMap<string, ZipEntry>;

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Looks at the zip container before any XML is parsed: the OLE signature of
 * password-protected or old .xls files, the end-of-central-directory record
 * (missing when the file was cut short), every entry's sizes (zip bombs,
 * too many entries), encryption flags, the local header of every entry
 * (its name and method must agree with the central directory), and the
 * parts every workbook has. Returns the entries by name, or why not.
 */
export function readZipIndex(bytes: Uint8Array, limits: XlsxLimits): ZipIndex | ZipRefusal {
  if (bytes.length === 0) return { kind: 'empty' };
  if (startsWith(bytes, CFB)) return isEncryptedOoxml(bytes) ? { kind: 'encrypted' } : { kind: 'otherFormat', format: 'xls' };
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const format = textFormat(bytes);
    return format ? { kind: 'otherFormat', format } : { kind: 'notXlsx' };
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return { kind: 'truncated' };
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) return { kind: 'overLimit', what: '压缩包条目过多（ZIP64）' };
  if (count > limits.zipEntries) return { kind: 'overLimit', what: `压缩包条目超过${limits.zipEntries}个` };
  if (cdOffset + cdSize > eocd) return { kind: 'truncated' };

  let p = cdOffset;
  let total = 0;
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) return { kind: 'truncated' };
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const declaredSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLength > eocd) return { kind: 'truncated' };
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (flags & 0x1) return { kind: 'encrypted' };
    // The local header must be where the directory says, name the same entry and use the same method.
    if (localOffset + 30 > cdOffset || view.getUint32(localOffset, true) !== 0x04034b50) return { kind: 'truncated' };
    const localMethod = view.getUint16(localOffset + 8, true);
    const localNameLength = view.getUint16(localOffset + 26, true);
    const localExtraLength = view.getUint16(localOffset + 28, true);
    const dataOffset = localOffset + 30 + localNameLength + localExtraLength;
    if (localMethod !== method || dataOffset + compressedSize > cdOffset) return { kind: 'truncated' };
    total += declaredSize;
    if (total > limits.uncompressedBytes) return { kind: 'overLimit', what: `解压后超过${Math.round(limits.uncompressedBytes / 1024 / 1024)}MB` };
    if (declaredSize > 1024 * 1024 && declaredSize > compressedSize * limits.expansionRatio) {
      return { kind: 'overLimit', what: `压缩比异常（${name} 解压后放大${Math.round(declaredSize / Math.max(compressedSize, 1))}倍，可能是“压缩炸弹”）` };
    }
    if (!entries.has(name)) entries.set(name, { name, method, compressedSize, declaredSize, dataOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.has('xl/workbook.bin') && !entries.has('xl/workbook.xml')) return { kind: 'otherFormat', format: 'xlsb' };
  if (entries.has('content.xml') && entries.has('mimetype')) return { kind: 'otherFormat', format: 'ods' };
  // The workbook may live elsewhere when the root relationships say so (read then); without either, this is no workbook.
  if (!entries.has('xl/workbook.xml') && !entries.has('_rels/.rels')) return { kind: 'notXlsx' };
  const sheets = [...entries.keys()].filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)).length;
  if (sheets > limits.sheets) return { kind: 'overLimit', what: `工作表超过${limits.sheets}个` };
  return entries;
}

export const isZipRefusal = (index: ZipIndex | ZipRefusal): index is ZipRefusal => 'kind' in index;

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}
