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
 * Each call is declared once, in CALLS below, as zod schemas; every type of
 * the contract derives from them.
 */
import { z } from 'zod';
import type { Plan } from './model/plan.ts';
import type { ConsolidationData } from './consolidate/consolidate.ts';
import { type CallName } from './ipcChannels.ts';
import { call, nameParam, pathParam, planParam, printOptionsParam, returns } from './ipcSchema.ts';

export { CALL_NAMES, MENU_CHANNEL, PROGRESS_CHANNEL, channelOf, type CallName } from './ipcChannels.ts';
export type { CheckedPlan } from './ipcSchema.ts';
import type { ImportAnalysis } from './import/analyseWorkbook.ts';
import { TEXT_LIMITS } from './model/limits.ts';
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

const recentFileSchema = z.object({ path: z.string(), name: z.string() }).readonly();
/** One entry of 文件 › 最近打开. */
export type RecentFile = z.infer<typeof recentFileSchema>;

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

const saveResultSchema = z.union([
  z.object({ saved: z.literal(false) }).readonly(),
  z.object({ saved: z.literal(true), filePath: z.string(), displayName: z.string() }).readonly(),
]);
/** Outcome of 保存 / 另存为 (and the exports): cancelled in the dialog, or where it went. */
export type SaveResult = z.infer<typeof saveResultSchema>;

/** A revised draft opened for 比较修改稿: its plan, its file's name, and notes made reading it. */
export interface ComparedDocument {
  readonly plan: Plan;
  readonly name: string;
  readonly notes: readonly string[];
  /** Ids of rows that had no 行标识 in the workbook (numbered on reading): matched by name and content. */
  readonly assignedIds: readonly string[];
}

const printResultSchema = z.union([
  z.object({ printed: z.literal(true) }).readonly(),
  z.object({ printed: z.literal(false), cancelled: z.boolean(), reason: z.string() }).readonly(),
]);
/** Outcome of 打印: printed, or not (cancelled in the dialog, or failed with Chromium's reason). */
export type PrintResult = z.infer<typeof printResultSchema>;

const appInfoSchema = z
  .object({
    productName: z.string(),
    /** The app's version, e.g. "0.1.0". */
    version: z.string(),
    /** Electron, Chromium and Node versions where known. */
    runtime: z.array(z.object({ name: z.string(), version: z.string() }).readonly()).readonly(),
  })
  .readonly();
/** 帮助 › 关于: the product, its version (package.json) and what it runs on. */
export type AppInfo = z.infer<typeof appInfoSchema>;

/** How far a long task (汇总 of many files, 导入/导出Excel, 导出PDF) has got; sent from the main process while it runs. */
export interface WorkProgress {
  /** What is being done, for the progress bar (e.g. “正在汇总”). */
  readonly title: string;
  /** Items finished and in all; total 0 when the count is not known. */
  readonly done: number;
  readonly total: number;
}

const unsavedChoiceSchema = z.enum(['save', 'discard', 'cancel']);
/** The answer to “是否保存对……的更改？”. */
export type UnsavedChoice = z.infer<typeof unsavedChoiceSchema>;

/** The views of the main window are declared in shared/views.ts (tabs, 视图 menu, Ctrl+1…9 and 使用说明 read them). */
export { VIEW_NAMES as VIEWS, type ViewName } from './views.ts';

/** A menu item or an OS event the main process passes to the renderer. */
export type MenuCommand =
  | {
      readonly kind:
        | 'new'
        | 'open'
        | 'save'
        | 'saveAs'
        | 'undo'
        | 'redo'
        | 'print'
        | 'exportPdf'
        | 'close'
        | 'about'
        | 'help'
        | 'importWorkbook'
        | 'exportWorkbook'
        | 'exportTemplate'
        | 'compare'
        | 'consolidate';
    }
  | { readonly kind: 'openRecent'; readonly path: string }
  /** A file passed on the command line of a second start: ask about unsaved changes, then call openPending(). */
  | { readonly kind: 'openPending' }
  | { readonly kind: 'view'; readonly view: ViewName };

/**
 * Every call the renderer can make: its arguments as a zod tuple (checked
 * once where the call enters the main process, electron/node/callEntry.ts)
 * and its result. The TypeScript types of both sides derive from this one
 * declaration: the renderer sends the schemas' input, the handlers receive
 * their output. A result carrying a plan is typed only (`returns`): it comes
 * from the main process, which made it.
 */
/** The user's choices in the 导入报告 dialog, by decision id: a guess confirmed or changed to another category, or a new category. */
const importChoicesSchema = z
  .record(
    z.string().max(100),
    z.union([z.object({ kind: z.literal('alias'), categoryName: z.string().max(TEXT_LIMITS.categoryName) }), z.object({ kind: z.literal('newCategory') })]),
  )
  .describe('导入选择');

export const CALLS = {
  /** The document to show first (a file from the command line, else the sample or the last file) and any recovery offer. */
  startup: call(z.tuple([]), returns<StartupState>()),
  /** 新建: an empty plan of the current year. */
  newPlan: call(z.tuple([]), returns<OpenedDocument>()),
  /** 打开: shows the open dialog; null when cancelled. Throws a Chinese message when the file cannot be read. */
  openFile: call(z.tuple([]), returns<OpenedDocument | null>()),
  /** Opens an entry of the recent-files list (any other path is refused). */
  openRecent: call(z.tuple([pathParam]), returns<OpenedDocument>()),
  /** Opens the file of the last `openPending` menu command. */
  openPending: call(z.tuple([]), returns<OpenedDocument | null>()),
  /** 保存: writes the current file, or asks for one like 另存为. */
  save: call(z.tuple([planParam('未保存，规划中有不能保存的内容')]), saveResultSchema, '未写入文件'),
  /** 另存为: always asks for the file. */
  saveAs: call(z.tuple([planParam('未保存，规划中有不能保存的内容')]), saveResultSchema, '未写入文件'),
  /** Asks 保存/不保存/取消 about unsaved changes of the named document. */
  askUnsaved: call(z.tuple([nameParam]), unsavedChoiceSchema),
  /** Autosave: writes the recovery copy (never the user's file). */
  writeRecovery: call(z.tuple([planParam('未保存，规划中有不能保存的内容'), nameParam]), z.void(), '未写入文件'),
  /** Takes the recovery copy offered at startup as the open document (unsaved). */
  restoreRecovery: call(z.tuple([]), returns<OpenedDocument | null>()),
  /** Drops the recovery copy (after 保存, a declined offer, or a clean close). */
  discardRecovery: call(z.tuple([]), z.void()),
  recentFiles: call(z.tuple([]), z.array(recentFileSchema).readonly()),
  /** Window title: “name* - 对口帮扶规划表” while there are unsaved changes (shared/product.ts). */
  setTitleState: call(z.tuple([nameParam, z.boolean().describe('修改标记')]), z.void()),
  /** The renderer has dealt with unsaved changes: close the window now. */
  closeWindow: call(z.tuple([]), z.void()),
  /**
   * 导入Excel, first step: picks a partner .xlsx in a dialog and analyses it (tables, report, the decisions
   * to confirm); nothing changes yet. Null when cancelled in the dialog.
   */
  importWorkbook: call(z.tuple([]), returns<ImportAnalysis | null>()),
  /** 导入Excel, second step (接受并打开): builds the analysed plan with these choices and opens it as a new, unsaved plan. */
  acceptImport: call(z.tuple([importChoicesSchema]), returns<OpenedDocument>()),
  /** 导出Excel: writes the annex workbook where the dialog says. */
  exportWorkbook: call(z.tuple([planParam('规划数据无效，未执行')]), saveResultSchema),
  /** 导出填报模板: the annex tables as a protected form for the partner to fill, where the dialog says. */
  exportTemplate: call(z.tuple([planParam('规划数据无效，未执行')]), saveResultSchema),
  /** 导出PDF: the print document of these options, as a PDF where the dialog says. */
  exportPdf: call(z.tuple([planParam('规划数据无效，未执行'), printOptionsParam]), saveResultSchema),
  /** 打印: the print document of these options, to the system print dialog. */
  printPlan: call(z.tuple([planParam('规划数据无效，未执行'), printOptionsParam]), printResultSchema),
  /** 比较修改稿: picks a revised draft (.xlsx or .aidplan) to compare with; null when cancelled. */
  openForCompare: call(z.tuple([]), returns<ComparedDocument | null>()),
  /** 汇总: picks a folder and sums the plans in it; null when cancelled. */
  consolidateFolder: call(z.tuple([]), returns<ConsolidationData | null>()),
  /** 汇总 with a choice of the duplicate files: the last summed folder again, leaving out the files named. */
  recountConsolidation: call(z.tuple([z.array(z.string().max(1000)).max(100_000).readonly().describe('不计入的文件')]), returns<ConsolidationData>()),
  /** 导出汇总表: the last summed folder as a workbook where the dialog says (with the last choice of duplicates). */
  exportConsolidation: call(z.tuple([]), saveResultSchema),
  /** 帮助 › 关于: product name and version. */
  appInfo: call(z.tuple([]), appInfoSchema),
  /** 取消 of the progress bar: stops the running long task; it writes nothing and its call fails with “已取消…”. */
  cancelWork: call(z.tuple([]), z.void()),
} satisfies { readonly [K in CallName]: ReturnType<typeof call> };

type Call<K extends CallName> = (typeof CALLS)[K];

/** The arguments a handler receives: checked and parsed (a plan argument arrives as a CheckedPlan). */
export type CallArgs<K extends CallName> = z.output<Call<K>['args']>;
/** What a call resolves to. */
export type CallResult<K extends CallName> = z.output<Call<K>['result']>;

/** Requests from the renderer to the main process, as the renderer makes them; each returns a promise. */
export type AidPlanCalls = { readonly [K in CallName]: (...args: z.input<Call<K>['args']>) => Promise<CallResult<K>> };

/** What the preload exposes as `window.api`. */
export type AidPlanApi = AidPlanCalls & {
  /** Listens for menu commands; returns the function that stops listening. */
  onMenu(listener: (command: MenuCommand) => void): () => void;
  /** Listens for the progress of long tasks (null when one ends); returns the function that stops listening. */
  onProgress(listener: (progress: WorkProgress | null) => void): () => void;
};
