/**
 * The partner-file reader on what spreadsheet programs do not write but
 * partners' files (or attackers) may hold: ranges over the whole sheet, tens
 * of thousands of merges, a formatting-only last row, error values, GBK, a
 * DOCTYPE with entities, lying zip sizes, limits passed while reading.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../electron/node/fileErrors.ts';
import { XLSX_LIMITS, type XlsxLimits } from '../../electron/node/xlsx/limits.ts';
import { readWorkbookGrid } from '../../electron/node/xlsx/index.ts';
import { readXlsxGrid } from '../../electron/node/xlsx/readXlsx.ts';
import { SheetReader, columnsOf, type RowValues, type WorkbookGrid } from '../../shared/import/grid.ts';
import { inlineCell, rawWorkbook, sheetXml, withDeclaredSize, workbookEntries, zipEntries } from './rawXlsx.ts';

/** A row's values by column number, as an object (for toEqual). */
const byColumn = (line: RowValues) => Object.fromEntries(columnsOf(line).map((c) => [c, line[c]]));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-reader-'));
});

function read(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}): WorkbookGrid {
  const grid = readXlsxGrid(bytes, { ...XLSX_LIMITS, ...limits });
  if ('kind' in grid) throw new Error(`refused: ${grid.kind}`);
  return grid;
}

/** The Chinese sentence a file gets, read through the file path the app uses. */
async function refusal(name: string, bytes: Uint8Array, limits: Partial<XlsxLimits> = {}): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  const error = await readWorkbookGrid(file, { ...XLSX_LIMITS, ...limits }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  const message = (error as Error).message;
  expect(message).not.toMatch(/\n|Error|at |undefined/);
  return message;
}

const cells = (n: number) =>
  Array.from({ length: n }, (_, i) => `<row r="${i + 1}">${inlineCell(`A${i + 1}`, `项目${i + 1}`)}<c r="B${i + 1}"><v>${i}</v></c></row>`).join('');

describe('ranges are read as ranges, never cell by cell', () => {
  it('a merge and a data validation over A1:XFD1048576 (ExcelJS issue 1842) are read at once; the merge is clipped to the used range', () => {
    const xml = sheetXml(
      cells(3),
      '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells><dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
    );
    const sheet = read(rawWorkbook(xml)).sheets[0]!;
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 1 }]);
    expect(sheet.cells.get(1)?.[1]).toBe('项目1');
    // The values a merge hides are gone, as in Excel.
    expect(sheet.cells.size).toBe(1);
  });

  it('SheetReader reads through a merge over the whole sheet without visiting its cells', () => {
    const grid = {
      name: '表',
      rowCount: 1_048_576,
      columnCount: 16_384,
      cells: new Map([[1, [undefined, '全表']]]),
      merges: [{ top: 1, left: 1, bottom: 1_048_576, right: 16_384 }],
    };
    const reader = new SheetReader(grid);
    expect(reader.value(1_048_576, 16_384)).toBe('全表');
    expect(reader.mergeAt(500_000, 3)).toEqual(grid.merges[0]);
    expect(reader.isBlankRow(777)).toBe(false);
  });

  it('50,000 merges (Apache POI’s 57893-many-merges) read, and SheetReader finds each one', () => {
    const merges = Array.from({ length: 50_000 }, (_, i) => `<mergeCell ref="A${i * 2 + 1}:B${i * 2 + 1}"/>`).join('');
    const data = Array.from({ length: 50_000 }, (_, i) => `<row r="${i * 2 + 1}"><c r="A${i * 2 + 1}"><v>${i}</v></c></row>`).join('');
    const sheet = read(rawWorkbook(sheetXml(data + '<row r="100000"><c r="B100000"><v>1</v></c></row>', `<mergeCells>${merges}</mergeCells>`))).sheets[0]!;
    expect(sheet.merges).toHaveLength(50_000);
    const reader = new SheetReader(sheet);
    for (let i = 0; i < 50_000; i += 997) expect(reader.value(i * 2 + 1, 2)).toBe(i);
    expect(reader.value(2, 2)).toBeNull();
  });
});

describe('what counts against the limits', () => {
  it('a formatting-only row at 1,048,576 is not a row with content', () => {
    const xml = sheetXml(`${cells(3)}<row r="1048576" s="1" customFormat="1" ht="20"><c r="A1048576" s="1"/></row>`);
    const sheet = read(rawWorkbook(xml), { rows: 5 }).sheets[0]!;
    expect(sheet.rowCount).toBe(3);
  });

  it('rows over the limit are refused while reading, naming the sheet and the limit', async () => {
    const message = await refusal('多行.xlsx', zipEntries(workbookEntries([{ name: '项目表', xml: sheetXml(cells(500)) }])), { rows: 200 });
    expect(message).toBe('“多行.xlsx”超出导入限制：工作表“项目表”超过200行');
  });

  it('cells, text length and inflated bytes are limits too', async () => {
    expect(await refusal('格.xlsx', rawWorkbook(sheetXml(cells(100))), { cells: 150 })).toBe('“格.xlsx”超出导入限制：超过150个有内容的单元格');
    expect(await refusal('长.xlsx', rawWorkbook(sheetXml(inlineCell('A1', '字'.repeat(50)))), { cellChars: 40 })).toMatch(
      /超出导入限制：工作表“Sheet1”单元格文字超过40个字符$/,
    );
    expect(await refusal('大.xlsx', rawWorkbook(sheetXml(cells(3000))), { entryBytes: 50_000 })).toMatch(
      /超出导入限制：xl\/worksheets\/sheet1\.xml 解压后超过/,
    );
  });

  it('a sheet over 32 MB unpacked is streamed in pieces and reads as it reads whole; its size is still checked as it comes', async () => {
    const row = (r: number) => `<row r="${r}"><c r="A${r}"><v>${r}.5</v></c>${inlineCell(`B${r}`, `项目&<${r}>`)}</row>`;
    const body = (gap: string) => `${row(1)}${gap}${row(2)}${gap}${row(3)}`;
    const small = read(rawWorkbook(sheetXml(body('')))).sheets[0]!;
    const big = rawWorkbook(sheetXml(body(' '.repeat(17 * 1024 * 1024))));
    // White space packs a thousandfold: past the ratio that marks a zip bomb, so that check is relaxed here.
    const streamed = read(big, { expansionRatio: 1e6 }).sheets[0]!;
    expect([...streamed.cells].map(([r, line]) => [r, byColumn(line)])).toEqual([...small.cells].map(([r, line]) => [r, byColumn(line)]));
    expect(streamed.cells.get(3)?.[2]).toBe('项目&<3>');
    expect(await refusal('谎报大.xlsx', withDeclaredSize(big, 'xl/worksheets/sheet1.xml', 33 * 1024 * 1024), { expansionRatio: 1e6 })).toBe(
      '“谎报大.xlsx”已损坏，无法作为Excel工作簿读取',
    );
  });

  it('an entry whose central directory understates its size is refused when the inflater passes that size', async () => {
    const zip = rawWorkbook(sheetXml(cells(3) + '<row r="4"><c r="A4"><v>0</v></c></row>'.repeat(1) + ' '.repeat(8_000_000)));
    expect(await refusal('谎报.xlsx', withDeclaredSize(zip, 'xl/worksheets/sheet1.xml', 400))).toBe('“谎报.xlsx”已损坏，无法作为Excel工作簿读取');
  });
});

describe('values that are not values are named, not blanked', () => {
  it('errors, numbers out of range, formulas without a cached result and impossible dates are unreadable with their text', () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B1"><v>1e309</v></c><c r="C1"><f>SUM(A2:A3)</f></c><c r="D1" s="1"><v>1e20</v></c><c r="E1"><v>380.2456</v></c></row>',
    );
    const entries = workbookEntries([{ name: 'Sheet1', xml }]);
    entries['xl/styles.xml'] = strToU8(
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
    );
    entries['xl/_rels/workbook.xml.rels'] = strToU8(
      new TextDecoder()
        .decode(entries['xl/_rels/workbook.xml.rels'])
        .replace(
          '</Relationships>',
          '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        ),
    );
    const sheet = read(zipEntries(entries)).sheets[0]!;
    expect(Object.fromEntries(sheet.unreadable?.get(1) ?? [])).toEqual({ 1: '#DIV/0!', 2: '1e309', 3: '公式无缓存结果：=SUM(A2:A3)', 4: '1e20' });
    expect(sheet.cells.get(1)?.[5]).toBe(380.2456);
  });
});

describe('encodings and XML that ExcelJS stumbles on', () => {
  it('a sheet declaring GBK is decoded as GBK', () => {
    // "项目表" and "产业发展" in GBK.
    const gbk = (bytes: number[]) => Uint8Array.from(bytes);
    const head = strToU8(
      '<?xml version="1.0" encoding="GBK"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>',
    );
    const mid = strToU8('</t></is></c><c r="B1" t="inlineStr"><is><t>');
    const tail = strToU8('</t></is></c></row></sheetData></worksheet>');
    const xml = new Uint8Array([...head, ...gbk([207, 238, 196, 191, 177, 237]), ...mid, ...gbk([178, 250, 210, 181, 183, 162, 213, 185]), ...tail]);
    expect(byColumn(read(rawWorkbook(xml)).sheets[0]!.cells.get(1)!)).toEqual({ 1: '项目表', 2: '产业发展' });
  });

  it('namespace prefixes (x:row) and rich inline strings are read', () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="C2" t="inlineStr"><x:is><x:r><x:t>产业</x:t></x:r><x:r><x:t>发展</x:t></x:r></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    expect(read(rawWorkbook(xml)).sheets[0]!.cells.get(2)?.[3]).toBe('产业发展');
  });

  it('a DOCTYPE declaring entities (billion laughs) is refused before any entity is expanded', async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
    expect(await refusal('实体.xlsx', rawWorkbook(bomb))).toBe('“实体.xlsx”已损坏，无法作为Excel工作簿读取（含有文档类型定义 DOCTYPE）');
  });

  it('the workbook where the root relationships put it, the 1904 date system despite an extLst workbookPr, and _xHHHH_ escapes', () => {
    const entries = workbookEntries(
      [{ name: '表', xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>1</v></c></row>') }],
      ['行一_x000D_行二_x005F_x000D_'],
    );
    const moved: Record<string, Uint8Array> = {};
    for (const [name, bytes] of Object.entries(entries)) moved[name.replace(/^xl\//, 'wtf/')] = bytes;
    moved['_rels/.rels'] = strToU8(new TextDecoder().decode(entries['_rels/.rels']).replace('xl/workbook.xml', 'wtf/workbook.xml'));
    moved['wtf/workbook.xml'] = strToU8(
      new TextDecoder()
        .decode(entries['xl/workbook.xml'])
        .replace('<sheets>', '<workbookPr date1904="1"/><sheets>')
        .replace('</workbook>', '<extLst><ext uri="x"><x15:workbookPr xmlns:x15="x15" chartTrackingRefBase="1"/></ext></extLst></workbook>'),
    );
    moved['wtf/styles.xml'] = strToU8('<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>');
    moved['wtf/_rels/workbook.xml.rels'] = strToU8(
      new TextDecoder()
        .decode(moved['wtf/_rels/workbook.xml.rels'])
        .replace('</Relationships>', '<Relationship Id="rIdT" Type="http://x/styles" Target="styles.xml"/></Relationships>'),
    );
    const line = read(zipEntries(moved)).sheets[0]!.cells.get(1)!;
    expect(byColumn(line)).toEqual({ 1: '行一\r行二_x000D_', 2: '1904-01-02' });
  });

  it('hidden and very hidden sheets are read and marked', () => {
    const grid = read(
      zipEntries(
        workbookEntries([
          { name: '可见', xml: sheetXml(cells(1)) },
          { name: '隐藏', xml: sheetXml(cells(1)), state: 'hidden' },
          { name: '深度隐藏', xml: sheetXml(cells(1)), state: 'veryHidden' },
        ]),
      ),
    );
    expect(grid.sheets.map((s) => [s.name, s.hidden ?? 'visible'])).toEqual([
      ['可见', 'visible'],
      ['隐藏', 'hidden'],
      ['深度隐藏', 'veryHidden'],
    ]);
  });
});

describe('other spreadsheet formats are recognised by content and explained', () => {
  const saveAs =
    /不是Excel工作簿（\.xlsx）文件，而是(.+)，无法直接导入：请在 Excel 或 WPS 中打开它，选择“文件 › 另存为”，保存类型选“Excel 工作簿\(\*\.xlsx\)”，再导入另存的 \.xlsx 文件$/;

  it('an old .xls or WPS .et (an OLE file without encryption), an .xlsb, an .ods, a CSV and an HTML table, whatever their names', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const xlsb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.bin': new Uint8Array(10) });
    const ods = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') });
    const found = [
      await refusal('旧.xls', ole),
      await refusal('改名.xlsx', ole),
      await refusal('二进制.xlsb', xlsb),
      await refusal('开放.ods', ods),
      await refusal('文本.csv', strToU8('类别,2021年\n产业发展,100\n')),
      await refusal('网页.xls', strToU8('<html><body><table><tr><td>1</td></tr></table></body></html>')),
    ].map((m) => saveAs.exec(m)?.[1]);
    expect(found).toEqual([
      '旧版Excel（.xls）或WPS表格（.et）文件',
      '旧版Excel（.xls）或WPS表格（.et）文件',
      'Excel二进制工作簿（.xlsb）',
      'OpenDocument电子表格（.ods）',
      'CSV文本文件',
      '网页（HTML）格式的表格',
    ]);
  });
});
