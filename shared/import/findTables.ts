import { unitOfHeader, unitOfLine, type AmountUnit } from './amountUnits.ts';
import { headerKey, yearOfHeader } from './cellText.ts';
import type { SheetReader } from './grid.ts';
import { ROW_ID_HEADER_PATTERN, isRowIdHeader } from './rowIdentity.ts';

/** categories: 年度领域安排表 (categories down, years across); projects: 项目表; recipients: money by 受援方. */
export type TableKind = 'categories' | 'projects' | 'recipients';

/** Columns of a project table the importer reads, by the field they hold. */
export type ProjectColumn =
  | 'seq'
  | 'recipient'
  | 'category'
  | 'startYear'
  | 'endYear'
  | 'name'
  | 'content'
  | 'totalInvestment'
  | 'aid'
  | 'fundingSource'
  | 'units'
  | 'deadline'
  | 'remarks'
  | 'rowId';

/** Columns of a category or recipient table. */
export type RowTableColumn = 'label' | 'total' | 'share' | 'carrier' | 'rowId';

export interface FoundTable {
  readonly kind: TableKind;
  readonly sheet: SheetReader;
  /** Header rows, both included (two when 实施年限 stands over the years). */
  readonly headerTop: number;
  readonly headerBottom: number;
  /** Rows that may hold data, both included. */
  readonly dataTop: number;
  readonly dataBottom: number;
  readonly years: readonly { year: number; col: number }[];
  readonly columns: ReadonlyMap<ProjectColumn | RowTableColumn, number>;
  /** The title line above the header (merged title), if any. */
  readonly title: string | null;
  /** The unit of the table's amounts: its 单位 line's ("单位：元"), else 万元; where that line is. */
  readonly unit: AmountUnit;
  readonly unitPlace: string | null;
  /** Columns whose header names their own unit ("2022年计划投资（元）"). */
  readonly columnUnits: ReadonlyMap<number, AmountUnit>;
  /** Money columns under 资金来源 that are not the donor's (地方配套及其他资金, 自筹资金): not aid. */
  readonly otherFunds: readonly { col: number; label: string }[];
  /** A one-year table whose year stands only in its title: the year, and the money column that holds it. */
  readonly yearFromTitle: { year: number; col: number } | null;
}

/** The unit of a table's amounts in one column. */
export const unitAt = (t: FoundTable, col: number): AmountUnit => t.columnUnits.get(col) ?? t.unit;

const PROJECT_HEADER = /项目名称|^项目$/;
const RECIPIENT_HEADER = /^(受援|帮扶对象|结对)(县|方|地区|地|县区|县市区)?$/;
const CATEGORY_CORNER = /类别|领域/;

const PROJECT_ROLES: [ProjectColumn, RegExp][] = [
  ['rowId', ROW_ID_HEADER_PATTERN],
  ['seq', /^(序号|编号)$/],
  ['recipient', /^受援(方|县|地区|地|县区)?$/],
  ['startYear', /开工/],
  ['endYear', /竣工|完工/],
  ['name', /项目名称|^名称$|^项目$/],
  ['category', /类别|领域|大类/],
  ['content', /内容|规模/],
  ['totalInvestment', /总投资|投资总额/],
  ['aid', /援建资金|帮扶资金|援助资金/],
  ['fundingSource', /资金来源/],
  ['units', /单位$|责任|牵头/],
  ['deadline', /时限|完成时间/],
  ['remarks', /备注/],
];

const ROW_TABLE_ROLES: [RowTableColumn, RegExp][] = [
  ['rowId', ROW_ID_HEADER_PATTERN],
  ['total', /^(合计|总计|小计)/],
  ['share', /占比|比例|比重/],
  ['carrier', /载体|帮扶单位|牵头单位/],
];

/** The row's non-blank cells as header keys, with their columns. */
function rowKeys(sheet: SheetReader, row: number): { col: number; key: string }[] {
  const out: { col: number; key: string }[] = [];
  for (const col of sheet.columns(row)) {
    const key = headerKey(sheet.text(row, col));
    if (key !== '') out.push({ col, key });
  }
  return out;
}

function yearColumns(sheet: SheetReader, row: number): { year: number; col: number }[] {
  const out: { year: number; col: number }[] = [];
  for (const c of sheet.columns(row)) {
    const y = yearOfHeader(sheet.value(row, c));
    if (y !== null) out.push({ year: y, col: c });
  }
  return out;
}

/** Words a header row of a category or recipient table may hold besides its corner and the years. */
const ROW_TABLE_HEADER_WORDS = /^(合计|小计|总计|占比|比例|比重|备注|序号|编号)|载体|单位/;

/** Could this text be a header label? Header cells are short; content and amounts are not headers. */
const MAYBE_HEADER = /项\s*目\s*名\s*称|^\s*项\s*目\s*$|^\s*名\s*称\s*$|类\s*别|领\s*域|受\s*援|帮\s*扶\s*对\s*象|结\s*对/;

/** A character every MAYBE_HEADER match holds: a cheap test that rules out nearly every data cell first. */
const MAYBE_HEADER_CHAR = /[项名类领受帮结]/;

function kindOfRow(sheet: SheetReader, row: number): TableKind | null {
  // Cheap first look, since every row of a 10,000-project sheet passes here.
  if (!sheet.someValue(row, (v) => typeof v === 'string' && v.length <= 40 && MAYBE_HEADER_CHAR.test(v) && MAYBE_HEADER.test(v))) return null;
  const cells = rowKeys(sheet, row);
  const keys = cells.map((c) => c.key);
  // Header cells are short labels; a long text mentioning 项目名称 is content.
  if (keys.some((k) => k.length <= 10 && PROJECT_HEADER.test(k))) return 'projects';
  // Only a row with a 类别/领域 or 受援 label can head the other tables.
  if (!keys.some((k) => CATEGORY_CORNER.test(k) || RECIPIENT_HEADER.test(k))) return null;
  // A header row holds nothing but labels: a data row with a year-like amount and a 领域 name is not one.
  const onlyLabels = (isCorner: (k: string) => boolean) =>
    cells.every(({ col, key }) => isCorner(key) || yearOfHeader(sheet.value(row, col)) !== null || ROW_TABLE_HEADER_WORDS.test(key) || isRowIdHeader(key));
  const hasYears = yearColumns(sheet, row).length > 0 || (row < sheet.grid.rowCount && yearColumns(sheet, row + 1).length > 0);
  const isRecipient = (k: string) => RECIPIENT_HEADER.test(k);
  if (hasYears && keys.some(isRecipient) && onlyLabels(isRecipient)) return 'recipients';
  const isCorner = (k: string) => CATEGORY_CORNER.test(k) && k.length <= 12;
  if (yearColumns(sheet, row).length > 0 && keys.some(isCorner) && onlyLabels(isCorner)) return 'categories';
  return null;
}

/** The header is two rows deep when a header cell is merged down into the next row, or the years stand in the next row. */
function headerBottomOf(sheet: SheetReader, row: number): number {
  if (row >= sheet.grid.rowCount) return row;
  for (let c = 1; c <= sheet.grid.columnCount; c++) {
    const m = sheet.mergeAt(row, c);
    if (m && m.top === row && m.bottom > row) return row + 1;
  }
  if (yearColumns(sheet, row).length === 0 && yearColumns(sheet, row + 1).length > 0) return row + 1;
  return row;
}

function titleAbove(sheet: SheetReader, headerTop: number, floor: number): string | null {
  for (let r = headerTop - 1; r >= floor; r--) {
    for (let c = 1; c <= sheet.grid.columnCount; c++) {
      const t = sheet.text(r, c).trim();
      if (t === '') continue;
      const key = headerKey(t);
      if (/^(单位|金额单位|附件|附表)/.test(key) || /^单位[:：]/.test(key)) break;
      return t;
    }
  }
  return null;
}

/** A 资金来源 header over the columns of money by source. */
const FUNDS_HEADER = /^(资金来源|资金构成|资金筹措|投资来源)/;
/** The donor's money among them: the aid. */
const DONOR_FUNDS = /援助|援建|帮扶|协作|对口|支援/;

function columnsOf(sheet: SheetReader, kind: TableKind, top: number, bottom: number) {
  const years: { year: number; col: number }[] = [];
  const columns = new Map<ProjectColumn | RowTableColumn, number>();
  const columnUnits = new Map<number, AmountUnit>();
  const otherFunds: { col: number; label: string }[] = [];
  for (let c = 1; c <= sheet.grid.columnCount; c++) {
    const texts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = headerKey(sheet.text(r, c));
      if (t !== '' && texts[texts.length - 1] !== t) texts.push(t);
    }
    const unit = unitOfHeader(texts.join(''));
    if (unit !== null) columnUnits.set(c, unit);
    let year: number | null = null;
    for (let r = top; r <= bottom && year === null; r++) year = yearOfHeader(sheet.value(r, c));
    if (year !== null) {
      if (!years.some((y) => y.year === year)) years.push({ year, col: c });
      continue;
    }
    const key = texts.join('');
    if (key === '') continue;
    if (kind === 'projects' && texts.length > 1 && FUNDS_HEADER.test(texts[0]!)) {
      // 资金来源 over 援助资金 / 地方配套及其他资金: the donor's column is the aid, the others are not.
      const sub = texts.slice(1).join('');
      if (DONOR_FUNDS.test(sub) && !columns.has('aid')) columns.set('aid', c);
      else otherFunds.push({ col: c, label: sub });
      continue;
    }
    if (kind === 'projects') {
      const role = PROJECT_ROLES.find(([r, re]) => !columns.has(r) && re.test(key));
      if (role) columns.set(role[0], c);
    } else {
      const isLabel = kind === 'categories' ? CATEGORY_CORNER.test(key) : RECIPIENT_HEADER.test(key);
      if (isLabel && !columns.has('label')) {
        columns.set('label', c);
        continue;
      }
      const role = ROW_TABLE_ROLES.find(([r, re]) => !columns.has(r) && re.test(key));
      if (role) columns.set(role[0], c);
    }
  }
  return { years, columns, columnUnits, otherFunds };
}

/** The 单位 line above a table's header (or in it): "单位：元" → 元. */
function unitAbove(sheet: SheetReader, headerTop: number, headerBottom: number, floor: number): { unit: AmountUnit; place: string } | null {
  for (let r = headerBottom; r >= floor; r--) {
    for (const c of sheet.columns(r)) {
      const unit = unitOfLine(sheet.text(r, c));
      if (unit !== null) return { unit, place: sheet.place(r, c) };
    }
    if (r < headerTop - 4) break;
  }
  return null;
}

/** Money headers that can hold a one-year table's amounts; not 总投资 or the source of the money. */
const MONEY_HEADER = /投资|资金|金额/;
const NOT_YEAR_MONEY = /总投资|投资总额|概算|估算|资金来源|来源|性质|到位|完成/;

/**
 * A project table with no year column whose title names one year
 * ("2021年某区对口帮扶某县项目计划表"): its money column is that year's.
 */
function yearOfTitle(sheet: SheetReader, title: string | null, columns: Map<ProjectColumn | RowTableColumn, number>, top: number, bottom: number) {
  if (title === null) return null;
  const years = [...new Set([...headerKey(title).matchAll(/(\d{4})年/g)].map((m) => Number(m[1])))];
  if (years.length !== 1 || /\d{4}年?[-—–~至到]\d{4}/.test(headerKey(title))) return null;
  const year = years[0]!;
  if (year < 1949 || year > 2200) return null;
  let col = columns.get('aid');
  if (col === undefined) {
    for (let c = 1; c <= sheet.grid.columnCount && col === undefined; c++) {
      let key = '';
      for (let r = top; r <= bottom; r++) key += headerKey(sheet.text(r, c));
      if (MONEY_HEADER.test(key) && !NOT_YEAR_MONEY.test(key) && ![...columns.values()].includes(c)) col = c;
    }
  }
  return col === undefined ? null : { year, col };
}

/**
 * Finds the tables of a sheet by their header rows, wherever they start
 * (under a title, an 附件 label, a 单位 line or blank rows). A table's data
 * runs to the next table's title or header, or to the sheet's end.
 */
export function findTables(sheet: SheetReader): FoundTable[] {
  const headers: { kind: TableKind; top: number; bottom: number }[] = [];
  for (let r = 1; r <= sheet.grid.rowCount; r++) {
    const kind = kindOfRow(sheet, r);
    if (!kind) continue;
    const bottom = headerBottomOf(sheet, r);
    headers.push({ kind, top: r, bottom });
    r = bottom;
  }
  return headers.map((h, i) => {
    const next = headers[i + 1];
    const floor = i === 0 ? 1 : headers[i - 1]!.bottom + 1;
    const { years, columns, columnUnits, otherFunds } = columnsOf(sheet, h.kind, h.top, h.bottom);
    const title = titleAbove(sheet, h.top, floor);
    const unit = unitAbove(sheet, h.top, h.bottom, floor);
    const yearFromTitle = h.kind === 'projects' && years.length === 0 ? yearOfTitle(sheet, title, columns, h.top, h.bottom) : null;
    if (yearFromTitle) {
      years.push(yearFromTitle);
      // The aid is that year's money: read once, as the year's.
      if (columns.get('aid') === yearFromTitle.col) columns.delete('aid');
    }
    let dataBottom = next ? next.top - 1 : sheet.grid.rowCount;
    // The next table's title and 单位 line are not data of this one.
    if (next) {
      while (dataBottom > h.bottom && isPreamble(sheet, dataBottom)) dataBottom--;
    }
    return {
      kind: h.kind,
      sheet,
      headerTop: h.top,
      headerBottom: h.bottom,
      dataTop: h.bottom + 1,
      dataBottom,
      years,
      columns,
      title,
      unit: unit?.unit ?? '万元',
      unitPlace: unit?.place ?? null,
      columnUnits,
      otherFunds,
      yearFromTitle,
    };
  });
}

/** A title, 单位 or 附件 line: one text spread over a merged row, or a 单位 line. */
function isPreamble(sheet: SheetReader, row: number): boolean {
  if (sheet.isBlankRow(row)) return true;
  const first = headerKey(sheet.text(row, 1));
  if (/^(单位|附件|附表)/.test(first)) return true;
  const merge = sheet.mergeAt(row, 1);
  return merge !== null && merge.right - merge.left >= 2 && !/^(注|合计)/.test(first);
}
