import { mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { importWorkbook } from '../../electron/node/xlsx/index.ts';
import { UserFacingError } from '../../electron/node/fileErrors.ts';
import { fixturePath } from '../support/fixtures.ts';

const fixture = fixturePath('wuhou-baiyu-2016-2020.xlsx');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-badxlsx-'));
});

async function write(name: string, data: Uint8Array | string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, data);
  return file;
}

/** The import must fail with a UserFacingError whose message is one Chinese sentence matching `pattern`. */
async function refused(file: string, pattern: RegExp, options: Parameters<typeof importWorkbook>[1] = {}): Promise<string> {
  const error = await importWorkbook(file, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  const message = (error as UserFacingError).message;
  expect(message).toMatch(pattern);
  expect(message).not.toMatch(/\n|Error|at /);
  return message;
}

describe('files that cannot be imported get one Chinese sentence, never a crash', () => {
  it('a text file named .xlsx is not a workbook', async () => {
    await refused(await write('纯文本.xlsx', '类别,2016\n产业,100\n'), /^“纯文本\.xlsx”不是Excel工作簿（\.xlsx）文件/);
  });

  it('an empty file is refused as empty', async () => {
    await refused(await write('空.xlsx', ''), /是空文件/);
  });

  it('a workbook cut short (half of it) is reported as incomplete', async () => {
    const bytes = await readFile(fixture);
    await refused(await write('半截.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2))), /不完整（可能在下载或复制时中断）/);
  });

  it('a password-protected workbook (an OLE container holding EncryptionInfo) is recognised and explained', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(new TextEncoder().encode('x'), 100);
    ole.set(Buffer.from('EncryptionInfo', 'utf16le'), 1024);
    await refused(await write('加密.xlsx', ole), /设有打开密码，请在 Excel\/WPS 中取消密码并另存为 \.xlsx 后再导入/);
  });

  it('a zip that is not a workbook (no xl/workbook.xml) is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document/>');
    await refused(await write('文档.xlsx', await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })), /不是Excel工作簿/);
  });

  it('a zip bomb (an entry that expands a thousandfold) is refused before anything is unpacked', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/workbook.xml', '<workbook/>');
    zip.file('xl/worksheets/sheet1.xml', new Uint8Array(16 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    await refused(await write('炸弹.xlsx', bytes), /超出导入限制：压缩比异常/);
  });

  it('a file over 50 MB is refused by its size', async () => {
    const file = await write('超大.xlsx', '');
    await truncate(file, 51 * 1024 * 1024);
    await refused(file, /超出导入限制：文件超过50MB/);
  });

  it('a workbook whose sheet XML is broken is reported as damaged', async () => {
    const zip = await JSZip.loadAsync(await readFile(fixture));
    zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99999');
    await refused(await write('损坏.xlsx', await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })), /已损坏，无法作为Excel工作簿读取/);
  });

  it('a workbook without any data is refused as empty', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    await refused(await write('空表.xlsx', new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)), /是空工作簿，没有任何数据/);
  });

  it('sheets, rows and cells over their limits are refused (limits lowered to fit the fixture)', async () => {
    await refused(fixture, /超出导入限制：工作表超过1个/, { limits: { sheets: 1 } });
    await refused(fixture, /超出导入限制：工作表“年度投资和领域安排计划表”超过5行/, { limits: { rows: 5 } });
    await refused(fixture, /超出导入限制：超过100个有内容的单元格/, { limits: { cells: 100 } });
    await refused(fixture, /超出导入限制：解压后超过/, { limits: { uncompressedBytes: 10_000 } });
  });

  it('a missing file and a folder get their own messages', async () => {
    await refused(path.join(dir, '没有这个文件.xlsx'), /找不到文件“没有这个文件\.xlsx”/);
    await refused(dir, /是文件夹/);
  });
});
