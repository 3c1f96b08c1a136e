import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import { projectSheetEntries, type ProjectSheetEntry } from '../../shared/engine/projectSheet.ts';
import { blankProject, deleteProjects, insertProjects, moveProject } from '../../shared/commands/projectRows.ts';
import { cellText } from '../../shared/commands/cellFields.ts';
import { PROJECT_FIELD_LABELS as L } from '../../shared/glossary.ts';
import type { Project } from '../../shared/model/plan.ts';
import { formatPlain } from '../../shared/money/wan.ts';
import { useDocument, useStore } from '../store/useDocument.ts';
import { groupedText } from '../grid/format.ts';
import { gridTheme } from '../grid/theme.ts';
import { TextCell } from '../grid/cellRenderers.ts';
import { problemsByCell, type SheetContext, type SheetRow } from '../grid/sheetContext.ts';
import { useSheet } from '../grid/useSheet.ts';

/** A row of the 项目表: a project, a category 小计, or the pinned 合计. */
type ProjectRow = SheetRow & ({ readonly kind: 'project'; readonly project: Project; readonly seq: number } | { readonly kind: 'subtotal'; readonly entry: Extract<ProjectSheetEntry, { kind: 'subtotal' }> } | { readonly kind: 'total' });

const PROJECT_PINNED = ['__total'];
const amountFormatter = (p: ValueFormatterParams) => groupedText(p.value as string);
const isProject = (p: { data?: ProjectRow }) => p.data?.kind === 'project';
const text = (field: keyof Project) => (p: ValueGetterParams<ProjectRow>) => (p.data?.kind === 'project' ? cellText(p.data.project, 'projects', field) : '');

/** 项目表: every project field, one column per plan year, 小计 rows by category and a pinned 合计. */
export function ProjectView() {
  const store = useStore();
  const doc = useDocument();
  const sheet = useSheet('projects', store, doc, (row) => ((row as ProjectRow).kind === 'project' ? row.id : null), PROJECT_PINNED);
  const { plan, results } = doc;
  sheet.context.problems = useMemo(() => problemsByCell(results.problems, 'projects'), [results]);
  const years = results.years.map(String);
  const categoryNames = plan.categories.map((c) => c.name);

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
    const longText = { wrapText: true, autoHeight: true, cellEditor: 'agLargeTextCellEditor', cellEditorPopup: true, cellEditorParams: { maxLength: 20000, rows: 8, cols: 50 }, cellClass: 'cell-text cell-wrap' };
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
        cellEditorParams: { values: categoryNames },
        // 小计 and 合计 rows say what they are in the category column.
        valueGetter: (p) => (p.data?.kind === 'project' ? p.data.project.category : p.data?.kind === 'subtotal' ? p.data.entry.name : '合计'),
      }),
      plain('name', L.name, 200, { pinned: 'left', wrapText: true, autoHeight: true, cellClass: 'cell-text cell-wrap' }),
      plain('content', L.content, 300, longText),
      plain('startYear', L.startYear, 72, { cellClass: 'cell-center' }),
      plain('endYear', L.endYear, 72, { cellClass: 'cell-center' }),
      plain('totalInvestment', L.totalInvestment, 110, {
        valueGetter: (p) => (p.data?.kind === 'project' ? (p.data.project.totalInvestment ?? '') : p.data?.kind === 'total' ? formatPlain((p.context as SheetContext).results.projectTotals.totalInvestment) : ''),
        valueFormatter: amountFormatter,
        cellClass: 'cell-amount',
        headerClass: 'ag-right-aligned-header',
      }),
      plain('aid', L.aid, 110, {
        valueGetter: (p) => {
          const ctx = p.context as SheetContext;
          const row = p.data!;
          if (row.kind === 'project') return row.project.aid ?? (ctx.results.project(row.project.id) ? formatPlain(ctx.results.project(row.project.id)!.aid) : '');
          if (row.kind === 'subtotal') return formatPlain(row.entry.aid);
          return formatPlain(ctx.results.projectTotals.aid);
        },
        valueFormatter: amountFormatter,
        cellClass: 'cell-amount',
        headerClass: 'ag-right-aligned-header',
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
        valueFormatter: amountFormatter,
        cellClass: 'cell-amount',
        headerClass: 'ag-right-aligned-header',
      })),
      plain('fundingSource', L.fundingSource, 180, { wrapText: true, autoHeight: true, cellClass: 'cell-text cell-wrap' }),
      plain('units', L.units, 170, longText),
      plain('deadline', L.deadline, 90),
      plain('remarks', L.remarks, 120, longText),
    ];
  }, [years.join(','), categoryNames.join('\u0001')]);

  const rowData = useMemo<ProjectRow[]>(
    () =>
      projectSheetEntries(plan, results).map((e) =>
        e.kind === 'project' ? { id: e.project.id, kind: 'project', project: e.project, seq: e.seq } : { id: e.id, kind: 'subtotal', entry: e },
      ),
    [plan, results],
  );
  const pinned = useMemo<ProjectRow[]>(() => [{ id: '__total', kind: 'total' }], [results]);


  /** The focused project and its index, for the row buttons. */
  const focused = (): { project: Project; index: number } | null => {
    const f = sheet.api()?.getFocusedCell();
    if (!f || f.rowPinned) return null;
    const row = sheet.api()?.getDisplayedRowAtIndex(f.rowIndex)?.data as ProjectRow | undefined;
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
        <span className="count" data-testid="project-count">共 {plan.projects.length} 个项目</span>
        <div className="toolbar" role="toolbar" aria-label="项目行操作">
          <button type="button" onClick={() => withFocused(({ index }) => store.execute(insertProjects(index, [blankProject()])))}>插入行</button>
          <button type="button" onClick={() => store.execute(insertProjects(plan.projects.length, [blankProject()], '添加项目行'))}>末尾添加行</button>
          <button type="button" onClick={() => withFocused(({ project, index }) => index > 0 && store.execute(moveProject(project.id, index - 1, '上移项目行')))}>上移</button>
          <button type="button" onClick={() => withFocused(({ project, index }) => index < plan.projects.length - 1 && store.execute(moveProject(project.id, index + 1, '下移项目行')))}>下移</button>
          <button type="button" onClick={() => withFocused(({ project }) => store.execute(deleteProjects([project.id], `删除项目“${project.name || '未命名'}”`)))}>删除行</button>
        </div>
      </header>
      <div className="grid-host" data-testid="grid-projects" onKeyDown={sheet.containerHandlers.onKeyDown} onCopy={sheet.containerHandlers.onCopy} onPaste={sheet.containerHandlers.onPaste}>
        <AgGridReact<ProjectRow>
          theme={gridTheme}
          rowData={rowData}
          pinnedBottomRowData={pinned}
          columnDefs={columnDefs}
          context={sheet.context}
          getRowId={(p) => p.data.id}
          defaultColDef={{ sortable: false, suppressMovable: true, resizable: true, cellRenderer: TextCell, ...sheet.defaultColDefParts }}
          getRowClass={(p) => (p.data && p.data.kind !== 'project' ? `row-${p.data.kind}` : undefined)}
          readOnlyEdit
          enterNavigatesVertically
          enterNavigatesVerticallyAfterEdit
          stopEditingWhenCellsLoseFocus
          tooltipShowDelay={300}
          suppressColumnVirtualisation
          {...sheet.gridHandlers}
        />
      </div>
    </section>
  );
}
