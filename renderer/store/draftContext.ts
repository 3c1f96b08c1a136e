import { createContext, useContext, useMemo } from 'react';
import { changedCells } from '../../shared/diff/changedCells.ts';
import { diffPlans } from '../../shared/diff/planDiff.ts';
import type { CellTable } from '../../shared/commands/cellFields.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { cellKey } from './documentStore.ts';

/**
 * The revised draft being compared (比较修改稿), or null: the grids mark the cells it changes.
 * Only its plan matters here; the app provides the whole compared draft (CompareView's ComparedDraft).
 */
export const DraftContext = createContext<{ readonly plan: Plan } | null>(null);

/** The cells of one grid that the compared draft changes, by cell key, with the draft's value. */
export function useDraftChanges(plan: Plan, table: CellTable): ReadonlyMap<string, string> {
  const draft = useContext(DraftContext);
  return useMemo(() => {
    if (!draft) return new Map<string, string>();
    const cells = changedCells(diffPlans(plan, draft.plan)).filter((c) => c.table === table);
    return new Map(cells.map((c) => [cellKey({ table, rowId: c.rowId, column: c.column }), c.after]));
  }, [draft, plan, table]);
}
