/**
 * Mutated workbooks for the reader's fuzz run: zip-level damage (flipped
 * bytes, cuts, lying sizes, missing parts, bombs) and XML-level attacks
 * (whole-sheet ranges, entity expansion, deep nesting, absurd addresses and
 * numbers, bogus encodings, huge text), each from a seeded generator so a
 * run can be repeated exactly.
 */
import { Zip, ZipDeflate, strToU8, unzipSync, zipSync } from 'fflate';
import { inlineCell, rawWorkbook, sheetXml, withDeclaredSize, workbookEntries } from '../rawXlsx.ts';

/** A small seeded generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (r: Random, n: number) => Math.floor(r() * n);
const pick = <T>(r: Random, items: readonly T[]): T => items[int(r, items.length)]!;

/** A plain project table, the kind of sheet a partner sends. */
export function projectSheet(rows: number): string {
  const body = Array.from({ length: rows }, (_, i) => {
    const r = i + 2;
    return `<row r="${r}">${inlineCell(`A${r}`, '产业发展')}${inlineCell(`B${r}`, `项目${i + 1}`)}<c r="C${r}"><v>${(i % 97) + 0.25}</v></c><c r="D${r}" t="s"><v>${i % 3}</v></c></row>`;
  }).join('');
  return sheetXml(
    `<row r="1">${inlineCell('A1', '类别')}${inlineCell('B1', '项目名称')}${inlineCell('C1', '2021年')}${inlineCell('D1', '备注')}</row>${body}`,
    '<mergeCells count="1"><mergeCell ref="A2:A4"/></mergeCells>',
  );
}

const SHARED = ['新建', '续建', '完成'];

/** The base workbooks mutations start from (real files are added by the caller). */
export function baseWorkbooks(): Uint8Array[] {
  return [rawWorkbook(projectSheet(40), SHARED), rawWorkbook(projectSheet(3), SHARED)];
}

/**
 * A workbook with `rows` rows of content (1,000,000 for the full run): the row
 * limit must stop it while reading. Zipped as a stream, so building it does
 * not cost the run's memory figure what reading it does not.
 */
export function manyRows(rows: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const [head, tail] = sheetXml('\u0000').split('\u0000') as [string, string];
  for (const [name, bytes] of Object.entries(workbookEntries([{ name: 'Sheet1', xml: '' }]))) {
    const file = new ZipDeflate(name, { level: 1 });
    zip.add(file);
    if (name !== 'xl/worksheets/sheet1.xml') {
      file.push(bytes, true);
      continue;
    }
    file.push(strToU8(head));
    for (let from = 0; from < rows; from += 10_000) {
      const piece = Array.from(
        { length: Math.min(10_000, rows - from) },
        (_, k) => `<row r="${from + k + 1}"><c r="A${from + k + 1}"><v>${from + k}</v></c></row>`,
      ).join('');
      file.push(strToU8(piece));
    }
    file.push(strToU8(tail), true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const RANGES = [
  '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
  '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
  '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="iconSet" priority="1"><iconSet iconSet="3Arrows"><cfvo type="percent" val="0"/><cfvo type="percent" val="33"/><cfvo type="percent" val="67"/></iconSet></cfRule></conditionalFormatting>',
  `<mergeCells count="20000">${Array.from({ length: 20_000 }, (_, i) => `<mergeCell ref="A${i + 1}:XFD${i + 1}"/>`).join('')}</mergeCells>`,
  `<mergeCells count="3000">${Array.from({ length: 3_000 }, () => '<mergeCell ref="A1:XFD1048576"/>').join('')}</mergeCells>`,
];

const CELLS = [
  '<c r="A1"><v>1e309</v></c>',
  '<c r="A1"><v>-1e309</v></c>',
  '<c r="A1"><v>NaN</v></c>',
  '<c r="A1" t="e"><v>#DIV/0!</v></c>',
  '<c r="A1"><f>SUM(B1:B9)</f></c>',
  '<c r="A1" t="s"><v>99999999</v></c>',
  '<c r="A1" t="s"><v>-1</v></c>',
  '<c r="A1" s="99999"><v>1</v></c>',
  '<c r="A1" t="d"><v>not a date</v></c>',
  '<c r="XFD1048576"><v>1</v></c>',
  '<c r="XFE1"><v>1</v></c>',
  '<c r="A0"><v>1</v></c>',
  '<c r="A99999999999"><v>1</v></c>',
  '<c r="ZZZZZZZZZZZZ1"><v>1</v></c>',
  `<c r="A1" t="inlineStr"><is><t>${'长'.repeat(100_000)}</t></is></c>`,
  '<c r="A1" t="inlineStr"><is><r><t>a</t></r><rPh><t>b</t></rPh></is></c>',
  `<c r="A1"><v>${'9'.repeat(400)}</v></c>`,
  '<c><v>1</v></c><c><v>2</v></c>',
];

const ROWS = [
  '<row r="1048576" s="1" customFormat="1"/>',
  '<row r="0"><c r="A1"><v>1</v></c></row>',
  '<row r="-5"/>',
  '<row r="2000000"><c r="A1"><v>1</v></c></row>',
  '<row r="abc"/>',
  '<row/>',
];

const PROLOGUES = [
  '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>',
  '<?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd">',
  '<?xml version="1.0" encoding="GBK"?>',
  '<?xml version="1.0" encoding="utf-16"?>',
  '<?xml version="1.0" encoding="x-no-such-charset"?>',
  '<?xml version="1.0" encoding="Shift_JIS"?>',
  '\ufeff<?xml version="1.0"?>',
  '',
];

/** One XML-level attack on the first sheet, or on another part. */
function xmlAttack(r: Random): Record<string, Uint8Array> {
  const kind = int(r, 8);
  const rows = int(r, 30) + 1;
  switch (kind) {
    case 0:
      return workbookEntries([{ name: '表', xml: sheetXml(`<row r="1">${inlineCell('A1', '类别')}</row>`, pick(r, RANGES)) }], SHARED);
    case 1:
      return workbookEntries([{ name: '表', xml: sheetXml(`<row r="1">${pick(r, CELLS)}${pick(r, CELLS)}</row>${pick(r, ROWS)}`) }], SHARED);
    case 2: {
      const prologue = pick(r, PROLOGUES);
      const body = projectSheet(rows).replace(/^<\?xml[^>]*\?>/, '');
      return workbookEntries(
        [
          {
            name: '表',
            xml: `${prologue}${body.replace('<row r="1">', prologue.includes('lol') ? '<row r="1"><c r="Z1" t="inlineStr"><is><t>&lol3;</t></is></c>' : '<row r="1">')}`,
          },
        ],
        SHARED,
      );
    }
    case 3: {
      // Deep nesting inside a cell and around the sheet.
      const depth = pick(r, [1_000, 50_000, 200_000]);
      return workbookEntries([{ name: '表', xml: sheetXml(`<row r="1"><c r="A1"><v>1</v>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</c></row>`) }], SHARED);
    }
    case 4: {
      // Many shared strings, a huge count, a shared string over the text limit.
      const entries = workbookEntries([{ name: '表', xml: projectSheet(rows) }], SHARED);
      entries['xl/sharedStrings.xml'] = strToU8(
        pick(r, [
          `<sst count="999999999">${'<si><t>x</t></si>'.repeat(100_000)}</sst>`,
          `<sst><si><t>${'字'.repeat(40_000)}</t></si></sst>`,
          '<sst><si><r><t>a</t></r><r><t>b</t></r></si>',
          '<sst><si>',
        ]),
      );
      return entries;
    }
    case 5: {
      // The workbook part itself: many sheets, missing rels, odd states.
      const entries = workbookEntries(
        Array.from({ length: int(r, 3) + 1 }, (_, i) => ({ name: `表${i}`, xml: projectSheet(rows) })),
        SHARED,
      );
      const variant = int(r, 4);
      if (variant === 0)
        entries['xl/workbook.xml'] = strToU8(`<workbook><sheets>${'<sheet name="a" sheetId="1" r:id="rId1"/>'.repeat(5_000)}</sheets></workbook>`);
      if (variant === 1) delete entries['xl/_rels/workbook.xml.rels'];
      if (variant === 2) delete entries['xl/worksheets/sheet1.xml'];
      // A relationship that climbs out of the package (built from parts: no test file names a path above the checkout).
      if (variant === 3)
        entries['xl/_rels/workbook.xml.rels'] = strToU8(
          `<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="${'../'.repeat(4)}etc/passwd"/></Relationships>`,
        );
      return entries;
    }
    case 6: {
      // Comments part named by the sheet's rels, broken or huge.
      const entries = workbookEntries([{ name: '表', xml: projectSheet(rows) }], SHARED);
      entries['xl/worksheets/_rels/sheet1.xml.rels'] = strToU8(
        '<Relationships><Relationship Id="c" Type="http://x/comments" Target="../comments1.xml"/></Relationships>',
      );
      entries['xl/comments1.xml'] = strToU8(
        pick(r, [
          '<comments><commentList><comment ref="A1"><text><t>批注</t></text></comment></commentList></comments>',
          '<comments><commentList><comment ref="ZZZZZZ0">',
          `<comments><commentList>${'<comment ref="A1"><text><t>x</t></text></comment>'.repeat(50_000)}</commentList></comments>`,
        ]),
      );
      return entries;
    }
    default: {
      // Styles that make every number a date, and numbers no date can hold.
      const entries = workbookEntries(
        [{ name: '表', xml: sheetXml('<row r="1"><c r="A1" s="1"><v>1e20</v></c><c r="B1" s="1"><v>-1e15</v></c><c r="C1" s="1"><v>45000.5</v></c></row>') }],
        SHARED,
      );
      entries['xl/styles.xml'] = strToU8(
        '<styleSheet><numFmts><numFmt numFmtId="200" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="200"/></cellXfs></styleSheet>',
      );
      entries['xl/_rels/workbook.xml.rels'] = strToU8(
        new TextDecoder()
          .decode(entries['xl/_rels/workbook.xml.rels'])
          .replace('</Relationships>', '<Relationship Id="rIdT" Type="http://x/styles" Target="styles.xml"/></Relationships>'),
      );
      return entries;
    }
  }
}

/** Random damage to the XML text of one entry. */
function damageXml(r: Random, entries: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const names = Object.keys(entries).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  const name = pick(r, names);
  const bytes = entries[name]!.slice();
  const cut = int(r, bytes.length + 1);
  let out: Uint8Array;
  switch (int(r, 4)) {
    case 0:
      for (let i = 0; i < 1 + int(r, 20); i++) bytes[int(r, bytes.length)] = int(r, 256);
      out = bytes;
      break;
    case 1:
      out = bytes.subarray(0, cut);
      break;
    case 2: {
      const from = int(r, bytes.length);
      const piece = bytes.subarray(from, Math.min(bytes.length, from + 1 + int(r, 400)));
      out = new Uint8Array([...bytes.subarray(0, cut), ...piece, ...piece, ...bytes.subarray(cut)]);
      break;
    }
    default:
      out = new Uint8Array([...bytes.subarray(0, cut), ...bytes.subarray(Math.min(bytes.length, cut + 1 + int(r, 200)))]);
  }
  return { ...entries, [name]: out };
}

/** Random damage to the zip container. */
function damageZip(r: Random, zip: Uint8Array): Uint8Array {
  const names: string[] = [];
  unzipSync(zip, {
    filter: (file) => {
      names.push(file.name);
      return false;
    },
  });
  switch (int(r, 5)) {
    case 0: {
      const out = zip.slice();
      for (let i = 0; i < 1 + int(r, 20); i++) out[int(r, out.length)] = int(r, 256);
      return out;
    }
    case 1:
      return zip.subarray(0, int(r, zip.length));
    case 2: {
      const entry = pick(r, names.length > 0 ? names : ['xl/workbook.xml']);
      return withDeclaredSize(zip, entry, pick(r, [0, 1, 100, 0x7fffffff, 0xffffffff, int(r, 1 << 20)]));
    }
    case 3:
      // Lying sizes everywhere: every declared size understated.
      return names.reduce((z, name) => withDeclaredSize(z, name, 10), zip);
    default: {
      // A bomb beside the real parts, with its size declared small.
      const entries = unzipSync(zip);
      entries['xl/worksheets/sheet1.xml'] = new Uint8Array(pick(r, [2, 8, 30]) * 1024 * 1024);
      const bomb = zipSync(entries, { level: 1 });
      return r() < 0.5 ? withDeclaredSize(bomb, 'xl/worksheets/sheet1.xml', 1000) : bomb;
    }
  }
}

/** The i-th mutated workbook of a run: a base or an attack, damaged at the XML or zip level (or neither). */
export function mutatedWorkbook(r: Random, bases: readonly Uint8Array[]): { kind: string; bytes: Uint8Array } {
  const roll = int(r, 10);
  if (roll < 3) {
    const attack = xmlAttack(r);
    return { kind: 'xml attack', bytes: zipSync(attack, { level: 1 }) };
  }
  const base = pick(r, bases);
  if (roll < 6) {
    const entries = unzipSync(base);
    return { kind: 'xml damage', bytes: zipSync(damageXml(r, entries), { level: 1 }) };
  }
  if (roll < 9) return { kind: 'zip damage', bytes: damageZip(r, base) };
  return { kind: 'attack + zip damage', bytes: damageZip(r, zipSync(xmlAttack(r), { level: 1 })) };
}
