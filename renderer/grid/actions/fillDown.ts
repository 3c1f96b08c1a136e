import { isEditableColumn } from '../../../shared/commands/cellFields.ts';
import { fillDown as fillDownCommand } from '../../../shared/commands/fillDown.ts';
import { planYears } from '../../../shared/model/plan.ts';
import { hasFocus, key, type GridAction } from './types.ts';

/** Ctrl+D: the top row of the selection into the rows below it (one row selected: the row above into it). */
export const fillDown: GridAction = {
  name: 'fillDown',
  label: '向下填充',
  keys: [{ test: key('d', { ctrl: true }), shortcut: 'Ctrl+D' }],
  enabled: hasFocus,
  perform({ core }) {
    const range = core.currentRange();
    if (!range) return;
    const { rows, cols } = core.cellsOf(range);
    const { plan } = core.store.getSnapshot();
    const years = planYears(plan);
    const ids = rows.map((n) => core.idOf(n)).filter((id): id is string => id !== null);
    const all = core.dataRows().ids;
    const above = ids.length === 1 ? all[all.indexOf(ids[0]!) - 1] : undefined;
    const prepared = fillDownCommand(plan, { table: core.table, rowIds: ids, columns: cols.filter((c) => isEditableColumn(core.table, c, years)) }, above);
    core.store.execute(prepared.command, prepared.refused);
  },
};
