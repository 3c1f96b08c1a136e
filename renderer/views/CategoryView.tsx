import { useMemo, useRef } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import type { CategoryResult, PlanResults } from '../../shared/engine/planEngine.ts';
import { yearMoney } from '../../shared/engine/yearMoney.ts';
import { moveCategory } from '../../shared/commands/categoryRows.ts';
import { CATEGORY_FIELD_LABELS } from '../../shared/glossary.ts';
import type { Category } from '../../shared/model/plan.ts';
import { formatPlain } from '../../shared/money/wan.ts';
import { useDocument, useStore } from '../store/useDocument.ts';
import { groupedText, shareText } from '../grid/format.ts';
import { SHEET_GRID_OPTIONS } from '../grid/sheetOptions.ts';
import { TextCell } from '../grid/cellRenderers.ts';
import { problemsByCell, type SheetContext, type SheetRow } from '../grid/sheetContext.ts';
import { useSheet } from '../grid/useSheet.ts';
import { deleteSelectedRows, insertRowsAt } from '../grid/actions/rowActions.ts';
import { useDraftChanges } from '../store/draftContext.ts';

/** One row of the 年度领域安排表: a category, or one of the computed rows pinned under it. */
interface CategoryRow extends SheetRow {
  readonly kind: 'category' | 'total' | 'money' | 'diff';
  readonly label: string;
  readonly category?: Category;
}

const PINNED_IDS = ['__total', '__money', '__diff'];

/** Value of a year cell: the stored amount of a category, or an engine figure for the computed rows. */
function yearValue(p: ValueGetterParams<CategoryRow>, yearIndex: number, year: string): string {
  const row = p.data!;
  const ctx = p.context as SheetContext;
  if (row.kind === 'category') return row.category!.byYear[year] ?? '';
  // A plan of other years was just loaded (an import): for one render the columns are the old plan's.
  if (yearIndex >= ctx.results.years.length) return '';
  if (row.kind === 'total') return formatPlain(ctx.results.yearTotals[yearIndex]!);
  const money = yearMoney(ctx.plan, ctx.results)[yearIndex]!;
  const value = row.kind === 'money' ? money.money : money.difference;
  return value ? formatPlain(value) : '';
}

const resultIndex = new WeakMap<PlanResults, Map<string, CategoryResult>>();
/** A category's computed row (total, share) in the current results. */
function resultOf(results: PlanResults, id: string): CategoryResult | undefined {
  let index = resultIndex.get(results);
  if (!index) {
    index = new Map(results.categories.map((c) => [c.id as string, c]));
    resultIndex.set(results, index);
  }
  return index.get(id);
}

const amountFormatter = (p: ValueFormatterParams) => groupedText(p.value as string);

const rowIdOf = (p: { data: SheetRow }) => p.data.id;
const rowClassOf = (p: { data?: CategoryRow }) => (p.data && p.data.kind !== 'category' ? `row-${p.data.kind}` : undefined);

/** 年度领域安排表: categories down, years across, with live 合计, 占比, 当年资金 and 差额. */
export function CategoryView() {
  const store = useStore();
  const doc = useDocument();
  const sheet = useSheet('categories', store, doc, (row) => ((row as CategoryRow).kind === 'category' ? row.id : null), PINNED_IDS);
  const { plan, results } = doc;
  const defaultColDef = useMemo(
    () => ({ sortable: false, suppressMovable: true, resizable: true, cellRenderer: TextCell, ...sheet.defaultColDefParts }),
    [sheet.defaultColDefParts],
  );
  sheet.context.problems = useMemo(() => problemsByCell(results.problems, 'categories'), [results]);
  sheet.context.changes = useDraftChanges(plan, 'categories');

  // The columns depend on the years only: kept while their text is the same.
  const yearsKey = results.years.join(',');
  const years = useMemo(() => (yearsKey === '' ? [] : yearsKey.split(',')), [yearsKey]);
  const columnDefs = useMemo<ColDef<CategoryRow>[]>(
    () => [
      {
        colId: 'name',
        headerName: '类别',
        pinned: 'left',
        width: 150,
        editable: (p) => p.data?.kind === 'category',
        valueGetter: (p) => (p.data!.kind === 'category' ? p.data!.category!.name : p.data!.label),
        cellClass: 'cell-text',
      },
      {
        colId: 'aliases',
        headerName: CATEGORY_FIELD_LABELS.aliases,
        width: 190,
        editable: (p) => p.data?.kind === 'category',
        valueGetter: (p) => p.data!.category?.aliases.join('、') ?? '',
        cellClass: 'cell-text cell-muted',
        tooltipField: undefined,
      },
      ...years.map<ColDef<CategoryRow>>((year, i) => ({
        colId: year,
        headerName: `${year}年`,
        width: 118,
        editable: (p) => p.data?.kind === 'category',
        valueGetter: (p) => yearValue(p, i, year),
        valueFormatter: amountFormatter,
        cellEditorParams: { amount: true },
        cellClass: 'cell-amount',
        headerClass: 'ag-right-aligned-header',
      })),
      {
        colId: 'total',
        headerName: '合计',
        width: 128,
        valueGetter: (p) => {
          const ctx = p.context as SheetContext;
          const row = p.data!;
          if (row.kind === 'category') return formatPlain(resultOf(ctx.results, row.id)!.total);
          if (row.kind === 'total') return formatPlain(ctx.results.grandTotal);
          return '';
        },
        valueFormatter: amountFormatter,
        cellClass: 'cell-amount cell-computed',
        headerClass: 'ag-right-aligned-header',
      },
      {
        colId: 'share',
        headerName: '占比',
        width: 84,
        valueGetter: (p) => {
          const row = p.data!;
          if (row.kind === 'category') return resultOf((p.context as SheetContext).results, row.id)!.share ?? '';
          if (row.kind === 'total') return (p.context as SheetContext).results.grandTotal.isZero() ? '' : '100.00';
          return '';
        },
        valueFormatter: (p) => shareText(p.value as string),
        cellClass: 'cell-amount cell-computed',
        headerClass: 'ag-right-aligned-header',
      },
    ],
    // Years decide the columns; everything else is read through the context.
    [years],
  );

  // A row keeps its object while its category is unchanged: the grid then refreshes its cells
  // in place (totals and shares read the new results) instead of rebuilding the row, which
  // would take the keyboard focus away from the cell being worked in.
  const rowCache = useRef(new WeakMap<Category, CategoryRow>());
  const rowData = useMemo<CategoryRow[]>(
    () =>
      plan.categories.map((category) => {
        const cached = rowCache.current.get(category);
        if (cached) return cached;
        const row: CategoryRow = { id: category.id, kind: 'category', label: category.name, category };
        rowCache.current.set(category, row);
        return row;
      }),
    [plan.categories],
  );
  const pinned = useMemo<CategoryRow[]>(
    () => [
      { id: '__total', kind: 'total', label: '合计' },
      { id: '__money', kind: 'money', label: '当年资金' },
      { id: '__diff', kind: 'diff', label: '差额（安排−资金）' },
    ],
    // New objects after every change of the results, so the pinned rows repaint (their cells read the results through the context).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- results is the trigger, not an input
    [results],
  );

  const focusedCategory = (): Category | undefined => {
    const f = sheet.core.focusedPos();
    if (!f) return undefined;
    const node = sheet.api()?.getDisplayedRowAtIndex(f.row);
    return (node?.data as CategoryRow | undefined)?.category;
  };
  const exec = (make: (c: Category, index: number) => ReturnType<typeof moveCategory> | null) => {
    const c = focusedCategory();
    if (!c) {
      store.setMessage({ kind: 'error', text: '请先选中一个类别' });
      return;
    }
    const command = make(c, plan.categories.indexOf(c));
    if (command) {
      store.execute(command);
      if (command.label.endsWith('移类别')) sheet.followRow(c.id);
    }
  };

  return (
    <section className="view" aria-label="年度领域安排表">
      <header className="view-header">
        <h2>年度投资和领域安排计划表</h2>
        <span className="unit">单位：万元</span>
        <div className="toolbar" role="toolbar" aria-label="类别操作">
          <button type="button" onClick={() => insertRowsAt(sheet.core, null, 1, '添加类别')}>
            添加类别
          </button>
          <button type="button" onClick={() => exec((c, i) => (i > 0 ? moveCategory(c.id, i - 1, '上移类别') : null))}>
            上移
          </button>
          <button type="button" onClick={() => exec((c, i) => (i < plan.categories.length - 1 ? moveCategory(c.id, i + 1, '下移类别') : null))}>
            下移
          </button>
          <button type="button" onClick={() => deleteSelectedRows(sheet.core)}>
            删除类别
          </button>
        </div>
      </header>
      <div className="grid-host grid-host-auto" data-testid="grid-categories" ref={sheet.containerRef}>
        <AgGridReact<CategoryRow>
          {...SHEET_GRID_OPTIONS}
          rowData={rowData}
          pinnedBottomRowData={pinned}
          columnDefs={columnDefs}
          context={sheet.context}
          getRowId={rowIdOf}
          defaultColDef={defaultColDef}
          getRowClass={rowClassOf}
          domLayout="autoHeight"
          suppressDragLeaveHidesColumns
          {...sheet.gridHandlers}
        />
      </div>
    </section>
  );
}
