/**
 * The one contract between the renderer and the main process. Every call the
 * renderer can make is declared here; the preload (electron/preload) and the
 * handler registry (electron/node/handlers.ts) are both typed from it, so a
 * renamed or reshaped call is a compile error on both sides.
 *
 * Payloads are plain data (strings, numbers, arrays, plain objects,
 * Uint8Array): they cross Electron IPC and Playwright bindings alike. The
 * renderer never names a path to read or write, except one the main process
 * gave it (the recent-files list); every other path comes from a dialog.
 */
import type { Plan } from './model/plan.ts';
import type { PrintOptions } from './print/options.ts';
import type { ConsolidationData } from './consolidate/consolidate.ts';
import type { ViewName } from './views.ts';

/** A plan handed to the renderer, with where it lives. */
export interface OpenedDocument {
  readonly plan: Plan;
  /** The file it was opened from or last saved to; null for a new plan, a sample or an import. */
  readonly filePath: string | null;
  /** What the title bar shows: the file name, or “未命名” / the sample's name. */
  readonly displayName: string;
  /** Notes made while opening (an import report); empty for .aidplan files. */
  readonly notes: readonly string[];
}

/** One entry of 文件 › 最近打开. */
export interface RecentFile {
  readonly path: string;
  readonly name: string;
}

/** A recovery copy left by a session that did not close normally. */
export interface RecoveryInfo {
  /** ISO time of the autosave. */
  readonly savedAt: string;
  readonly displayName: string;
  readonly filePath: string | null;
}

/** What the renderer needs to start: the document to show, and a recovery offer if any. */
export interface StartupState {
  readonly document: OpenedDocument;
  readonly recovery: RecoveryInfo | null;
  readonly recent: readonly RecentFile[];
}

/** Outcome of 保存 / 另存为: cancelled in the dialog, or where it went. */
export type SaveResult = { readonly saved: false } | { readonly saved: true; readonly filePath: string; readonly displayName: string };

/** A revised draft opened for 比较修改稿: its plan, its file's name, and notes made reading it. */
export interface ComparedDocument {
  readonly plan: Plan;
  readonly name: string;
  readonly notes: readonly string[];
}

/** Outcome of 打印: printed, or not (cancelled in the dialog, or failed with a reason). */
export type PrintResult = { readonly printed: true } | { readonly printed: false; readonly cancelled: boolean; readonly reason: string };

/** 帮助 › 关于: the product, its version (package.json) and what it runs on. */
export interface AppInfo {
  readonly productName: string;
  /** The app's version, e.g. "0.1.0". */
  readonly version: string;
  /** Electron, Chromium and Node versions where known. */
  readonly runtime: readonly { readonly name: string; readonly version: string }[];
}

/** How far a long task (汇总 of many files, 导入/导出Excel, 导出PDF) has got; sent from the main process while it runs. */
export interface WorkProgress {
  /** What is being done, for the progress bar (e.g. “正在汇总”). */
  readonly title: string;
  /** Items finished and in all; total 0 when the count is not known. */
  readonly done: number;
  readonly total: number;
}

/** The answer to “是否保存对……的更改？”. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** The views of the main window are declared in shared/views.ts (tabs, 视图 menu, Ctrl+1…9 and 使用说明 read them). */
export { VIEW_NAMES as VIEWS, type ViewName } from './views.ts';

/** A menu item or an OS event the main process passes to the renderer. */
export type MenuCommand =
  | { readonly kind: 'new' | 'open' | 'save' | 'saveAs' | 'undo' | 'redo' | 'print' | 'exportPdf' | 'close' | 'about' | 'help' | 'importWorkbook' | 'exportWorkbook' | 'compare' | 'consolidate' }
  | { readonly kind: 'openRecent'; readonly path: string }
  /** A file passed on the command line of a second start: ask about unsaved changes, then call openPending(). */
  | { readonly kind: 'openPending' }
  | { readonly kind: 'view'; readonly view: ViewName };

/** Requests from the renderer to the main process; each returns a promise. */
export interface AidPlanCalls {
  /** The document to show first (a file from the command line, else the sample or the last file) and any recovery offer. */
  startup(): Promise<StartupState>;
  /** 新建: an empty plan of the current year. */
  newPlan(): Promise<OpenedDocument>;
  /** 打开: shows the open dialog; null when cancelled. Throws a Chinese message when the file cannot be read. */
  openFile(): Promise<OpenedDocument | null>;
  /** Opens an entry of the recent-files list (any other path is refused). */
  openRecent(path: string): Promise<OpenedDocument>;
  /** Opens the file of the last `openPending` menu command. */
  openPending(): Promise<OpenedDocument | null>;
  /** 保存: writes the current file, or asks for one like 另存为. */
  save(plan: Plan): Promise<SaveResult>;
  /** 另存为: always asks for the file. */
  saveAs(plan: Plan): Promise<SaveResult>;
  /** Asks 保存/不保存/取消 about unsaved changes of the named document. */
  askUnsaved(displayName: string): Promise<UnsavedChoice>;
  /** Autosave: writes the recovery copy (never the user's file). */
  writeRecovery(plan: Plan, displayName: string): Promise<void>;
  /** Takes the recovery copy offered at startup as the open document (unsaved). */
  restoreRecovery(): Promise<OpenedDocument | null>;
  /** Drops the recovery copy (after 保存, a declined offer, or a clean close). */
  discardRecovery(): Promise<void>;
  recentFiles(): Promise<readonly RecentFile[]>;
  /** Window title: “name* - 对口帮扶规划表” while there are unsaved changes. */
  setTitleState(displayName: string, dirty: boolean): Promise<void>;
  /** The renderer has dealt with unsaved changes: close the window now. */
  closeWindow(): Promise<void>;
  /** 导入Excel: picks a partner .xlsx in a dialog and opens it as a new, unsaved plan (its import report as notes); null when cancelled. */
  importWorkbook(): Promise<OpenedDocument | null>;
  /** 导出Excel: writes the annex workbook where the dialog says. */
  exportWorkbook(plan: Plan): Promise<SaveResult>;
  /** 导出PDF: the print document of these options, as a PDF where the dialog says. */
  exportPdf(plan: Plan, options: PrintOptions): Promise<SaveResult>;
  /** 打印: the print document of these options, to the system print dialog. */
  printPlan(plan: Plan, options: PrintOptions): Promise<PrintResult>;
  /** 比较修改稿: picks a revised draft (.xlsx or .aidplan) to compare with; null when cancelled. */
  openForCompare(): Promise<ComparedDocument | null>;
  /** 汇总: picks a folder and sums the plans in it; null when cancelled. */
  consolidateFolder(): Promise<ConsolidationData | null>;
  /** 导出汇总表: the last summed folder as a workbook where the dialog says. */
  exportConsolidation(): Promise<SaveResult>;
  /** 帮助 › 关于: product name and version. */
  appInfo(): Promise<AppInfo>;
  /** 取消 of the progress bar: stops the running long task; it writes nothing and its call fails with “已取消…”. */
  cancelWork(): Promise<void>;
}

/** Names of the calls, in one list (the registry and the preload check they cover them all). */
export const CALL_NAMES = [
  'startup',
  'newPlan',
  'openFile',
  'openRecent',
  'openPending',
  'save',
  'saveAs',
  'askUnsaved',
  'writeRecovery',
  'restoreRecovery',
  'discardRecovery',
  'recentFiles',
  'setTitleState',
  'closeWindow',
  'importWorkbook',
  'exportWorkbook',
  'exportPdf',
  'printPlan',
  'openForCompare',
  'consolidateFolder',
  'exportConsolidation',
  'appInfo',
  'cancelWork',
] as const satisfies readonly (keyof AidPlanCalls)[];

// Every declared call is in CALL_NAMES (a missing one is a compile error here).
type Missing = Exclude<keyof AidPlanCalls, (typeof CALL_NAMES)[number]>;
export const CALLS_COMPLETE: [Missing] extends [never] ? true : Missing = true;

export type CallName = keyof AidPlanCalls;

/** The IPC channel of a call. */
export const channelOf = (name: CallName): string => `aidplan:${name}`;
/** The channel on which the main process sends MenuCommands. */
export const MENU_CHANNEL = 'aidplan:menu';
/** The channel on which the main process sends WorkProgress (null: the task ended). */
export const PROGRESS_CHANNEL = 'aidplan:progress';

/** What the preload exposes as `window.api`. */
export interface AidPlanApi extends AidPlanCalls {
  /** Listens for menu commands; returns the function that stops listening. */
  onMenu(listener: (command: MenuCommand) => void): () => void;
  /** Listens for the progress of long tasks (null when one ends); returns the function that stops listening. */
  onProgress(listener: (progress: WorkProgress | null) => void): () => void;
}
