import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Problem } from '../../shared/checks/problem.ts';
import type { MenuCommand, OpenedDocument, RecoveryInfo, ViewName } from '../../shared/ipc.ts';
import { api, userMessage } from '../api.ts';
import type { DocumentStore } from '../store/documentStore.ts';
import { StoreContext, useDocument } from '../store/useDocument.ts';
import { CategoryView } from '../views/CategoryView.tsx';
import { InfoView } from '../views/InfoView.tsx';
import { ProblemsView } from '../views/ProblemsView.tsx';
import { ProjectView } from '../views/ProjectView.tsx';
import { ReconcileView } from '../views/ReconcileView.tsx';
import { ProgressView } from '../views/ProgressView.tsx';
import { RecipientsView } from '../views/RecipientsView.tsx';
import { CompareView, type ComparedDraft } from '../views/CompareView.tsx';
import { ConsolidateView } from '../views/ConsolidateView.tsx';
import { PrintPreview } from '../print/PrintPreview.tsx';
import { Charts } from '../print/Charts.tsx';
import type { ConsolidationData } from '../../shared/consolidate/consolidate.ts';
import { defaultPrintOptions, type PrintOptions } from '../../shared/print/options.ts';
import { FileActions } from './fileActions.ts';
import { RecoveryBanner } from './RecoveryBanner.tsx';
import { shortcutCommand } from './shortcuts.ts';
import { StatusBar } from './StatusBar.tsx';
import { DraftContext } from '../store/draftContext.ts';
import { useAutosave } from './useAutosave.ts';
import { GuideDialog } from '../help/GuideDialog.tsx';
import { AboutDialog } from '../help/AboutDialog.tsx';
import { WorkProgressBar } from './WorkProgressBar.tsx';

const TABS: { view: ViewName; label: string }[] = [
  { view: 'info', label: '规划信息' },
  { view: 'categories', label: '年度领域安排表' },
  { view: 'projects', label: '项目表' },
  { view: 'reconcile', label: '核对' },
  { view: 'problems', label: '问题' },
  { view: 'recipients', label: '受援方' },
  { view: 'progress', label: '进度' },
  { view: 'compare', label: '比较修改稿' },
  { view: 'consolidate', label: '汇总' },
  { view: 'print', label: '打印预览' },
  { view: 'charts', label: '图表' },
];

/** Which view shows a problem's place. */
const viewOf = (p: Problem): ViewName =>
  p.where.table === 'categories' ? 'categories' : p.where.table === 'projects' ? 'projects' : p.where.table === 'progress' ? 'progress' : p.where.table === 'recipients' ? 'recipients' : 'info';

function Shell({ store, initialRecovery }: { store: DocumentStore; initialRecovery: RecoveryInfo | null }) {
  const doc = useDocument();
  const [view, setView] = useState<ViewName>('categories');
  const [recovery, setRecovery] = useState(initialRecovery);
  const files = useMemo(() => new FileActions(store), [store]);
  const [draft, setDraft] = useState<ComparedDraft | null>(null);
  const [summary, setSummary] = useState<ConsolidationData | null>(null);
  const [printOptions, setPrintOptions] = useState<PrintOptions>(defaultPrintOptions);
  const [helpPanel, setHelpPanel] = useState<'help' | 'about' | null>(null);
  const fail = useCallback((error: unknown) => store.setMessage({ kind: 'error', text: userMessage(error) }), [store]);
  const openDraft = useCallback(async () => {
    try {
      const opened = await api().openForCompare();
      if (opened) setDraft({ plan: opened.plan, name: opened.name });
      setView('compare');
    } catch (error) {
      fail(error);
    }
  }, [fail]);
  const chooseFolder = useCallback(async () => {
    try {
      const data = await api().consolidateFolder();
      if (data) setSummary(data);
      setView('consolidate');
    } catch (error) {
      fail(error);
    }
  }, [fail]);
  const exportSummary = async () => {
    try {
      const result = await api().exportConsolidation();
      if (result.saved) store.setMessage({ kind: 'info', text: `已导出汇总表：${result.filePath}` });
    } catch (error) {
      fail(error);
    }
  };
  useAutosave(store);

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
          return void files.importWorkbook();
        case 'exportWorkbook':
          return void files.exportWorkbook();
        case 'compare':
          return void openDraft();
        case 'consolidate':
          return void chooseFolder();
        case 'help':
        case 'about':
          return setHelpPanel(command.kind);
      }
    },
    [files, store, printOptions, openDraft, chooseFolder],
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

  useEffect(() => {
    document.title = `${doc.displayName}${doc.dirty ? '*' : ''} - 对口帮扶规划表`;
    void api().setTitleState(doc.displayName, doc.dirty).catch(() => undefined);
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

  const errors = doc.results.problems.filter((p) => p.severity === 'error').length;
  const warnings = doc.results.problems.length - errors;
  return (
    <div className="app">
      <header className="titlebar">
        <div className="doc-title" data-testid="doc-title" title={doc.filePath ?? undefined}>
          {doc.displayName}
          {doc.dirty && <span className="dirty-mark" data-testid="dirty-mark">*</span>}
        </div>
        <div className="plan-title">{doc.plan.title}</div>
        <div className="toolbar" role="toolbar" aria-label="文件">
          <button type="button" onClick={() => run({ kind: 'new' })} title="新建 (Ctrl+N)">新建</button>
          <button type="button" onClick={() => run({ kind: 'open' })} title="打开 (Ctrl+O)">打开</button>
          <button type="button" onClick={() => run({ kind: 'save' })} title="保存 (Ctrl+S)" data-testid="btn-save">保存</button>
          <span className="sep" />
          <button type="button" onClick={() => store.undo()} disabled={!doc.undoLabel} title={doc.undoLabel ? `撤销 ${doc.undoLabel} (Ctrl+Z)` : '撤销 (Ctrl+Z)'} data-testid="btn-undo">撤销</button>
          <button type="button" onClick={() => store.redo()} disabled={!doc.redoLabel} title={doc.redoLabel ? `重做 ${doc.redoLabel} (Ctrl+Y)` : '重做 (Ctrl+Y)'} data-testid="btn-redo">重做</button>
        </div>
      </header>
      {recovery && <RecoveryBanner info={recovery} onRestore={() => void restore()} onDiscard={() => void discard()} />}
      <nav className="tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t.view} type="button" role="tab" aria-selected={view === t.view} className={view === t.view ? 'tab tab-active' : 'tab'} data-testid={`tab-${t.view}`} onClick={() => setView(t.view)}>
            {t.label}
            {t.view === 'problems' && doc.results.problems.length > 0 && <span className={errors > 0 ? 'badge badge-error' : 'badge badge-warning'}>{doc.results.problems.length}</span>}
          </button>
        ))}
      </nav>
      <main className="content">
        <DraftContext.Provider value={draft}>
        {view === 'info' && <InfoView />}
        {view === 'categories' && <CategoryView />}
        {view === 'projects' && <ProjectView />}
        {view === 'reconcile' && <ReconcileView />}
        {view === 'problems' && <ProblemsView onGo={(p) => setView(viewOf(p))} />}
        {view === 'recipients' && <RecipientsView />}
        {view === 'progress' && <ProgressView />}
        {view === 'compare' && <CompareView draft={draft} onOpen={() => void openDraft()} onClose={() => setDraft(null)} />}
        {view === 'consolidate' && <ConsolidateView data={summary} onChooseFolder={() => void chooseFolder()} onExport={() => void exportSummary()} />}
        {view === 'print' && (
          <PrintPreview plan={doc.plan} results={doc.results} initialOptions={printOptions} onOptionsChange={setPrintOptions} onPrint={(o) => void files.print(o)} onExportPdf={(o) => void files.exportPdf(o)} />
        )}
        {view === 'charts' && (
          <section className="view view-scroll" aria-label="图表">
            <header className="view-header">
              <h2>图表</h2>
              <span className="unit">随规划实时更新</span>
            </header>
            <Charts results={doc.results} />
          </section>
        )}
        </DraftContext.Provider>
      </main>
      {helpPanel === 'help' && <GuideDialog onClose={() => setHelpPanel(null)} />}
      {helpPanel === 'about' && <AboutDialog onClose={() => setHelpPanel(null)} />}
      <WorkProgressBar />
      <StatusBar message={doc.message} errors={errors} warnings={warnings} onProblems={() => setView('problems')} />
    </div>
  );
}

/** The window: asks the main process what to show, then the editor. */
export function App({ createStore }: { createStore: (doc: OpenedDocument) => DocumentStore }) {
  const [state, setState] = useState<{ store: DocumentStore; recovery: RecoveryInfo | null } | { error: string } | null>(null);
  useEffect(() => {
    api()
      .startup()
      .then((s) => setState({ store: createStore(s.document), recovery: s.recovery }))
      .catch((error: unknown) => setState({ error: userMessage(error) }));
  }, [createStore]);
  if (!state) return <div className="loading">正在打开…</div>;
  if ('error' in state) return <div className="loading">无法启动：{state.error}</div>;
  return (
    <StoreContext.Provider value={state.store}>
      <Shell store={state.store} initialRecovery={state.recovery} />
    </StoreContext.Provider>
  );
}
