import { gridTheme } from './theme.ts';

/**
 * The grid settings every sheet shares, so both grids keep Excel's habits
 * alike: Enter on a selected cell moves down (an editor's Enter is the sheet's
 * own commit-and-move, see cellEditor.ts), an edit is committed when the
 * focus leaves the cell, hover notes after 300 ms, no row animation, and every
 * column rendered (selection, fill and copy reach cells scrolled out of view).
 */
export const SHEET_GRID_OPTIONS = {
  theme: gridTheme,
  enterNavigatesVertically: true,
  stopEditingWhenCellsLoseFocus: true,
  tooltipShowDelay: 300,
  animateRows: false,
  suppressColumnVirtualisation: true,
} as const;
