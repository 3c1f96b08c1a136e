import { TABLE_LABELS } from '../glossary.ts';

/** The tables (and the chart page) that can be printed as annexes. */
export const PRINT_TABLE_KEYS = ['envelope', 'categories', 'projects', 'charts', 'recipients', 'progress'] as const;
export type PrintTableKey = (typeof PRINT_TABLE_KEYS)[number];

/** What each key is called in the 打印预览 controls and in CLI messages. */
export const PRINT_TABLE_LABELS: Readonly<Record<PrintTableKey, string>> = {
  envelope: TABLE_LABELS.envelope,
  categories: TABLE_LABELS.categories,
  projects: TABLE_LABELS.projects,
  charts: '统计图',
  recipients: '受援方资金表',
  progress: '进度表',
};

/** One printed annex: which table, and its 附件 number (null prints no 附件 label). */
export interface PrintSection {
  readonly key: PrintTableKey;
  readonly annex: number | null;
}

/** Everything the print view needs besides the plan: which tables, in which order, numbered how. */
export interface PrintOptions {
  /** Printed in this order, each starting on a new page; page numbers run on across them. */
  readonly sections: readonly PrintSection[];
  /** Where the project table's 合计 row goes: right under the header (as the 武侯区 plan has it) or at the end (as the 龙泉驿区 one does; docs/domain.md). */
  readonly projectTotalRow: 'top' | 'bottom';
  /** Own titles instead of the ones derived from the plan title. */
  readonly titles: Readonly<Partial<Record<PrintTableKey, string>>>;
  /** The number of the first printed page (default 1): annexes printed after a main document continue its page numbers. */
  readonly firstPageNumber?: number;
  /** Print annexes that have nothing in them («0个项目») too; by default they are left out. */
  readonly includeEmpty?: boolean;
}

/** Sections for these keys in this order, numbered 附件1, 附件2… from `firstAnnex`. */
export function numberedSections(keys: readonly PrintTableKey[], firstAnnex = 1): PrintSection[] {
  return keys.map((key, i) => ({ key, annex: firstAnnex + i }));
}

/** The default print: category table, then projects, 附件1 and 附件2 (the annexes of the 武侯区 plan, docs/domain.md). */
export function defaultPrintOptions(): PrintOptions {
  return { sections: numberedSections(['categories', 'projects']), projectTotalRow: 'top', titles: {} };
}

export const isPrintTableKey = (value: string): value is PrintTableKey => (PRINT_TABLE_KEYS as readonly string[]).includes(value);

/**
 * Parses a `--tables` value such as "projects,categories" or "全部" / "all".
 * Returns the keys in the order given, or a Chinese message for an unknown or repeated key.
 */
export function parseTableKeys(text: string): { ok: true; keys: PrintTableKey[] } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === 'all' || trimmed === '全部') return { ok: true, keys: [...PRINT_TABLE_KEYS] };
  const parts = trimmed.split(/[,，、\s]+/).filter((p) => p !== '');
  if (parts.length === 0) return { ok: false, message: `请指定要打印的表格：${describeKeys()}` };
  const keys: PrintTableKey[] = [];
  for (const part of parts) {
    const key = isPrintTableKey(part) ? part : PRINT_TABLE_KEYS.find((k) => PRINT_TABLE_LABELS[k] === part);
    if (!key) return { ok: false, message: `不认识的表格“${part}”，可选：${describeKeys()}` };
    if (keys.includes(key)) return { ok: false, message: `表格“${part}”重复了` };
    keys.push(key);
  }
  return { ok: true, keys };
}

function describeKeys(): string {
  return PRINT_TABLE_KEYS.map((k) => `${k}（${PRINT_TABLE_LABELS[k]}）`).join('、');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Print options received from elsewhere (IPC from the renderer, saved
 * settings), checked field by field; null when they are not valid options.
 * Annex numbers are whole numbers 1–999 or null; titles at most 200
 * characters; the first page number 1–9999.
 */
export function readPrintOptions(value: unknown): PrintOptions | null {
  if (!isRecord(value) || !Array.isArray(value.sections) || value.sections.length > PRINT_TABLE_KEYS.length) return null;
  const sections: PrintSection[] = [];
  for (const s of value.sections) {
    if (!isRecord(s) || typeof s.key !== 'string' || !isPrintTableKey(s.key) || sections.some((t) => t.key === s.key)) return null;
    const annex = s.annex;
    if (annex !== null && !(typeof annex === 'number' && Number.isInteger(annex) && annex >= 1 && annex <= 999)) return null;
    sections.push({ key: s.key, annex });
  }
  if (value.projectTotalRow !== 'top' && value.projectTotalRow !== 'bottom') return null;
  const titles: Partial<Record<PrintTableKey, string>> = {};
  if (value.titles !== undefined) {
    if (!isRecord(value.titles)) return null;
    for (const [key, title] of Object.entries(value.titles)) {
      if (!isPrintTableKey(key) || typeof title !== 'string' || title.length > 200) return null;
      titles[key] = title;
    }
  }
  const first = value.firstPageNumber;
  if (first !== undefined && !(typeof first === 'number' && Number.isInteger(first) && first >= 1 && first <= 9999)) return null;
  const includeEmpty = value.includeEmpty;
  if (includeEmpty !== undefined && typeof includeEmpty !== 'boolean') return null;
  return {
    sections,
    projectTotalRow: value.projectTotalRow,
    titles,
    ...(first === undefined ? {} : { firstPageNumber: first }),
    ...(includeEmpty === undefined ? {} : { includeEmpty }),
  };
}
