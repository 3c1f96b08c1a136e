/**
 * What an import found and decided, for the user to read before keeping the
 * plan: every entry names its place as 工作表!单元格.
 */

/** found: a table was recognised; decision: the importer chose something; suggestion: the user should confirm; problem: a value was refused or a total disagrees. */
export type ImportEntryKind = 'found' | 'decision' | 'suggestion' | 'problem';

export interface ImportEntry {
  readonly kind: ImportEntryKind;
  /** "规划项目表!B5", or a sheet name alone. */
  readonly place: string;
  readonly message: string;
}

/** A project category the plan did not know, mapped to the closest plan category as an alias (to be confirmed). */
export interface AliasSuggestion {
  /** The project category as written in the file. */
  readonly text: string;
  readonly categoryName: string;
  readonly place: string;
  /** Why this category: 'closest' (shared characters) or 'subtotal' (the projects sit under its 小计 row). */
  readonly reason: 'closest' | 'subtotal';
}

export interface ImportReport {
  readonly fileName: string;
  readonly entries: readonly ImportEntry[];
  readonly aliasSuggestions: readonly AliasSuggestion[];
}

export const ENTRY_LABEL: Record<ImportEntryKind, string> = { found: '识别', decision: '处理', suggestion: '建议', problem: '问题' };

/** The report as lines of text ("[问题] 规划项目表!H4：…"), for the CLI and the import dialog. */
export function formatImportReport(report: ImportReport): string[] {
  const lines = [`导入“${report.fileName}”：`];
  for (const e of report.entries) lines.push(`[${ENTRY_LABEL[e.kind]}] ${e.place}：${e.message}`);
  const problems = report.entries.filter((e) => e.kind === 'problem').length;
  lines.push(problems === 0 ? '导入中没有发现问题' : `导入中发现${problems}个问题，请核对所列单元格`);
  return lines;
}

/** Collects entries while reading; one per table reader. */
export class ReportBuilder {
  readonly entries: ImportEntry[] = [];
  readonly aliasSuggestions: AliasSuggestion[] = [];
  add(kind: ImportEntryKind, place: string, message: string): void {
    this.entries.push({ kind, place, message });
  }
}
