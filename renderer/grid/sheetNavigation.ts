import type { SheetCore } from './sheetCore.ts';

/**
 * The keys that move the active cell or open its editor while no editor is
 * open: the grid's own cell navigation is off with its cell focus (see
 * sheetCore.ts), so the sheet moves as AG Grid did. Arrows, Enter and Tab
 * move one cell (Enter down, Tab right and on to the next row); Home and End
 * go to the row's first and last cell, PageUp and PageDown a screenful; the
 * pinned 合计 rows follow the last body row. F2 opens the editor in Edit mode,
 * Backspace empties it in Enter mode. Keys with Ctrl or Shift+arrows are
 * actions (actions/), taken before these.
 */
export function navigate(core: SheetCore, e: KeyboardEvent): boolean {
  const api = core.api;
  const at = core.active;
  if (!api || !at || e.ctrlKey || e.metaKey || e.altKey) return false;
  const rows = api.getDisplayedRowCount();
  const pinned = api.getPinnedBottomRowCount();
  const cols = core.columns().length;
  // Body rows, then the pinned bottom rows, as one column of rows.
  const line = at.pinned ? rows + at.row : at.row;
  const page = Math.max(1, api.getLastDisplayedRowIndex() - api.getFirstDisplayedRowIndex() - 1);
  const to = (toLine: number, col: number) => {
    const l = Math.max(0, Math.min(rows + pinned - 1, toLine));
    const c = Math.max(0, Math.min(cols - 1, col));
    if (l >= rows) core.moveToPinned(l - rows, c);
    else core.moveTo(l, c);
  };
  switch (e.key) {
    case 'ArrowUp':
    case 'ArrowDown':
    case 'ArrowLeft':
    case 'ArrowRight':
      if (e.shiftKey) return false;
      if (e.key === 'ArrowUp' || e.key === 'ArrowDown') to(line + (e.key === 'ArrowUp' ? -1 : 1), at.col);
      else to(line, at.col + (e.key === 'ArrowLeft' ? -1 : 1));
      return true;
    case 'Enter':
      to(line + (e.shiftKey ? -1 : 1), at.col);
      return true;
    case 'Tab': {
      // Past the row's end, on to the next row's first cell (and back), as Excel and AG Grid.
      const next = at.col + (e.shiftKey ? -1 : 1);
      if (next >= cols && line + 1 < rows + pinned) to(line + 1, 0);
      else if (next < 0 && line > 0) to(line - 1, cols - 1);
      else to(line, next);
      return true;
    }
    case 'Home':
    case 'End':
      if (e.shiftKey) return false;
      to(line, e.key === 'Home' ? 0 : cols - 1);
      return true;
    case 'PageUp':
    case 'PageDown':
      if (e.shiftKey) return false;
      to(line + (e.key === 'PageUp' ? -page : page), at.col);
      return true;
    case 'F2':
      core.startEditing('edit', null);
      return true;
    case 'Backspace':
      core.startEditing('enter', '');
      return true;
    default:
      return false;
  }
}
