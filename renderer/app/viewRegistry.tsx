import { lazy, type ReactNode } from 'react';
import type { ConsolidationData } from '../../shared/consolidate/consolidate.ts';
import type { DocumentState } from '../store/documentStore.ts';
import type { PrintOptions } from '../../shared/print/options.ts';
import type { Problem } from '../../shared/checks/problem.ts';
import type { ViewName } from '../../shared/views.ts';
import type { GridTable } from '../grid/gridFocus.ts';
import type { ComparedDraft } from '../views/CompareView.tsx';
import { CategoryView } from '../views/CategoryView.tsx';

/*
 * Only the view shown at start is in the first script; every other view is
 * its own chunk, loaded when first shown or when the page is idle after
 * start (preloadViews), so a switch does not wait for it.
 */
const loaders = {
  info: () => import('../views/InfoView.tsx').then((m) => ({ default: m.InfoView })),
  projects: () => import('../views/ProjectView.tsx').then((m) => ({ default: m.ProjectView })),
  reconcile: () => import('../views/ReconcileView.tsx').then((m) => ({ default: m.ReconcileView })),
  problems: () => import('../views/ProblemsView.tsx').then((m) => ({ default: m.ProblemsView })),
  recipients: () => import('../views/RecipientsView.tsx').then((m) => ({ default: m.RecipientsView })),
  progress: () => import('../views/ProgressView.tsx').then((m) => ({ default: m.ProgressView })),
  compare: () => import('../views/CompareView.tsx').then((m) => ({ default: m.CompareView })),
  consolidate: () => import('../views/ConsolidateView.tsx').then((m) => ({ default: m.ConsolidateView })),
  print: () => import('../print/PrintPreview.tsx').then((m) => ({ default: m.PrintPreview })),
  charts: () => import('../views/ChartsView.tsx').then((m) => ({ default: m.ChartsView })),
  guide: () => import('../help/GuideDialog.tsx').then((m) => ({ default: m.GuideDialog })),
  about: () => import('../help/AboutDialog.tsx').then((m) => ({ default: m.AboutDialog })),
};

const InfoView = lazy(loaders.info);
const ProjectView = lazy(loaders.projects);
const ReconcileView = lazy(loaders.reconcile);
const ProblemsView = lazy(loaders.problems);
const RecipientsView = lazy(loaders.recipients);
const ProgressView = lazy(loaders.progress);
const CompareView = lazy(loaders.compare);
const ConsolidateView = lazy(loaders.consolidate);
const PrintPreview = lazy(loaders.print);
const ChartsView = lazy(loaders.charts);
/** 帮助 › 使用说明 and 关于, loaded on demand like the views. */
export const GuideDialog = lazy(loaders.guide);
export const AboutDialog = lazy(loaders.about);

/** What the shell gives the views: the document, its own state (draft, 汇总, print options) and actions. */
export interface ShellForViews {
  readonly doc: DocumentState;
  readonly draft: ComparedDraft | null;
  readonly summary: ConsolidationData | null;
  readonly printOptions: PrintOptions;
  setPrintOptions(options: PrintOptions): void;
  goToProblem(problem: Problem): void;
  openDraft(): void;
  closeDraft(): void;
  chooseFolder(): void;
  exportSummary(): void;
  /** 汇总's duplicate choice: sum again leaving out these files. */
  recount(excluded: readonly string[]): void;
  print(options: PrintOptions): void;
  exportPdf(options: PrintOptions): void;
}

/** How the window shows a view: its content, and the grid that takes the keyboard (null: its first field does). */
export interface ViewEntry {
  readonly render: (shell: ShellForViews) => ReactNode;
  readonly grid: GridTable | null;
}

/**
 * Each view's component, keyed by the names of shared/views.ts (a view
 * declared there without a component here is a compile error). Labels,
 * order and shortcuts come from that declaration, not from here.
 */
export const VIEW_COMPONENTS: Record<ViewName, ViewEntry> = {
  info: { grid: null, render: () => <InfoView /> },
  categories: { grid: 'categories', render: () => <CategoryView /> },
  projects: { grid: 'projects', render: () => <ProjectView /> },
  reconcile: { grid: null, render: () => <ReconcileView /> },
  problems: { grid: null, render: (s) => <ProblemsView onGo={s.goToProblem} /> },
  recipients: { grid: null, render: () => <RecipientsView /> },
  progress: { grid: null, render: () => <ProgressView /> },
  compare: { grid: null, render: (s) => <CompareView draft={s.draft} onOpen={s.openDraft} onClose={s.closeDraft} /> },
  consolidate: {
    grid: null,
    render: (s) => <ConsolidateView data={s.summary} onChooseFolder={s.chooseFolder} onExport={s.exportSummary} onRecount={s.recount} />,
  },
  print: {
    grid: null,
    render: (s) => (
      <PrintPreview
        plan={s.doc.plan}
        results={s.doc.results}
        initialOptions={s.printOptions}
        onOptionsChange={s.setPrintOptions}
        onPrint={s.print}
        onExportPdf={s.exportPdf}
      />
    ),
  },
  charts: { grid: null, render: (s) => <ChartsView results={s.doc.results} /> },
};

/** Loads every view not loaded yet (when the page is idle after start), so later switches are instant. */
export function preloadViews(): void {
  for (const load of Object.values(loaders)) void load().catch(() => undefined);
}
