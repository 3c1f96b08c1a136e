import { asCategoryId } from '../model/ids.ts';
import type { Category, Plan } from '../model/plan.ts';
import { normaliseCategoryName } from '../model/categoryIndex.ts';
import type { ImportAnalysis } from './analyseWorkbook.ts';
import type { ImportChoice, ImportChoices, ImportDecision, ImportReport } from './importReport.ts';

/** The choice a decision takes when the user made none: its guess. */
export const defaultChoice = (d: ImportDecision): ImportChoice => ({ kind: 'alias', categoryName: d.categoryName });

/**
 * The imported plan with the user's choices applied: each guessed project
 * category becomes an alias of the chosen plan category, or a category of its
 * own (with no money in the category table, so the roll-up shows its projects).
 * Pure; a choice naming no plan category falls back to the guess.
 */
export function buildImportedPlan(analysis: ImportAnalysis, choices: ImportChoices = {}): Plan {
  const categories: Category[] = analysis.plan.categories.map((c) => ({ ...c, aliases: [...c.aliases] }));
  const byName = (name: string) => categories.find((c) => normaliseCategoryName(c.name) === normaliseCategoryName(name));
  for (const decision of analysis.report.decisions) {
    const choice = choices[decision.id] ?? defaultChoice(decision);
    if (choice.kind === 'newCategory') {
      if (byName(decision.text)) continue;
      categories.push({ id: asCategoryId(freeId(categories)), name: decision.text, aliases: [], byYear: {} });
      continue;
    }
    const target = byName(choice.categoryName) ?? byName(decision.categoryName);
    if (!target) continue;
    const i = categories.indexOf(target);
    categories[i] = { ...target, aliases: [...target.aliases, decision.text] };
  }
  return { ...analysis.plan, categories };
}

/** "c7": the next category id not yet taken. */
function freeId(categories: readonly Category[]): string {
  const taken = new Set(categories.map((c) => c.id as string));
  let n = categories.length + 1;
  while (taken.has(`c${n}`)) n++;
  return `c${n}`;
}

/** A plan imported with every decision at its default, its report, and the ids the import numbered itself. */
export interface ImportedPlan {
  readonly plan: Plan;
  readonly report: ImportReport;
  readonly assignedIds: ReadonlySet<string>;
}

/**
 * The plan of an analysis with every decision at its default (the CLI, `inspect x.xlsx`, 比较修改稿 and 汇总).
 * Here, beside buildImportedPlan, so the main process can use it without loading the importer.
 */
export function planOfAnalysis(analysis: ImportAnalysis): ImportedPlan {
  return { plan: buildImportedPlan(analysis), report: analysis.report, assignedIds: new Set(analysis.assignedIds) };
}
