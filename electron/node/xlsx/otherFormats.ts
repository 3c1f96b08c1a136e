/**
 * Spreadsheet files that are not .xlsx (old .xls, WPS .et, .xlsb, .ods, CSV,
 * the HTML pages some systems save as .xls), recognised by their content —
 * a renamed file is still what its bytes say — and how to make an .xlsx of one.
 */
export type OtherFormat = 'xls' | 'xlsb' | 'ods' | 'csv' | 'html';

const DESCRIPTION: Record<OtherFormat, string> = {
  xls: '旧版Excel（.xls）或WPS表格（.et）文件',
  xlsb: 'Excel二进制工作簿（.xlsb）',
  ods: 'OpenDocument电子表格（.ods）',
  csv: 'CSV文本文件',
  html: '网页（HTML）格式的表格',
};

/** One sentence: what the file is and how to save it as .xlsx from Excel or WPS. */
export function otherFormatMessage(name: string, format: OtherFormat): string {
  return `“${name}”不是Excel工作簿（.xlsx）文件，而是${DESCRIPTION[format]}，无法直接导入：请在 Excel 或 WPS 中打开它，选择“文件 › 另存为”，保存类型选“Excel 工作簿(*.xlsx)”，再导入另存的 .xlsx 文件`;
}

/** UTF-16LE "EncryptionInfo": the stream a password-protected .xlsx keeps in its OLE container. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** In an OLE compound file: true when it is an encrypted .xlsx, false when an .xls/.et. */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTION_INFO);
}

/** A file that is neither zip nor OLE: CSV or HTML when its start reads as text of that kind, else null. */
export function textFormat(bytes: Uint8Array): OtherFormat | null {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  if (/^\s*<(!doctype html|html|table|\?xml[^>]*>\s*<html)/i.test(head.replace(/^\ufeff/, ''))) return 'html';
  // Text with no control characters but tab, CR and LF, and a separator on its first line.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f]/.test(head)) return null;
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  return /[,\t;，]/.test(firstLine) ? 'csv' : null;
}
