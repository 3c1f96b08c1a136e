/**
 * Workbooks written part by part, for tests and the fuzz run that need what
 * no spreadsheet program writes: hostile ranges, lying zip sizes, a DOCTYPE,
 * GBK-declared sheets.
 */
import { zipSync, strToU8 } from 'fflate';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A sheet's XML from the inside of <sheetData> and what follows it (mergeCells, dataValidations…). */
export const sheetXml = (sheetData: string, after = '', declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>') =>
  `${declaration}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;

export interface RawSheet {
  readonly name: string;
  /** The whole sheet XML, as bytes or text (sheetXml helps). */
  readonly xml: string | Uint8Array;
  readonly state?: 'hidden' | 'veryHidden';
}

/** The zip entries of a workbook with these sheets and shared strings. */
export function workbookEntries(sheets: readonly RawSheet[], sharedStrings: readonly string[] = []): Record<string, Uint8Array> {
  const entries: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
        .map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sharedStrings.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join('')}</sst>`,
    ),
  };
  sheets.forEach((s, i) => {
    entries[`xl/worksheets/sheet${i + 1}.xml`] = typeof s.xml === 'string' ? strToU8(s.xml) : s.xml;
  });
  return entries;
}

/** A deflated .xlsx of these entries. */
export const zipEntries = (entries: Record<string, Uint8Array>): Uint8Array => zipSync(entries, { level: 1 });

/** A one-sheet workbook ("Sheet1") from sheet XML. */
export const rawWorkbook = (xml: string | Uint8Array, sharedStrings: readonly string[] = []): Uint8Array =>
  zipEntries(workbookEntries([{ name: 'Sheet1', xml }], sharedStrings));

/** An inline-string cell. */
export const inlineCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${escape(text)}</t></is></c>`;

/**
 * The zip with the central directory's uncompressed size of `entry` set to
 * `size`: a lying header, as a hostile file would write it.
 */
export function withDeclaredSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = strToU8(entry);
  for (let p = out.length - 22; p >= 0; p--) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const length = view.getUint16(p + 28, true);
    if (length === name.length && name.every((b, i) => out[p + 46 + i] === b)) {
      view.setUint32(p + 24, size, true);
      return out;
    }
  }
  throw new Error(`no entry ${entry}`);
}
