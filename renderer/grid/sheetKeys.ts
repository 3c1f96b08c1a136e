import { showCellNote } from './cellNote.ts';
import type { SheetCore } from './sheetCore.ts';

/**
 * The one element that holds the browser's focus for a sheet while no editor
 * is open: an invisible text area in the grid's container. Keys reach the
 * sheet's listeners from it, and an IME composes in it (a focused element
 * that is not editable gets no composition at all). What is typed or
 * composed opens the active cell's editor in Enter mode with that text;
 * nothing stays in the text area. While an IME composes, the text area shows
 * over the active cell, so the composition is seen where it will go.
 *
 * Returns the element (appended to the container) and its remover.
 */
export function attachSheetKeys(core: SheetCore, container: HTMLElement): { keys: HTMLTextAreaElement; detach: () => void } {
  const keys = document.createElement('textarea');
  keys.className = 'sheet-keys';
  keys.dataset['testid'] = 'sheet-keys';
  keys.setAttribute('aria-label', '表格');
  keys.spellcheck = false;
  keys.rows = 1;

  const typed = (text: string) => {
    if (core.startTyped(text)) return;
    // A computed cell: say why nothing happens, beside it.
    const note = core.readOnlyNote();
    if (note) showCellNote(note.cell, note.reason);
  };
  const onCompositionStart = () => {
    const cell = core.activeElement();
    if (!cell) return;
    const box = cell.getBoundingClientRect();
    const host = container.getBoundingClientRect();
    keys.style.left = `${box.left - host.left + container.scrollLeft - container.clientLeft}px`;
    keys.style.top = `${box.top - host.top + container.scrollTop - container.clientTop}px`;
    keys.style.width = `${box.width}px`;
    keys.style.height = `${box.height}px`;
    keys.classList.add('sheet-keys-composing');
  };
  const onCompositionEnd = (e: CompositionEvent) => {
    keys.classList.remove('sheet-keys-composing');
    keys.removeAttribute('style');
    keys.value = '';
    if (e.data) typed(e.data);
  };
  const onBeforeInput = (e: InputEvent) => {
    if (e.inputType === 'insertCompositionText') return;
    // Nothing else is written into the text area: a character opens the editor, pastes are the sheet's (paste event).
    e.preventDefault();
    if (e.inputType === 'insertText' && e.data) typed(e.data);
  };
  keys.addEventListener('compositionstart', onCompositionStart);
  keys.addEventListener('compositionend', onCompositionEnd);
  keys.addEventListener('beforeinput', onBeforeInput);
  container.appendChild(keys);
  return { keys, detach: () => keys.remove() };
}

/** Whether an event happened in a sheet's keys element (not in a cell editor's text area). */
export const isSheetKeys = (target: EventTarget | null): boolean => target instanceof HTMLElement && target.classList.contains('sheet-keys');
