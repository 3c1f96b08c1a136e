import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, ICellEditorParams, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import { moveProject } from '../../shared/commands/projectRows.ts';
import { cellText } from '../../shared/commands/cellFields.ts';
import { PROJECT_FIELD_LABELS as L } from '../../shared/glossary.ts';
import type { Plan, Project } from '../../shared/model/plan.ts';
import { formatPlain } from '../../shared/money/wan.ts';
import { useDocument, useStore } from '../store/useDocument.ts';
import { groupedText } from '../grid/format.ts';
import { SHEET_GRID_OPTIONS } from '../grid/sheetOptions.ts';
import { TextCell } from '../grid/cellRenderers.ts';
import { ROW_PX, rowHeightFor } from '../grid/rowHeight.ts';
import { problemsByCell, type SheetContext, type SheetRow } from '../grid/sheetContext.ts';
import { actionContext, useSheet } from '../grid/useSheet.ts';
import { deleteSelectedRows, insertRows, insertRowsAt } from '../grid/actions/rowActions.ts';
import { useProjectRows, type ProjectRow } from './projectRows.ts';
import { useDraftChanges } from '../store/draftContext.ts';

const PROJECT_PINNED = ['__total'];
/** Widths (px) of the wrapped text columns, also used to estimate row heights. */
const WIDTHS = { name: 200, content: 300, fundingSource: 180, units: 170, remarks: 120 } as const;

/** Row height from the project's wrapped texts (estimated, not measured: fast on 10,000 rows). */
function projectRowHeight(row: ProjectRow | undefined): number {
  if (row?.kind !== 'project') return ROW_PX;
  const p = row.project;
  return rowHeightFor([
    { text: p.name, width: WIDTHS.name },
    { text: p.content, width: WIDTHS.content },
    { text: p.fundingSource, width: WIDTHS.fundingSource },
    { text: p.units.join('\n'), width: WIDTHS.units },
    { text: p.remarks, width: WIDTHS.remarks },
  ]);
}
/** The name of the category a project counts under (its text may be an alias), or null when it maps to none. */
function mappedCategoryName(row: ProjectRow | undefined, plan: Plan): string | null {
  if (row?.kind !== 'project' || row.categoryId === null) return null;
  return plan.categories.find((c) => c.id === row.categoryId)?.name ?? null;
}
const amountFormatter = (p: ValueFormatterParams) => groupedText(p.value as string);
const isProject = (p: { data?: ProjectRow }) => p.data?.kind === 'project';
const text = (field: keyof Project) => (p: ValueGetterParams<ProjectRow>) => (p.data?.kind === 'project' ? cellText(p.data.project, 'projects', field) : '');

const rowIdOf = (p: { data: SheetRow }) => p.data.id;
const rowClassOf = (p: { data?: ProjectRow }) => (p.data && p.data.kind !== 'project' ? `row-${p.data.kind}` : undefined);
const rowHeightOf = (p: { data?: ProjectRow }) => projectRowHeight(p.data);

/** 项目表: every project field, one column per plan year, 小计 rows by category and a pinned 合计. */
export function ProjectView() {
  const store = useStore();
  const doc = useDocument();
  const sheet = useSheet('projects', store, doc, (row) => ((row as ProjectRow).kind === 'project' ? row.id : null), PROJECT_PINNED, false);
  const { plan, results } = doc;
  const defaultColDef = useMemo(
    () => ({ sortable: false, suppressMovable: true, resizable: true, cellRenderer: TextCell, ...sheet.defaultColDefParts }),
    [sheet.defaultColDefParts],
  );
  sheet.context.problems = useMemo(() => problemsByCell(results.problems, 'projects'), [results]);
  sheet.context.changes = useDraftChanges(plan, 'projects');
  // The columns depend on the years and the category names only: kept while their text is the same.
  const yearsKey = results.years.join(',');
  const years = useMemo(() => (yearsKey === '' ? [] : yearsKey.split(',')), [yearsKey]);
  const namesKey = plan.categories.map((c) => c.name).join('\u0001');
  const categoryNames = useMemo(() => (namesKey === '' ? [] : namesKey.split('\u0001')), [namesKey]);

  const columnDefs = useMemo<ColDef<ProjectRow>[]>(() => {
    const plain = (field: keyof Project, headerName: string, width: number, extra: Partial<ColDef<ProjectRow>> = {}): ColDef<ProjectRow> => ({
      colId: field,
      headerName,
      width,
      editable: isProject,
      valueGetter: text(field),
      cellClass: 'cell-text',
      ...extra,
    });
    // Text that may hold line breaks (Alt+Enter): wrapped in the cell, edited in a box that grows with it.
    const longText = { wrapText: true, cellEditorParams: { multiline: true }, cellClass: 'cell-text cell-wrap' };
    const amount = { valueFormatter: amountFormatter, cellEditorParams: { amount: true }, cellClass: 'cell-amount', headerClass: 'ag-right-aligned-header' };
    return [
      {
        colId: 'seq',
        headerName: L.seq,
        pinned: 'left',
        width: 56,
        valueGetter: (p) => (p.data?.kind === 'project' ? String(p.data.seq) : ''),
        cellClass: 'cell-center cell-computed',
      },
      plain('category', L.category, 120, {
        pinned: 'left',
        cellEditor: 'agSelectCellEditor',
        // The list opens on the category the project counts under: an alias (人才队伍建设) shows its category (人才培养).
        cellEditorParams: (p: ICellEditorParams<ProjectRow>) => ({
          values: categoryNames,
          value: mappedCategoryName(p.data, (p.context as SheetContext).plan) ?? p.value,
        }),
        // 小计 and 合计 rows say what they are in the category column.
        valueGetter: (p) => (p.data?.kind === 'project' ? p.data.project.category : p.data?.kind === 'subtotal' ? p.data.entry.name : '合计'),
      }),
      plain('name', L.name, WIDTHS.name, { ...longText, pinned: 'left' }),
      plain('content', L.content, WIDTHS.content, longText),
      plain('startYear', L.startYear, 72, { cellClass: 'cell-center' }),
      plain('endYear', L.endYear, 72, { cellClass: 'cell-center' }),
      plain('totalInvestment', L.totalInvestment, 110, {
        valueGetter: (p) =>
          p.data?.kind === 'project'
            ? (p.data.project.totalInvestment ?? '')
            : p.data?.kind === 'total'
              ? formatPlain((p.context as SheetContext).results.projectTotals.totalInvestment)
              : '',
        ...amount,
      }),
      plain('aid', L.aid, 110, {
        valueGetter: (p) => {
          const ctx = p.context as SheetContext;
          const row = p.data!;
          if (row.kind === 'project')
            return row.project.aid ?? (ctx.results.project(row.project.id) ? formatPlain(ctx.results.project(row.project.id)!.aid) : '');
          if (row.kind === 'subtotal') return formatPlain(row.entry.aid);
          return formatPlain(ctx.results.projectTotals.aid);
        },
        ...amount,
      }),
      ...years.map<ColDef<ProjectRow>>((year, i) => ({
        colId: year,
        headerName: `${year}年`,
        width: 104,
        editable: isProject,
        valueGetter: (p) => {
          const row = p.data!;
          if (row.kind === 'project') return row.project.byYear[year] ?? '';
          if (row.kind === 'subtotal') return row.entry.byYear[i] ? formatPlain(row.entry.byYear[i]) : '';
          return formatPlain((p.context as SheetContext).results.projectTotals.byYear[i]!);
        },
        ...amount,
      })),
      plain('fundingSource', L.fundingSource, WIDTHS.fundingSource, longText),
      plain('units', L.units, WIDTHS.units, longText),
      plain('deadline', L.deadline, 90),
      plain('remarks', L.remarks, WIDTHS.remarks, longText),
    ];
  }, [years, categoryNames]);

  const { initialRows } = useProjectRows(sheet.api, plan, results, projectRowHeight);
  // The pinned 合计 keeps its row (no new DOM per edit): useProjectRows repaints its cells from the new results.
  const pinned = useMemo<ProjectRow[]>(() => [{ id: '__total', kind: 'total' }], []);

  /** The focused project and its index, for the row buttons. */
  const focused = (): { project: Project; index: number } | null => {
    const f = sheet.core.focusedPos();
    if (!f) return null;
    const row = sheet.api()?.getDisplayedRowAtIndex(f.row)?.data as ProjectRow | undefined;
    if (row?.kind !== 'project') return null;
    return { project: row.project, index: row.seq - 1 };
  };
  const withFocused = (run: (f: { project: Project; index: number }) => void) => {
    const f = focused();
    if (f) run(f);
    else store.setMessage({ kind: 'error', text: '请先选中一个项目行' });
  };

  return (
    <section className="view" aria-label="项目表">
      <header className="view-header">
        <h2>项目及投资安排表</h2>
        <span className="unit">单位：万元</span>
        <span className="count" data-testid="project-count">
          共 {plan.projects.length} 个项目
        </span>
        <div className="toolbar" role="toolbar" aria-label="项目行操作">
          <button type="button" onClick={() => withFocused(() => insertRows.perform(actionContext(sheet.core)))}>
            插入行
          </button>
          <button type="button" onClick={() => insertRowsAt(sheet.core, null, 1, '添加项目行')}>
            末尾添加行
          </button>
          <button
            type="button"
            onClick={() =>
              withFocused(({ project, index }) => {
                if (index === 0) return;
                store.execute(moveProject(project.id, index - 1, '上移项目行'));
                sheet.followRow(project.id);
              })
            }
          >
            上移
          </button>
          <button
            type="button"
            onClick={() =>
              withFocused(({ project, index }) => {
                if (index === plan.projects.length - 1) return;
                store.execute(moveProject(project.id, index + 1, '下移项目行'));
                sheet.followRow(project.id);
              })
            }
          >
            下移
          </button>
          <button type="button" onClick={() => withFocused(() => deleteSelectedRows(sheet.core))}>
            删除行
          </button>
        </div>
      </header>
      <div className="grid-host" data-testid="grid-projects" ref={sheet.containerRef}>
        <AgGridReact<ProjectRow>
          {...SHEET_GRID_OPTIONS}
          rowData={initialRows as ProjectRow[]}
          pinnedBottomRowData={pinned}
          columnDefs={columnDefs}
          context={sheet.context}
          getRowId={rowIdOf}
          getRowHeight={rowHeightOf}
          defaultColDef={defaultColDef}
          getRowClass={rowClassOf}
          // Three rows beyond the view, not AG Grid's ten: a third less DOM to lay out and paint on each commit
          // (measured: key commit → repainted 合计 p50 22 → 18 ms on 10,000 projects), still smooth to scroll.
          rowBuffer={3}
          {...sheet.gridHandlers}
        />
      </div>
    </section>
  );
}
