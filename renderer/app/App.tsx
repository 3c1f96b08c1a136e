import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Problem } from '../../shared/checks/problem.ts';
import type { MenuCommand, OpenedDocument, RecoveryInfo, StartupState } from '../../shared/ipc.ts';
import { VIEW_LIST, type ViewName } from '../../shared/views.ts';
import { api, userMessage } from '../api.ts';
import type { DocumentStore } from '../store/documentStore.ts';
import { StoreContext, useDocument } from '../store/useDocument.ts';
import type { ComparedDraft } from '../views/CompareView.tsx';
import type { ConsolidationData } from '../../shared/consolidate/consolidate.ts';
import { defaultPrintOptions, type PrintOptions } from '../../shared/print/options.ts';
import { FileActions } from './fileActions.ts';
import { RecoveryBanner } from './RecoveryBanner.tsx';
import { shortcutCommand } from './shortcuts.ts';
import { StatusBar } from './StatusBar.tsx';
import { DraftContext } from '../store/draftContext.ts';
import { useAutosave } from './useAutosave.ts';
import { WorkProgressBar } from './WorkProgressBar.tsx';
import { windowTitle } from '../../shared/product.ts';
import { useImportFlow } from './useImportFlow.ts';
import { ImportReportDialog } from '../import/ImportReportDialog.tsx';
import { AboutDialog, GuideDialog, preloadViews, VIEW_COMPONENTS, type ShellForViews } from './viewRegistry.tsx';
import { focusView } from './viewFocus.ts';
import { onDialogClosed } from '../help/dialogClosed.ts';

/** Which view shows a problem's place (a cell of an imported file: 问题 itself, which shows the cell). */
const viewOf = (p: Problem): ViewName =>
  p.where.table === 'file'
    ? 'problems'
    : p.where.table === 'categories'
      ? 'categories'
      : p.where.table === 'projects'
        ? 'projects'
        : p.where.table === 'progress'
          ? 'progress'
          : p.where.table === 'recipients'
            ? 'recipients'
            : 'info';

function Shell({ store, initialRecovery }: { store: DocumentStore; initialRecovery: RecoveryInfo | null }) {
  const doc = useDocument();
  const [view, setViewState] = useState<ViewName>('categories');
  // Bumped on every request to give the view the keyboard (a switch, even to the view shown; a dialog closed).
  const [focusNonce, setFocusNonce] = useState(0);
  const setView = useCallback((next: ViewName) => {
    setViewState(next);
    setFocusNonce((n) => n + 1);
  }, []);
  const content = useRef<HTMLElement>(null);
  const [recovery, setRecovery] = useState(initialRecovery);
  const files = useMemo(() => new FileActions(store), [store]);
  const imports = useImportFlow(store, files);
  const startImport = imports.start;
  const [draft, setDraft] = useState<ComparedDraft | null>(null);
  const [summary, setSummary] = useState<ConsolidationData | null>(null);
  const [printOptions, setPrintOptions] = useState<PrintOptions>(defaultPrintOptions);
  const [helpPanel, setHelpPanel] = useState<'help' | 'about' | null>(null);
  const fail = useCallback((error: unknown) => store.setMessage({ kind: 'error', text: userMessage(error) }), [store]);
  const openDraft = useCallback(async () => {
    try {
      const opened = await api().openForCompare();
      if (opened) setDraft({ plan: opened.plan, name: opened.name, assignedIds: new Set(opened.assignedIds) });
      setView('compare');
    } catch (error) {
      fail(error);
    }
  }, [fail, setView]);
  const chooseFolder = useCallback(async () => {
    try {
      const data = await api().consolidateFolder();
      if (data) setSummary(data);
      setView('consolidate');
    } catch (error) {
      fail(error);
    }
  }, [fail, setView]);
  /** A duplicate's checkbox: sum again with that file counted or left out. */
  const recount = async (excluded: readonly string[]) => {
    try {
      setSummary(await api().recountConsolidation(excluded));
    } catch (error) {
      fail(error);
    }
  };
  const exportSummary = async () => {
    try {
      const result = await api().exportConsolidation();
      if (result.saved) store.setMessage({ kind: 'info', text: `已导出汇总表：${result.filePath}` });
    } catch (error) {
      fail(error);
    }
  };
  const autosaveFailure = useAutosave(store);

  const run = useCallback(
    (command: MenuCommand) => {
      switch (command.kind) {
        case 'new':
          return void files.newPlan();
        case 'open':
          return void files.open();
        case 'openRecent':
          return void files.openRecent(command.path);
        case 'openPending':
          return void files.openPending();
        case 'save':
          return void files.save();
        case 'saveAs':
          return void files.saveAs();
        case 'close':
          return void files.close();
        case 'undo':
          return store.undo();
        case 'redo':
          return store.redo();
        case 'view':
          return setView(command.view);
        case 'print':
          return setView('print');
        case 'exportPdf':
          return void files.exportPdf(printOptions);
        case 'importWorkbook':
          return void startImport();
        case 'exportWorkbook':
          return void files.exportWorkbook();
        case 'exportTemplate':
          return void files.exportTemplate();
        case 'compare':
          return void openDraft();
        case 'consolidate':
          return void chooseFolder();
        case 'help':
        case 'about':
          return setHelpPanel(command.kind);
      }
    },
    [files, store, printOptions, openDraft, chooseFolder, startImport, setView],
  );

  useEffect(() => api().onMenu(run), [run]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = shortcutCommand(e);
      if (!command) return;
      e.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  // The keyboard goes to the active view: at start, after a switch (tab, Ctrl+number, 视图 menu), after a dialog closed.
  // Once the first view has it (the page is interactive), the other views load while the page is idle.
  const started = useRef(false);
  useEffect(() => {
    performance.mark('aidplan:shell');
  }, []);
  useEffect(() => onDialogClosed(() => setFocusNonce((n) => n + 1)), []);
  useEffect(() => {
    if (!content.current) return;
    return focusView(content.current, VIEW_COMPONENTS[view].grid, () => {
      if (started.current) return;
      started.current = true;
      performance.mark('aidplan:interactive');
      if (window.requestIdleCallback) window.requestIdleCallback(preloadViews, { timeout: 5000 });
      else setTimeout(preloadViews, 1000);
    });
  }, [view, focusNonce]);

  useEffect(() => {
    document.title = windowTitle(doc.displayName, doc.dirty);
    void api()
      .setTitleState(doc.displayName, doc.dirty)
      .catch(() => undefined);
  }, [doc.displayName, doc.dirty]);

  const restore = async () => {
    try {
      const restored = await api().restoreRecovery();
      if (restored) store.load(restored, { dirty: true });
      await api().discardRecovery();
    } catch (error) {
      store.setMessage({ kind: 'error', text: userMessage(error) });
    }
    setRecovery(null);
  };
  const discard = async () => {
    await api().discardRecovery();
    setRecovery(null);
  };

  const shell: ShellForViews = {
    doc,
    draft,
    summary,
    printOptions,
    setPrintOptions,
    goToProblem: (p) => setView(viewOf(p)),
    openDraft: () => void openDraft(),
    closeDraft: () => setDraft(null),
    chooseFolder: () => void chooseFolder(),
    exportSummary: () => void exportSummary(),
    recount: (excluded) => void recount(excluded),
    print: (o) => void files.print(o),
    exportPdf: (o) => void files.exportPdf(o),
  };
  const errors = doc.results.problems.filter((p) => p.severity === 'error').length;
  const warnings = doc.results.problems.length - errors;
  return (
    <div className="app">
      <header className="titlebar">
        <div className="doc-title" data-testid="doc-title" title={doc.filePath ?? undefined}>
          {doc.displayName}
          {doc.dirty && (
            <span className="dirty-mark" data-testid="dirty-mark">
              *
            </span>
          )}
        </div>
        <div className="plan-title">{doc.plan.title}</div>
        <div className="toolbar" role="toolbar" aria-label="文件">
          <button type="button" onClick={() => run({ kind: 'new' })} title="新建 (Ctrl+N)">
            新建
          </button>
          <button type="button" onClick={() => run({ kind: 'open' })} title="打开 (Ctrl+O)">
            打开
          </button>
          <button type="button" onClick={() => run({ kind: 'save' })} title="保存 (Ctrl+S)" data-testid="btn-save">
            保存
          </button>
          {imports.accepted && (
            <button type="button" onClick={() => imports.showAccepted(true)} title="再次查看上次导入Excel的报告" data-testid="btn-import-report">
              导入报告
            </button>
          )}
          <span className="sep" />
          <button
            type="button"
            onClick={() => store.undo()}
            disabled={!doc.undoLabel}
            title={doc.undoLabel ? `撤销 ${doc.undoLabel} (Ctrl+Z)` : '撤销 (Ctrl+Z)'}
            data-testid="btn-undo"
          >
            撤销
          </button>
          <button
            type="button"
            onClick={() => store.redo()}
            disabled={!doc.redoLabel}
            title={doc.redoLabel ? `重做 ${doc.redoLabel} (Ctrl+Y)` : '重做 (Ctrl+Y)'}
            data-testid="btn-redo"
          >
            重做
          </button>
        </div>
      </header>
      {recovery && <RecoveryBanner info={recovery} onRestore={() => void restore()} onDiscard={() => void discard()} />}
      <nav className="tabs" role="tablist">
        {VIEW_LIST.map((t) => (
          <button
            key={t.name}
            type="button"
            role="tab"
            aria-selected={view === t.name}
            className={view === t.name ? 'tab tab-active' : 'tab'}
            data-testid={`tab-${t.name}`}
            title={t.shortcut === null ? t.help : `${t.help}（Ctrl+${t.shortcut}）`}
            onClick={() => setView(t.name)}
          >
            {t.label}
            {t.name === 'problems' && doc.results.problems.length > 0 && (
              <span className={errors > 0 ? 'badge badge-error' : 'badge badge-warning'}>{doc.results.problems.length}</span>
            )}
          </button>
        ))}
      </nav>
      <main className="content" ref={content}>
        <DraftContext.Provider value={draft}>
          {/*
           * One boundary per view (key): a switch unmounts the view left at once. With one shared boundary, a
           * view not shown before (its lazy component suspends) made React keep the view left mounted but
           * hidden behind the fallback; AG Grid's React component destroys its grid when hidden and, shown
           * again (a switch back before the other view loaded), builds a new one from the props of its first
           * render: the grid showed the rows of when the view opened, every edit since then gone from its cells.
           */}
          <Suspense key={view} fallback={<div className="loading">正在打开…</div>}>
            {VIEW_COMPONENTS[view].render(shell)}
          </Suspense>
        </DraftContext.Provider>
      </main>
      <Suspense fallback={null}>
        {helpPanel === 'help' && <GuideDialog onClose={() => setHelpPanel(null)} />}
        {helpPanel === 'about' && <AboutDialog onClose={() => setHelpPanel(null)} />}
      </Suspense>
      {imports.pending && <ImportReportDialog analysis={imports.pending} onAccept={(choices) => void imports.accept(choices)} onClose={imports.cancel} />}
      {imports.accepted && imports.showingAccepted && (
        <ImportReportDialog
          analysis={imports.accepted.analysis}
          initialChoices={imports.accepted.choices}
          readOnly
          onClose={() => imports.showAccepted(false)}
        />
      )}
      <WorkProgressBar />
      <StatusBar message={doc.message} errors={errors} warnings={warnings} onProblems={() => setView('problems')} autosave={autosaveFailure} />
    </div>
  );
}

/** The window: the main process's answer to what to show (asked at once by main.tsx), then the editor. */
export function App({ createStore, startup }: { createStore: (doc: OpenedDocument) => DocumentStore; startup: Promise<StartupState> }) {
  const [state, setState] = useState<{ store: DocumentStore; recovery: RecoveryInfo | null } | { error: string } | null>(null);
  useEffect(() => {
    let live = true;
    startup.then(
      (s) => {
        performance.mark('aidplan:document');
        if (live) setState({ store: createStore(s.document), recovery: s.recovery });
      },
      (error: unknown) => {
        if (live) setState({ error: userMessage(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [createStore, startup]);
  if (!state) return <div className="loading">正在打开…</div>;
  if ('error' in state) return <div className="loading">无法启动：{state.error}</div>;
  return (
    <StoreContext.Provider value={state.store}>
      <Shell store={state.store} initialRecovery={state.recovery} />
    </StoreContext.Provider>
  );
}
