import { gridTheme } from './theme.ts';

/**
 * The grid settings every sheet shares, so both grids keep Excel's habits
 * alike: the sheet, not the grid, moves between cells (sheetNavigation.ts;
 * the sheet edits its cells in its own field, see sheetEditor.ts; the grid's
 * list editor commits when the focus leaves the cell), hover notes after
 * 300 ms, no row animation. Columns out of view are not rendered, as rows
 * are not: a commit in the 项目表 lays out and paints half the cells it did
 * with every column rendered (measured: key commit → repainted 合计 p50
 * 15.3 → 12.2 ms on 10,000 projects). Nothing reads cells from the page:
 * selection marks are cell class rules (drawn as a cell is rendered), copy
 * and fill read the rows' data, and moving the active cell scrolls its
 * column into view (SheetCore.moveTo).
 */
export const SHEET_GRID_OPTIONS = {
  theme: gridTheme,
  stopEditingWhenCellsLoseFocus: true,
  tooltipShowDelay: 300,
  animateRows: false,
  // The browser's focus stays on the sheet's keys element and the sheet draws its active cell (sheetCore.ts):
  // the grid neither focuses its cells or headers nor moves between cells itself.
  suppressCellFocus: true,
  suppressHeaderFocus: true,
  // A double-click opens the sheet's own editor (sheetListeners.ts), not the grid's.
  suppressClickEdit: true,
  // No row shading under the mouse, as in Excel. It also kept a commit's frame from restyling a whole row:
  // the editor over the cell hides it from the mouse, and as it closes the row under the mouse is entered again.
  suppressRowHoverHighlight: true,
  // Two rows rendered past each edge of the view, not the grid's ten: a third fewer cells for every frame to
  // lay out and paint (keys scroll a row at a time; a fast wheel may show a blank row for a frame).
  rowBuffer: 2,
} as const;
