import { parseAmount } from '../money/parseAmount.ts';
import { asYear, type Year } from '../model/ids.ts';
import { PROJECT_FIELD_LABELS } from '../glossary.ts';
import type { Category, Project, YearAmounts } from '../model/plan.ts';
import type { Wan } from '../money/wan.ts';
import { MAX_LIST_ENTRIES, MAX_YEAR, MIN_YEAR, TEXT_LIMITS, textTooLong, type TextField } from '../model/limits.ts';

/** The two grids whose cells can be edited, pasted and filled. */
export type CellTable = 'categories' | 'projects';

/** One cell: a row by id and a column by key (year digits "2017", or a field name). */
export interface CellRef {
  readonly table: CellTable;
  readonly rowId: string;
  readonly column: string;
}

/** A parsed cell value, as a change of its row; or why the text cannot go in. */
export type CellParse<Row> = { readonly ok: true; readonly apply: (row: Row) => Row } | { readonly ok: false; readonly reason: string };

/** Editable text fields of a project; the year columns come on top. */
export const PROJECT_TEXT_FIELDS = ['category', 'name', 'content', 'fundingSource', 'deadline', 'remarks'] as const;
/** Fields edited as a list, one entry per line. */
export const PROJECT_LIST_FIELDS = ['units'] as const;
export const PROJECT_YEAR_FIELDS = ['startYear', 'endYear'] as const;
export const PROJECT_AMOUNT_FIELDS = ['totalInvestment', 'aid'] as const;

const isYearKey = (column: string) => /^\d{4}$/.test(column);

/** The limit of each text column (shared/model/limits.ts). */
const PROJECT_TEXT_LIMIT: Record<(typeof PROJECT_TEXT_FIELDS)[number], TextField> = {
  category: 'projectCategory',
  name: 'projectName',
  content: 'content',
  fundingSource: 'fundingSource',
  deadline: 'deadline',
  remarks: 'remarks',
};

/** Why a list cell cannot go in (too many entries, an entry too long), or null. */
function listProblem(entries: readonly string[], field: TextField, what: string): string | null {
  if (entries.length > MAX_LIST_ENTRIES) return `${what}最多${MAX_LIST_ENTRIES}项，输入了${entries.length}项`;
  for (const entry of entries) {
    const long = textTooLong(entry, TEXT_LIMITS[field]);
    if (long) return `${what}“${entry.slice(0, 10)}…”${long}`;
  }
  return null;
}

/** Year amounts with one year set (blank removes it). */
export function withYearAmount(byYear: YearAmounts, year: string, value: Wan | null): YearAmounts {
  const next: Record<string, Wan> = { ...byYear };
  if (value === null) delete next[year];
  else next[year] = value;
  return next;
}

/** A list typed in one cell: one entry per line, or separated by 、，; blanks dropped. */
export function splitList(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** "2016", "2016年", full-width digits; blank is "not filled". */
export function parseYear(text: string): { ok: true; value: Year | null } | { ok: false; reason: string } {
  const t = text
    .replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(/年$/, '');
  if (t === '') return { ok: true, value: null };
  if (!/^\d{4}$/.test(t) || Number(t) < MIN_YEAR || Number(t) > MAX_YEAR) return { ok: false, reason: `“${text.trim()}”不是年份，请输入四位年份，如2017` };
  return { ok: true, value: asYear(Number(t)) };
}

function amountParse<Row>(text: string, set: (row: Row, value: Wan | null) => Row): CellParse<Row> {
  const parsed = parseAmount(text);
  if (!parsed.ok) return parsed;
  return { ok: true, apply: (row) => set(row, parsed.value) };
}

/** Can a user type into this cell? Years must be plan years. */
export function isEditableColumn(table: CellTable, column: string, years: readonly Year[]): boolean {
  if (isYearKey(column)) return years.includes(asYear(Number(column)));
  if (table === 'categories') return column === 'name' || column === 'aliases';
  return (
    (PROJECT_TEXT_FIELDS as readonly string[]).includes(column) ||
    (PROJECT_LIST_FIELDS as readonly string[]).includes(column) ||
    (PROJECT_YEAR_FIELDS as readonly string[]).includes(column) ||
    (PROJECT_AMOUNT_FIELDS as readonly string[]).includes(column)
  );
}

/** Parses text typed or pasted into a category-table cell. */
export function parseCategoryCell(column: string, text: string): CellParse<Category> {
  if (isYearKey(column)) return amountParse<Category>(text, (row, value) => ({ ...row, byYear: withYearAmount(row.byYear, column, value) }));
  if (column === 'name') {
    const name = text.trim();
    if (name === '') return { ok: false, reason: '类别名称不能为空' };
    const long = textTooLong(name, TEXT_LIMITS.categoryName);
    if (long) return { ok: false, reason: `类别名称${long}` };
    return { ok: true, apply: (row) => ({ ...row, name }) };
  }
  if (column === 'aliases') {
    const aliases = splitList(text, /[、,，;；\n\r\t]+/);
    const problem = listProblem(aliases, 'alias', '别名');
    if (problem) return { ok: false, reason: problem };
    return { ok: true, apply: (row) => ({ ...row, aliases }) };
  }
  return { ok: false, reason: '此列不能编辑' };
}

/** Parses text typed or pasted into a project-table cell. */
export function parseProjectCell(column: string, text: string): CellParse<Project> {
  if (isYearKey(column)) return amountParse<Project>(text, (row, value) => ({ ...row, byYear: withYearAmount(row.byYear, column, value) }));
  if ((PROJECT_AMOUNT_FIELDS as readonly string[]).includes(column)) {
    const field = column as (typeof PROJECT_AMOUNT_FIELDS)[number];
    return amountParse<Project>(text, (row, value) => ({ ...row, [field]: value }));
  }
  if ((PROJECT_YEAR_FIELDS as readonly string[]).includes(column)) {
    const field = column as (typeof PROJECT_YEAR_FIELDS)[number];
    const parsed = parseYear(text);
    if (!parsed.ok) return parsed;
    return { ok: true, apply: (row) => ({ ...row, [field]: parsed.value }) };
  }
  if (column === 'units') {
    const units = splitList(text, /[\r\n]+/);
    const problem = listProblem(units, 'unit', '责任单位');
    if (problem) return { ok: false, reason: problem };
    return { ok: true, apply: (row) => ({ ...row, units }) };
  }
  if ((PROJECT_TEXT_FIELDS as readonly string[]).includes(column)) {
    const field = column as (typeof PROJECT_TEXT_FIELDS)[number];
    // Keep line breaks of multi-line cells, drop the ones Excel adds around a cell.
    const raw = text.replace(/\r\n/g, '\n').replace(/^\n+|\n+$/g, '');
    const value = field === 'category' || field === 'name' ? raw.trim() : raw;
    const long = textTooLong(value, TEXT_LIMITS[PROJECT_TEXT_LIMIT[field]]);
    if (long) return { ok: false, reason: `“${PROJECT_FIELD_LABELS[field]}”${long}` };
    return { ok: true, apply: (row) => ({ ...row, [field]: value }) };
  }
  return { ok: false, reason: '此列不能编辑' };
}

/** The stored text of a cell, as copied to the clipboard (amounts plain: "1850.00"). */
export function cellText(row: Category | Project, table: CellTable, column: string): string {
  if (isYearKey(column)) return row.byYear[column] ?? '';
  if (table === 'categories') {
    const c = row as Category;
    return column === 'name' ? c.name : column === 'aliases' ? c.aliases.join('、') : '';
  }
  const p = row as Project;
  switch (column) {
    case 'units':
      return p.units.join('\n');
    case 'startYear':
    case 'endYear':
      return p[column] === null ? '' : String(p[column]);
    case 'totalInvestment':
    case 'aid':
      return p[column] ?? '';
    case 'category':
    case 'name':
    case 'content':
    case 'fundingSource':
    case 'deadline':
    case 'remarks':
      return p[column];
    default:
      return '';
  }
}
