import { gridTheme } from './theme.ts';

/**
 * The grid settings every sheet shares, so both grids keep Excel's habits
 * alike: Enter moves down (after an edit too), an edit is committed when the
 * focus leaves the cell, hover notes after 300 ms, no row animation, and every
 * column rendered (selection, fill and copy reach cells scrolled out of view).
 */
export const SHEET_GRID_OPTIONS = {
  theme: gridTheme,
  enterNavigatesVertically: true,
  enterNavigatesVerticallyAfterEdit: true,
  stopEditingWhenCellsLoseFocus: true,
  tooltipShowDelay: 300,
  animateRows: false,
  suppressColumnVirtualisation: true,
} as const;
