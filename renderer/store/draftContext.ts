import { createContext, useContext, useMemo } from 'react';
import { changedCells } from '../../shared/diff/changedCells.ts';
import { diffPlans, type PlanChange } from '../../shared/diff/planDiff.ts';
import type { CellTable } from '../../shared/commands/cellFields.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { cellKey, rejectedFrom } from './documentStore.ts';
import { useDocument } from './useDocument.ts';

/** A revised draft opened for comparison: its plan, its file's name, and the ids its reader numbered (rows without 行标识). */
export interface ComparedDraft {
  readonly plan: Plan;
  readonly name: string;
  readonly assignedIds: ReadonlySet<string>;
}

/** The revised draft being compared (比较修改稿), or null: the grids mark the cells it changes. */
export const DraftContext = createContext<ComparedDraft | null>(null);

/** Where a comparison stands: every difference, those still open (not rejected), and how many are rejected. */
export interface Comparison {
  readonly all: readonly PlanChange[];
  readonly open: readonly PlanChange[];
  readonly rejected: number;
}

/**
 * The comparison of the open plan with a draft, with the rejections kept in
 * the document store (so they survive switching views and undo as steps).
 */
export function useComparison(plan: Plan, draft: ComparedDraft | null): Comparison {
  const { rejected } = useDocument();
  return useMemo(() => {
    if (!draft) return { all: [], open: [], rejected: 0 };
    const all = diffPlans(plan, draft.plan, { assignedIds: draft.assignedIds });
    const keys = rejectedFrom(rejected, draft);
    const open = all.filter((c) => !keys.has(c.key));
    return { all, open, rejected: all.length - open.length };
  }, [plan, draft, rejected]);
}

/** The cells of one grid that the compared draft changes (rejected changes left out), by cell key, with the draft's value. */
export function useDraftChanges(plan: Plan, table: CellTable): ReadonlyMap<string, string> {
  const draft = useContext(DraftContext);
  const { open } = useComparison(plan, draft);
  return useMemo(() => {
    const cells = changedCells(open).filter((c) => c.table === table);
    return new Map(cells.map((c) => [cellKey({ table, rowId: c.rowId, column: c.column }), c.after]));
  }, [open, table]);
}
