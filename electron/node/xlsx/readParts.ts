/**
 * The small parts of a workbook the import needs besides the sheets: the
 * sheet list (workbook.xml and its rels), shared strings, which cell styles
 * are dates (styles.xml), comments (批注), and the title (docProps/core.xml).
 */
import { parseAddress } from '../../../shared/import/grid.ts';
import { ReadRefusal, overLimit, readPart, type ReadBudget } from './xmlPart.ts';
import type { ZipIndex } from './zipCheck.ts';

/** A relationship target as a zip entry name: "worksheets/sheet1.xml" from "xl/workbook.xml" → "xl/worksheets/sheet1.xml". */
export function resolveTarget(fromPart: string, target: string): string {
  const base = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const piece of target.replace(/^\//, '').split('/')) {
    if (piece === '..') base.pop();
    else if (piece !== '.' && piece !== '') base.push(piece);
  }
  return base.join('/');
}

/** The rels part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
const relsOf = (part: string) => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** The relationships of a part by id, targets resolved to entry names (external targets left out). */
export function readRels(bytes: Uint8Array, zip: ZipIndex, part: string, budget: ReadBudget): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  readPart(bytes, zip, relsOf(part), budget, {
    open(tag, a) {
      const id = a.get('Id');
      const target = a.get('Target');
      if (tag !== 'Relationship' || !id || !target || a.get('TargetMode') === 'External') return;
      rels.set(id, { type: a.get('Type') ?? '', target: resolveTarget(part, target) });
    },
  });
  return rels;
}

export interface SheetEntry {
  readonly name: string;
  readonly part: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
}

export interface WorkbookParts {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  readonly sharedStringsPart: string | null;
  readonly stylesPart: string | null;
}

const endsWithType = (rel: Relationship, type: string) => rel.type.endsWith(`/${type}`);

/** The worksheets in workbook order (chart sheets left out), and where the shared strings and styles are. */
export function readWorkbookParts(bytes: Uint8Array, zip: ZipIndex, budget: ReadBudget): WorkbookParts {
  // The workbook is where the package's root relationships say (nearly always xl/workbook.xml).
  const rootTarget = [...readRels(bytes, zip, '', budget).values()].find((r) => endsWithType(r, 'officeDocument'))?.target;
  const workbook = rootTarget && zip.has(rootTarget) ? rootTarget : 'xl/workbook.xml';
  if (!zip.has(workbook)) throw new ReadRefusal('不是Excel工作簿（.xlsx）文件，无法导入');
  const rels = readRels(bytes, zip, workbook, budget);
  const listed: { name: string; id: string; state: SheetEntry['state'] }[] = [];
  let date1904 = false;
  let root = '';
  readPart(bytes, zip, workbook, budget, {
    open(tag, a) {
      root ||= tag;
      if (tag === 'sheet') {
        if (listed.length >= budget.limits.sheets) throw overLimit(`工作表超过${budget.limits.sheets}个`);
        // The relationship id is r:id, whatever the prefix is called.
        const all = a.all();
        const idKey = Object.keys(all).find((k) => k.endsWith(':id'));
        const state = all['state'] === 'hidden' || all['state'] === 'veryHidden' ? all['state'] : 'visible';
        listed.push({ name: all['name'] ?? '', id: idKey ? (all[idKey] ?? '') : '', state });
      } else if (tag === 'workbookPr') {
        // Only ever set: an x15:workbookPr in extLst (same local name) must not reset it.
        if (a.get('date1904') === '1' || a.get('date1904') === 'true') date1904 = true;
      }
    },
  });
  // A Word or PowerPoint file has the same package; only a <workbook> is a workbook.
  if (root !== 'workbook') throw new ReadRefusal('不是Excel工作簿（.xlsx）文件，无法导入');
  const sheets: SheetEntry[] = [];
  for (const s of listed) {
    const rel = rels.get(s.id);
    if (!rel || !endsWithType(rel, 'worksheet')) continue;
    sheets.push({ name: s.name, part: rel.target, state: s.state });
  }
  const find = (type: string) => [...rels.values()].find((r) => endsWithType(r, type))?.target ?? null;
  return { sheets, date1904, sharedStringsPart: find('sharedStrings'), stylesPart: find('styles') };
}

/** Text with OOXML's escapes of characters XML cannot hold (_x000D_ for CR, _x005F_ for "_") decoded. */
export const decodeEscapes = (text: string) =>
  text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;

/**
 * Rich text as one string: the text of every run, phonetic guides (rPh) left
 * out; `onItem` gets each <si> or <comment> with the value of its attribute
 * `keyAttribute` ("" without one: shared strings have none the import reads, a
 * comment has its cell). Shared by shared strings and comments.
 */
function readTextItems(
  bytes: Uint8Array,
  zip: ZipIndex,
  part: string,
  budget: ReadBudget,
  itemTag: string,
  onItem: (text: string, key: string) => void,
  keyAttribute?: string,
): void {
  const limit = budget.limits.cellChars;
  let inItem = false;
  // Read when the item opens: the tokenizer's view of its attributes lasts only as long as the open call.
  let key = '';
  let text = '';
  let phonetic = 0;
  let inT = false;
  readPart(bytes, zip, part, budget, {
    open(tag, a) {
      if (tag === itemTag) {
        inItem = true;
        key = keyAttribute === undefined ? '' : (a.get(keyAttribute) ?? '');
        text = '';
      } else if (tag === 'rPh') phonetic++;
      else if (tag === 't' && inItem && phonetic === 0) inT = true;
    },
    close(tag) {
      if (tag === 't') inT = false;
      else if (tag === 'rPh') phonetic--;
      else if (tag === itemTag && inItem) {
        onItem(decodeEscapes(text), key);
        inItem = false;
      }
    },
    text(t) {
      if (!inT) return;
      text += t;
      if (text.length > limit) throw overLimit(`单元格文字超过${limit}个字符`);
    },
  });
}

export function readSharedStrings(bytes: Uint8Array, zip: ZipIndex, part: string | null, budget: ReadBudget): string[] {
  const strings: string[] = [];
  if (part) readTextItems(bytes, zip, part, budget, 'si', (text) => strings.push(text));
  return strings;
}

/** Excel's built-in number formats that show dates or times (zh-CN ones included). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** Whether a format code shows a date (ExcelJS's test: a date letter outside quotes and brackets). */
export const isDateFormat = (code: string) => /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** For each cell style (cellXfs index), whether it formats a date. */
export function readDateStyles(bytes: Uint8Array, zip: ZipIndex, part: string | null, budget: ReadBudget): boolean[] {
  if (!part) return [];
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  readPart(bytes, zip, part, budget, {
    open(tag, a) {
      if (tag === 'numFmts') inNumFmts = true;
      else if (tag === 'cellXfs') inCellXfs = true;
      else if (inNumFmts && tag === 'numFmt') custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
      else if (inCellXfs && tag === 'xf') formatIds.push(Number(a.get('numFmtId') ?? 0));
    },
    close(tag) {
      if (tag === 'numFmts') inNumFmts = false;
      else if (tag === 'cellXfs') inCellXfs = false;
    },
  });
  return formatIds.map((id) => {
    const code = custom.get(id);
    return code === undefined ? BUILTIN_DATE_FORMATS.has(id) : isDateFormat(code);
  });
}

/** The notes (批注) of a sheet, by row and column, from the comments part its rels name. */
export function readNotes(bytes: Uint8Array, zip: ZipIndex, sheetPart: string, budget: ReadBudget): Map<number, Map<number, string>> {
  const notes = new Map<number, Map<number, string>>();
  const rel = [...readRels(bytes, zip, sheetPart, budget).values()].find((r) => endsWithType(r, 'comments'));
  if (!rel) return notes;
  readTextItems(
    bytes,
    zip,
    rel.target,
    budget,
    'comment',
    (text, ref) => {
      const at = parseAddress(ref);
      if (!at || text === '') return;
      let line = notes.get(at.row);
      if (!line) notes.set(at.row, (line = new Map()));
      line.set(at.col, text);
    },
    'ref',
  );
  return notes;
}

/** The workbook's 标题 (dc:title in docProps/core.xml), "" when none. */
export function readTitle(bytes: Uint8Array, zip: ZipIndex, budget: ReadBudget): string {
  const core = [...readRels(bytes, zip, '', budget).values()].find((r) => endsWithType(r, 'core-properties'))?.target ?? 'docProps/core.xml';
  let title = '';
  let inTitle = false;
  readPart(bytes, zip, core, budget, {
    open(tag) {
      inTitle = tag === 'title';
    },
    close() {
      inTitle = false;
    },
    text(t) {
      if (inTitle && title.length < budget.limits.cellChars) title += t;
    },
  });
  return title;
}
