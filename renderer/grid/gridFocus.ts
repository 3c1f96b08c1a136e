/**
 * Which grid takes the keyboard when its view is shown. Each mounted sheet
 * registers how to focus itself (its current cell, or the first data cell);
 * the app shell asks for it at start, after a view switch, after a dialog
 * closes. Kept apart from the sheet so the shell needs no grid internals.
 */
export type GridTable = 'categories' | 'projects';

const focusers = new Map<GridTable, () => boolean>();

/** Registers the focus function of a mounted grid; returns the unregister function for the unmount. */
export function registerGridFocus(table: GridTable, focus: () => boolean): () => void {
  focusers.set(table, focus);
  return () => {
    if (focusers.get(table) === focus) focusers.delete(table);
  };
}

/** Gives the keyboard to the grid of the table; false when that grid is not mounted (yet). */
export function focusGrid(table: GridTable): boolean {
  return focusers.get(table)?.() ?? false;
}
