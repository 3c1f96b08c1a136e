/**
 * A small note beside a cell, as Excel's data-validation stop message: why an
 * entry was refused, or why a computed cell cannot be typed into. One note at
 * a time (a new one replaces the old); plain DOM, fixed to the cell's place.
 */
let shown: HTMLElement | null = null;

export function showCellNote(cell: Element, text: string): void {
  hideCellNote();
  const box = cell.getBoundingClientRect();
  const note = document.createElement('div');
  note.className = 'cell-note';
  note.setAttribute('role', 'alert');
  note.dataset['testid'] = 'cell-note';
  note.textContent = text;
  note.style.left = `${Math.round(box.right + 4)}px`;
  note.style.top = `${Math.round(box.top)}px`;
  document.body.appendChild(note);
  // Past the window's right edge: below the cell instead.
  const width = note.getBoundingClientRect().width;
  if (box.right + 4 + width > window.innerWidth) {
    note.style.left = `${Math.max(0, Math.round(box.left))}px`;
    note.style.top = `${Math.round(box.bottom + 2)}px`;
  }
  shown = note;
}

export function hideCellNote(): void {
  shown?.remove();
  shown = null;
}
