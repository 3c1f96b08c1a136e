import { gridTheme } from './theme.ts';

/**
 * The grid settings every sheet shares, so both grids keep Excel's habits
 * alike: the sheet, not the grid, moves between cells (sheetNavigation.ts;
 * an editor's Enter is the sheet's own commit-and-move, see cellEditor.ts),
 * an edit is committed when the focus leaves the cell, hover notes after
 * 300 ms, no row animation, and every column rendered (selection, fill and
 * copy reach cells scrolled out of view).
 */
export const SHEET_GRID_OPTIONS = {
  theme: gridTheme,
  stopEditingWhenCellsLoseFocus: true,
  tooltipShowDelay: 300,
  animateRows: false,
  suppressColumnVirtualisation: true,
  // The browser's focus stays on the sheet's keys element and the sheet draws its active cell (sheetCore.ts):
  // the grid neither focuses its cells or headers nor moves between cells itself.
  suppressCellFocus: true,
  suppressHeaderFocus: true,
} as const;
