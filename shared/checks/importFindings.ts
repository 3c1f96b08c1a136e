import { IMPORT_PROBLEM_CODES, type ImportFinding } from '../model/importFinding.ts';
import type { Problem, ProblemCode } from './problem.ts';

export { IMPORT_PROBLEM_CODES, type ImportProblemCode } from '../model/importFinding.ts';
// The import's codes are problem codes (declared in the model, which may not import the checks): checked here.
const _importCodesAreProblemCodes: readonly ProblemCode[] = IMPORT_PROBLEM_CODES;

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
