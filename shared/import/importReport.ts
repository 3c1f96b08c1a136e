/**
 * What an import found and decided, for the user to read before keeping the
 * plan: every entry names its place as 工作表!单元格.
 */
import type { ImportProblemCode } from '../checks/importFindings.ts';
import type { Severity } from '../checks/problem.ts';
import type { ImportFinding } from '../model/importFinding.ts';

/**
 * found: a table was recognised; decision: the importer chose something; suggestion: the user should
 * confirm; warning: a value was changed (rounded) but kept; problem: a value was refused or a total disagrees.
 */
export type ImportEntryKind = 'found' | 'decision' | 'suggestion' | 'warning' | 'problem';

export interface ImportEntry {
  readonly kind: ImportEntryKind;
  /** "规划项目表!B5", or a sheet name alone. */
  readonly place: string;
  readonly message: string;
  /** For warnings and problems that stay problems of the plan: the check's code and the text found in the cell. */
  readonly code?: ImportProblemCode;
  readonly found?: string;
}

/**
 * A choice the import made that the user may change before the plan is built:
 * a project category the category table does not know, taken as an alias of a
 * plan category (the one whose 小计 row it sits under, or the closest name).
 */
export interface CategoryGuess {
  /** Stable within one analysis: "category:1". */
  readonly id: string;
  readonly kind: 'categoryAlias';
  /** Where the project category is written. */
  readonly place: string;
  /** The project category as written in the file. */
  readonly text: string;
  /** The plan category chosen by default. */
  readonly categoryName: string;
  /** Why this category: 'closest' (shared characters) or 'subtotal' (the projects sit under its 小计 row). */
  readonly reason: 'closest' | 'subtotal';
}
export type ImportDecision = CategoryGuess;

/** What the user chose for a decision: an alias of a plan category, or a category of its own. */
export type ImportChoice = { readonly kind: 'alias'; readonly categoryName: string } | { readonly kind: 'newCategory' };
/** Choices by decision id; a decision left out keeps its default. */
export type ImportChoices = Readonly<Record<string, ImportChoice>>;

export interface ImportReport {
  readonly fileName: string;
  readonly entries: readonly ImportEntry[];
  readonly decisions: readonly ImportDecision[];
}

export const ENTRY_LABEL: Record<ImportEntryKind, string> = { found: '识别', decision: '处理', suggestion: '建议', warning: '提醒', problem: '问题' };

/** "导入“x.xlsx”的报告": the heading of the report (a line of its own, never joined to the entries). */
export const importReportTitle = (report: Pick<ImportReport, 'fileName'>): string => `导入“${report.fileName}”的报告`;

/** The closing sentence: how many problems and warnings, or none. */
export function importReportSummary(report: Pick<ImportReport, 'entries'>): string {
  const problems = report.entries.filter((e) => e.kind === 'problem').length;
  const warnings = report.entries.filter((e) => e.kind === 'warning').length;
  if (problems === 0 && warnings === 0) return '导入中没有发现问题';
  const parts = [problems > 0 ? `${problems}个问题` : '', warnings > 0 ? `${warnings}个提醒` : ''].filter((p) => p !== '');
  return `导入中发现${parts.join('、')}，请核对所列单元格`;
}

/** The report as lines of text ("[问题] 规划项目表!H4：…") after its title, ending with the summary. */
export function formatImportReport(report: ImportReport): string[] {
  const lines = report.entries.map((e) => `[${ENTRY_LABEL[e.kind]}] ${e.place}：${e.message}`);
  lines.push(importReportSummary(report));
  return lines;
}

/** The entries that stay problems of the imported plan. */
export function importFindings(entries: readonly ImportEntry[]): ImportFinding[] {
  return entries.flatMap((e): ImportFinding[] =>
    e.code === undefined
      ? []
      : [{ code: e.code, severity: e.kind === 'warning' ? 'warning' : 'error', cell: e.place, found: e.found ?? '', message: e.message }],
  );
}

/** Collects entries while reading; one per import. */
export class ReportBuilder {
  readonly entries: ImportEntry[] = [];
  readonly decisions: ImportDecision[] = [];
  add(kind: ImportEntryKind, place: string, message: string): void {
    this.entries.push({ kind, place, message });
  }
  /** A problem (error) or a warning that the plan keeps: code, cell, the text found, and what was done. */
  finding(code: ImportProblemCode, place: string, found: string, message: string, severity: Severity = 'error'): void {
    this.entries.push({ kind: severity === 'warning' ? 'warning' : 'problem', place, message, code, found });
  }
}
