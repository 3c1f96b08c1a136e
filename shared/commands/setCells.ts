import type { Category, Plan, Project } from '../model/plan.ts';
import { planYears } from '../model/plan.ts';
import { replaceRows, type Command } from './command.ts';
import { cellText, isEditableColumn, parseCategoryCell, parseProjectCell, type CellRef } from './cellFields.ts';

/** Text to put into one cell. */
export interface CellWrite {
  readonly ref: CellRef;
  readonly text: string;
}

/** A cell that was not changed, and why (shown to the user in Chinese). */
export interface Refusal {
  readonly ref: CellRef;
  readonly reason: string;
}

/** An edit ready to apply: null when nothing would change. */
export interface PreparedEdit {
  readonly command: Command | null;
  readonly refused: readonly Refusal[];
}

const COMPUTED_COLUMNS: Record<string, string> = {
  seq: '序号由行的位置决定，不能编辑',
  total: '合计由程序计算，不能直接修改',
  share: '占比由程序计算，不能直接修改',
};

/** Why a cell cannot take input, or null when it can; `rowExists`: the id names a category or project of the plan. */
export function readOnlyReason(plan: Plan, ref: CellRef, rowExists: boolean): string | null {
  if (!rowExists) return '合计、小计和测算行由程序计算，不能直接修改';
  if (!isEditableColumn(ref.table, ref.column, planYears(plan))) {
    if (/^\d{4}$/.test(ref.column)) return `${ref.column}年不在规划期${plan.firstYear}—${plan.lastYear}年内，请先在“规划信息”中修改规划期`;
    return COMPUTED_COLUMNS[ref.column] ?? '此列不能编辑';
  }
  return null;
}

/**
 * Prepares writing text into cells (typing, paste, fill, clear): each text is
 * parsed for its column; a cell whose text is not valid, or that is read-only,
 * is refused and keeps its value, while the others are written. All the
 * changed rows form one command, so the whole edit is one undo step.
 */
export function setCells(plan: Plan, label: string, writes: readonly CellWrite[]): PreparedEdit {
  const refused: Refusal[] = [];
  const categories = new Map<string, Category>();
  const projects = new Map<string, Project>();
  // Only the rows written to are looked up: typing one cell of a 10,000-project plan indexes one project.
  const wanted = new Set(writes.map((w) => w.ref.rowId));
  const categoryById = new Map<string, Category>();
  const projectById = new Map<string, Project>();
  for (const c of plan.categories) if (wanted.has(c.id)) categoryById.set(c.id, c);
  for (const p of plan.projects) if (wanted.has(p.id)) projectById.set(p.id, p);

  for (const write of writes) {
    const { ref, text } = write;
    const reason = readOnlyReason(plan, ref, (ref.table === 'categories' ? categoryById : projectById).has(ref.rowId));
    if (reason) {
      refused.push({ ref, reason });
      continue;
    }
    if (ref.table === 'categories') {
      const row = categories.get(ref.rowId) ?? categoryById.get(ref.rowId)!;
      const parsed = parseCategoryCell(ref.column, text);
      if (!parsed.ok) refused.push({ ref, reason: parsed.reason });
      else categories.set(ref.rowId, parsed.apply(row));
    } else {
      const row = projects.get(ref.rowId) ?? projectById.get(ref.rowId)!;
      const parsed = parseProjectCell(ref.column, text);
      if (!parsed.ok) refused.push({ ref, reason: parsed.reason });
      else projects.set(ref.rowId, parsed.apply(row));
    }
  }

  // A row whose cells all kept their text is not an edit (no empty undo steps).
  const changed = <T extends Category | Project>(rows: Map<string, T>, byId: Map<string, T>, table: CellRef['table'], columns: (id: string) => string[]) =>
    [...rows.values()].filter((row) => {
      const old = byId.get(row.id)!;
      return columns(row.id).some((column) => cellText(old, table, column) !== cellText(row, table, column));
    });
  const columnsOf = (table: CellRef['table']) => (id: string) => writes.filter((w) => w.ref.table === table && w.ref.rowId === id).map((w) => w.ref.column);
  const newCategories = changed(categories, categoryById, 'categories', columnsOf('categories'));
  const newProjects = changed(projects, projectById, 'projects', columnsOf('projects'));
  if (newCategories.length === 0 && newProjects.length === 0) return { command: null, refused };
  return { command: replaceRows(label, { categories: newCategories, projects: newProjects }), refused };
}
