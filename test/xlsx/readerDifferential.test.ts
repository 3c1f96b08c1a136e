/**
 * The partner-file reader reads the same grid as ExcelJS did (through the old
 * readGrid.ts) wherever ExcelJS can read the file, for workbooks written by
 * three other programs: ExcelJS itself, openpyxl (Debian's python3-openpyxl)
 * and LibreOffice Calc (converting CSV and flat ODS); and the briefing
 * fixtures as they came from partners.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../support/fixtures.ts';
import { diffGrids, excelJsGrid, newGrid } from './gridDiff.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-diff-'));
});

async function sameGrid(file: string): Promise<void> {
  const bytes = new Uint8Array(await readFile(file));
  const fresh = newGrid(bytes);
  expect(diffGrids(await excelJsGrid(bytes), fresh), path.basename(file)).toEqual([]);
  expect(
    fresh.sheets.some((s) => s.cells.size > 0),
    'the file holds values',
  ).toBe(true);
}

describe('the reader gives ExcelJS’s grid', () => {
  it('for a workbook ExcelJS writes: merges, rich text, formulas with cached results (0 too), dates, notes, booleans, links, a hidden sheet, a title', async () => {
    const wb = new ExcelJS.Workbook();
    wb.title = '某区对口帮扶某县规划';
    const ws = wb.addWorksheet('规划表');
    ws.mergeCells('A1:F1');
    ws.getCell('A1').value = '某区对口帮扶某县“十四五”规划项目表';
    ws.addRow(['序号', '项目名称', '2021年', '2022年', '合计', '完成时间']);
    ws.addRow([
      1,
      { richText: [{ text: '产业' }, { text: '园区', font: { bold: true } }] },
      380.2456,
      0.1 + 0.2,
      { formula: 'C3+D3', result: 380.5456 },
      new Date(Date.UTC(2022, 11, 31)),
    ]);
    ws.addRow([2, '多行\n名称', 0, 5, { formula: 'C4-C4', result: 0 }, '2023年']);
    ws.addRow([3, { text: '链接', hyperlink: 'https://example.org' }, true, false, { formula: '1/0', result: { error: '#DIV/0!' } }, null]);
    ws.getCell('F3').numFmt = 'yyyy-mm-dd';
    ws.getCell('B4').note = '批注：名称待定';
    ws.mergeCells('A6:A8');
    ws.getCell('A6').value = '产业发展';
    ws.getCell('B6').value = { sharedFormula: 'E3', result: 7 } as unknown as ExcelJS.CellValue;
    ws.getCell('E3').value = { formula: 'C3+D3', result: 380.5456, shareType: 'shared', ref: 'E3:E3' } as unknown as ExcelJS.CellValue;
    const hidden = wb.addWorksheet('隐藏表', { state: 'hidden' });
    hidden.addRow(['别名', '产业发展']);
    const file = path.join(dir, 'exceljs.xlsx');
    await wb.xlsx.writeFile(file);
    await sameGrid(file);
    const grid = newGrid(new Uint8Array(await readFile(file)));
    expect(grid.sheets[1]?.hidden).toBe('hidden');
    expect(grid.sheets[0]?.unreadable?.get(5)?.get(5)).toBe('#DIV/0!');
  });

  it('for a workbook openpyxl writes (its formulas carry no cached result: blank to ExcelJS, unreadable to the reader)', async () => {
    const file = path.join(dir, 'openpyxl.xlsx');
    const script = `
import datetime, openpyxl, sys
from openpyxl.comments import Comment
wb = openpyxl.Workbook()
ws = wb.active
ws.title = '项目表'
ws['A1'] = '2021年某区对口帮扶某县项目计划表'
ws.merge_cells('A1:E1')
ws.append(['序号', '类别', '项目名称', '计划投资（万元）', '开工时间'])
ws.append([1, '产业发展', '茶园', 550.68, datetime.date(2021, 5, 1)])
ws.append([2, None, '道路', 1e-7, datetime.datetime(2021, 6, 30, 12, 0)])
ws.append([3, None, '  前后空格  ', -12.5, None])
ws.append(['合计', None, None, '=SUM(D3:D5)', None])
ws.merge_cells('B3:B5')
ws2 = wb.create_sheet('说明')
ws2['A1'] = '单位：元'
ws2.sheet_state = 'hidden'
wb.properties.title = '项目计划'
wb.save(sys.argv[1])
ws['C4'].comment = Comment('道路项目说明', '作者')
wb.save(sys.argv[2])
`;
    const withNote = path.join(dir, 'openpyxl-note.xlsx');
    const r = spawnSync('/usr/bin/python3', ['-c', script, file, withNote], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    await sameGrid(file);
    const grid = newGrid(new Uint8Array(await readFile(file)));
    expect(grid.sheets[0]?.unreadable?.get(6)?.get(4)).toBe('公式无缓存结果：=SUM(D3:D5)');
    expect(grid.title).toBe('项目计划');
    // ExcelJS cannot load openpyxl's comments part (it is named by an absolute path); the reader reads the note.
    const noted = new Uint8Array(await readFile(withNote));
    await expect(excelJsGrid(noted)).rejects.toThrow();
    expect(newGrid(noted).sheets[0]?.notes?.get(4)?.get(3)).toMatch(/道路项目说明/);
  });

  it('for workbooks LibreOffice Calc writes from CSV and from a flat ODS with merges, formulas, notes and a date', async () => {
    await writeFile(path.join(dir, 'lo-csv.csv'), '类别,项目,2021年,2022年\n产业发展,茶园,100.5,200\n民生改善,学校,0.0001,"1,234"\n');
    await writeFile(path.join(dir, 'lo-fods.fods'), FODS);
    const profile = path.join(dir, 'lo-profile');
    const r = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx',
        '--outdir',
        dir,
        path.join(dir, 'lo-csv.csv'),
        path.join(dir, 'lo-fods.fods'),
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    expect(r.status).toBe(0);
    await sameGrid(path.join(dir, 'lo-csv.xlsx'));
    await sameGrid(path.join(dir, 'lo-fods.xlsx'));
  });

  it('for the partner workbooks of the briefs', async () => {
    const files = (await readdir(FIXTURES_DIR)).filter((f) => f.endsWith('.xlsx'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) await sameGrid(path.join(FIXTURES_DIR, f));
  });
});

/** A flat ODS: a merged title, a merged category down two rows, a formula with its value, a note, a date. */
const FODS = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="N1"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
  <style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>
 </office:automatic-styles>
 <office:body><office:spreadsheet>
  <table:table table:name="年度计划">
   <table:table-row><table:table-cell table:number-columns-spanned="4" office:value-type="string"><text:p>某区2020年对口帮扶工作要点</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="3"/></table:table-row>
   <table:table-row><table:table-cell office:value-type="string"><text:p>类别</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>项目</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>金额</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>完成时间</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>产业发展</text:p></table:table-cell><table:table-cell office:value-type="string"><office:annotation><text:p>来源：计划表</text:p></office:annotation><text:p>茶园</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="380.2456"><text:p>380.2456</text:p></table:table-cell><table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2020-11-30"><text:p>2020-11-30</text:p></table:table-cell></table:table-row>
   <table:table-row><table:covered-table-cell/><table:table-cell office:value-type="string"><text:p>道路</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell><table:table-cell/></table:table-row>
   <table:table-row><table:table-cell office:value-type="string"><text:p>合计</text:p></table:table-cell><table:table-cell/><table:table-cell table:formula="of:=SUM([.C3:.C4])" office:value-type="float" office:value="380.2456"><text:p>380.2456</text:p></table:table-cell><table:table-cell/></table:table-row>
  </table:table>
 </office:spreadsheet></office:body>
</office:document>
`;
