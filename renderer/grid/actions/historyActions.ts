import { key, type GridAction } from './types.ts';

/*
 * Undo and redo are the document's (one stack for every view); the grid
 * handles their keys itself because its selected cell is editable to the
 * browser (for IMEs, see sheetListeners.ts), where the window's shortcuts
 * leave Ctrl+Z to the text field.
 */

export const undo: GridAction = {
  name: 'undo',
  label: '撤销',
  keys: [{ test: key('z', { ctrl: true }), shortcut: 'Ctrl+Z' }],
  enabled: (ctx) => ctx.core.store.getSnapshot().undoLabel !== null,
  perform: (ctx) => ctx.core.store.undo(),
};

export const redo: GridAction = {
  name: 'redo',
  label: '重做',
  keys: [
    { test: key('y', { ctrl: true }), shortcut: 'Ctrl+Y' },
    { test: key('z', { ctrl: true, shift: true }), shortcut: 'Ctrl+Shift+Z' },
  ],
  enabled: (ctx) => ctx.core.store.getSnapshot().redoLabel !== null,
  perform: (ctx) => ctx.core.store.redo(),
};
