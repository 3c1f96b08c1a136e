import type { XlsxLimits } from './limits.ts';

/** Why a file cannot be an importable .xlsx; the caller words it for the user. */
export type ZipRefusal =
  | { kind: 'empty' }
  | { kind: 'encrypted' }
  | { kind: 'notXlsx' }
  | { kind: 'truncated' }
  | { kind: 'overLimit'; what: string };

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Looks at the zip container before any XML is parsed: the OLE signature of
 * password-protected or old .xls files, the end-of-central-directory record
 * (missing when the file was cut short), every entry's sizes (zip bombs,
 * too many entries), encryption flags, and the parts every workbook has.
 * Returns null when the container looks like a workbook.
 */
export function checkXlsxContainer(bytes: Uint8Array, limits: XlsxLimits): ZipRefusal | null {
  if (bytes.length === 0) return { kind: 'empty' };
  if (CFB.every((b, i) => bytes[i] === b)) return { kind: 'encrypted' };
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return { kind: 'notXlsx' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return { kind: 'truncated' };
  const entries = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || cdOffset === 0xffffffff) return { kind: 'overLimit', what: '压缩包条目过多（ZIP64）' };
  if (entries > limits.zipEntries) return { kind: 'overLimit', what: `压缩包条目超过${limits.zipEntries}个` };
  if (cdOffset + cdSize > eocd) return { kind: 'truncated' };

  let p = cdOffset;
  let total = 0;
  const names = new Set<string>();
  for (let i = 0; i < entries; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) return { kind: 'truncated' };
    const flags = view.getUint16(p + 8, true);
    const compressed = view.getUint32(p + 20, true);
    const uncompressed = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (flags & 0x1) return { kind: 'encrypted' };
    if (localOffset + 30 + nameLength + compressed > cdOffset) return { kind: 'truncated' };
    total += uncompressed;
    if (total > limits.uncompressedBytes) return { kind: 'overLimit', what: `解压后超过${Math.round(limits.uncompressedBytes / 1024 / 1024)}MB` };
    if (uncompressed > 1024 * 1024 && uncompressed > compressed * limits.expansionRatio) {
      return { kind: 'overLimit', what: `压缩比异常（${name} 解压后放大${Math.round(uncompressed / Math.max(compressed, 1))}倍，可能是“压缩炸弹”）` };
    }
    names.add(name);
    p += 46 + nameLength + extraLength + commentLength;
  }
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) return { kind: 'notXlsx' };
  const sheets = [...names].filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)).length;
  if (sheets > limits.sheets) return { kind: 'overLimit', what: `工作表超过${limits.sheets}个` };
  return null;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}
