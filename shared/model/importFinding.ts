import type { Severity } from './severity.ts';

/** The codes of problems an import leaves in a plan: facts about the partner's workbook, named by 工作表!单元格. */
export const IMPORT_PROBLEM_CODES = [
  'IMPORT_TOTAL_MISMATCH',
  'IMPORT_UNREADABLE_VALUE',
  'IMPORT_VALUE_REFUSED',
  'IMPORT_ROW_SKIPPED',
  'IMPORT_AMOUNT_ROUNDED',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/**
 * A problem an import found in the partner's workbook (a 合计 that disagrees
 * with its rows, a value that could not be read, an amount rounded), kept with
 * the imported plan so that it stays a problem of the plan after saving.
 */
export interface ImportFinding {
  readonly code: ImportProblemCode;
  readonly severity: Severity;
  /** Where in the source workbook: "规划项目表!H4". */
  readonly cell: string;
  /** The text found in that cell ("#DIV/0!", "380.2456"); "" when the cell was blank. */
  readonly found: string;
  /** What is wrong and what the import did, in Chinese. */
  readonly message: string;
}
