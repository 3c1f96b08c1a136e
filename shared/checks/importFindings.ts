import type { ImportFinding } from '../model/importFinding.ts';
import type { Problem, ProblemCode } from './problem.ts';

/** The codes of problems an import leaves in a plan: facts about the partner's workbook, named by 工作表!单元格. */
export const IMPORT_PROBLEM_CODES = [
  'IMPORT_TOTAL_MISMATCH',
  'IMPORT_UNREADABLE_VALUE',
  'IMPORT_VALUE_REFUSED',
  'IMPORT_ROW_SKIPPED',
  'IMPORT_AMOUNT_ROUNDED',
] as const satisfies readonly ProblemCode[];
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/**
 * The findings an import kept with the plan, as problems of the plan: they
 * point into the source file (table 'file', the cell as column, the text found).
 */
export function importFindingProblems(findings: readonly ImportFinding[] | undefined): Problem[] {
  if (!findings || findings.length === 0) return [];
  return findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    message: f.message,
    where: { table: 'file', column: f.cell, found: f.found },
  }));
}
