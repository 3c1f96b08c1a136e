import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';
import { hideCellNote, showCellNote } from './cellNote.ts';
import type { SheetContext, SheetRow } from './sheetContext.ts';

/**
 * Excel's two ways into a cell. Enter mode (typing into a selected cell): the
 * typed text replaces the content and arrows commit and move. Edit mode (F2,
 * double-click): arrows move the caret. F2 switches between them.
 */
export type EditMode = 'enter' | 'edit';

/** What a column tells the editor (colDef.cellEditorParams). */
export interface SheetEditorParams {
  /** Amounts: the editor shows the value as typed ("2827", "2827.5"), not the stored "2827.00". */
  readonly amount?: boolean;
  /** Text that may hold line breaks: Alt+Enter inserts one, and the editor grows over the cells below. */
  readonly multiline?: boolean;
}

const ARROWS: Record<string, readonly [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** A stored amount as a person types it: "2827.00" → "2827", "2827.50" → "2827.5". */
export function amountAsTyped(value: string): string {
  return /^-?\d+\.\d+$/.test(value) ? value.replace(/\.?0+$/, '') : value;
}

/**
 * The sheet's cell editor (plain DOM, as the renderers): a text area that
 * knows how it was started, commits and moves by itself through the sheet
 * (SheetContext.editing), and keeps a refused entry open with the reason
 * beside the cell until it is corrected or Esc restores the old value.
 */
export class SheetCellEditor implements ICellEditorComp {
  private params!: ICellEditorParams & SheetEditorParams;
  private readonly field = document.createElement('textarea');
  private mode: EditMode = 'edit';
  private multiline = false;

  init(params: ICellEditorParams & SheetEditorParams): void {
    this.params = params;
    this.multiline = params.multiline === true;
    const key = params.eventKey;
    // Typed into the selected cell: one key, or the characters an IME composed there.
    const typed = (params.context as SheetContext).editing.takeTyped() ?? (key !== null && key.length === 1 ? key : null);
    const value = params.value === null || params.value === undefined ? '' : String(params.value);
    this.mode = typed !== null || key === 'Backspace' ? 'enter' : 'edit';
    this.field.value = typed ?? (key === 'Backspace' ? '' : params.amount ? amountAsTyped(value) : value);
    this.field.className = `sheet-editor${this.multiline ? ' sheet-editor-multiline' : ''}`;
    this.field.spellcheck = false;
    this.field.rows = 1;
    this.field.dataset['testid'] = 'cell-editor';
    this.showMode();
    this.field.addEventListener('keydown', (e) => this.onKey(e));
    this.field.addEventListener('input', () => {
      hideCellNote();
      this.fit();
    });
  }

  getGui(): HTMLElement {
    return this.field;
  }

  afterGuiAttached(): void {
    this.field.focus();
    const end = this.field.value.length;
    this.field.setSelectionRange(end, end);
    this.fit();
  }

  getValue(): string {
    return this.field.value;
  }

  /** Multi-line text edits in a box that may grow past the cell (over the rows below). */
  isPopup(): boolean {
    return this.multiline;
  }

  destroy(): void {
    hideCellNote();
  }

  /** The editing mode, for tests and styles (data-mode on the text area). */
  private showMode(): void {
    this.field.dataset['mode'] = this.mode;
  }

  /** A multi-line editor is as wide as its cell and as tall as its text. */
  private fit(): void {
    if (!this.multiline) return;
    const cell = this.params.eGridCell;
    this.field.style.width = `${Math.max(cell.offsetWidth, 160)}px`;
    this.field.style.height = 'auto';
    this.field.style.height = `${Math.max(cell.offsetHeight, this.field.scrollHeight)}px`;
  }

  private where() {
    return { rowIndex: this.params.node.rowIndex ?? 0, rowId: (this.params.data as SheetRow).id, colId: this.params.column.getColId() };
  }

  private commit(move: readonly [number, number]): void {
    const ctx = this.params.context as SheetContext;
    const reason = ctx.editing.commit(this.where(), this.field.value, move);
    // Refused: the editor stays, with the reason beside the cell (Excel's stop message).
    if (reason !== null) showCellNote(this.params.eGridCell, reason);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.isComposing) return; // keys that build an IME character are the IME's
    const ctrl = e.ctrlKey || e.metaKey;
    const own = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    const { key } = e;
    if (key === 'Enter' && e.altKey) {
      own();
      if (this.multiline) {
        this.field.setRangeText('\n', this.field.selectionStart, this.field.selectionEnd, 'end');
        this.fit();
      }
    } else if (key === 'Enter' && !ctrl) {
      own();
      this.commit([e.shiftKey ? -1 : 1, 0]);
    } else if (key === 'Tab') {
      own();
      this.commit([0, e.shiftKey ? -1 : 1]);
    } else if (key === 'Escape') {
      own();
      (this.params.context as SheetContext).editing.cancel(this.where());
    } else if (key === 'F2') {
      own();
      this.mode = this.mode === 'enter' ? 'edit' : 'enter';
      this.showMode();
    } else if (key in ARROWS && this.mode === 'enter' && !e.shiftKey && !ctrl && !e.altKey) {
      own();
      this.commit(ARROWS[key]!);
    } else if (key in ARROWS || key === 'Home' || key === 'End' || key === 'PageUp' || key === 'PageDown' || key === 'Delete') {
      // Caret keys stay in the text area: the grid must not move or clear cells meanwhile.
      e.stopPropagation();
    }
  }
}
