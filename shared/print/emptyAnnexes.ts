import type { Plan } from '../model/plan.ts';
import type { PlanResults } from '../engine/planEngine.ts';
import type { PrintOptions, PrintSection, PrintTableKey } from './options.ts';

/**
 * Whether an annex would print nothing but its headings («0个项目»): a project
 * or progress table without projects, a category table or charts without
 * categories, a recipients table without recipients. The 资金测算表 always has
 * its years.
 */
export function isEmptyAnnex(plan: Plan, results: PlanResults, key: PrintTableKey): boolean {
  switch (key) {
    case 'projects':
    case 'progress':
      return plan.projects.length === 0;
    case 'categories':
    case 'charts':
      return results.categories.length === 0;
    case 'recipients':
      return results.recipients.length === 0;
    case 'envelope':
      return false;
  }
}

/** The sections that print and the empty ones left out, unless `includeEmpty` asks for all. */
export function printedSections(plan: Plan, results: PlanResults, options: PrintOptions): { printed: PrintSection[]; leftOut: PrintTableKey[] } {
  if (options.includeEmpty) return { printed: [...options.sections], leftOut: [] };
  const leftOut = options.sections.filter((s) => isEmptyAnnex(plan, results, s.key)).map((s) => s.key);
  const printed: PrintSection[] = [];
  let skipped = 0;
  for (const s of options.sections) {
    if (leftOut.includes(s.key)) {
      if (s.annex !== null) skipped++;
      continue;
    }
    // The annexes after a left-out one move up, so the printed ones stay 附件1, 附件2… without a gap.
    printed.push({ key: s.key, annex: s.annex === null ? null : Math.max(1, s.annex - skipped) });
  }
  return { printed, leftOut };
}
