import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community';
import type { SheetContext, SheetRow } from './sheetContext.ts';

/**
 * A plain-DOM cell renderer (an AG Grid JavaScript component, not React: a
 * 10,000-row grid stays fast) that shows the formatted value and carries a
 * test id "cell-<table>-<row>-<column>", so tests read totals as users see them.
 */
export class TextCell implements ICellRendererComp {
  private readonly span = document.createElement('span');

  init(p: ICellRendererParams): void {
    const ctx = p.context as SheetContext;
    const row = p.data as SheetRow | undefined;
    if (row) this.span.dataset['testid'] = `cell-${ctx.table}-${row.id}-${p.column?.getColId() ?? ''}`;
    this.show(p);
  }

  private show(p: ICellRendererParams): void {
    this.span.textContent = p.valueFormatted ?? (p.value === null || p.value === undefined ? '' : String(p.value));
  }

  getGui(): HTMLElement {
    return this.span;
  }

  refresh(p: ICellRendererParams): boolean {
    this.show(p);
    return true;
  }
}
