import path from 'node:path';
import { z } from 'zod';
import type { AidPlanCalls, CallName, OpenedDocument, SaveResult, UnsavedChoice } from '../../shared/ipc.ts';
import { blankPlan } from '../../shared/model/blankPlan.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { SAMPLES } from '../../shared/samples/index.ts';
import { DocumentSession } from './documentSession.ts';
import { UserFacingError } from './fileErrors.ts';
import { planArg } from './planArg.ts';
import { savePlanFile } from './planFiles.ts';
import { RecentFiles } from './recentFiles.ts';
import { RecoveryStore } from './recovery.ts';
import { SettingsStore } from './settings.ts';
import { createExchangeHandlers, type ExchangeDialogs, type PrintPort } from './exchangeHandlers.ts';
import { LongWork, type ProgressSink } from './longWork.ts';

/** The dialogs a handler may need: Electron's in the app, a test's answers in the e2e harness. */
export interface DialogPort extends ExchangeDialogs {
  /** 打开: a file the user picked, or null when cancelled. */
  chooseOpenFile(): Promise<string | null>;
  /** 保存/另存为: where to write, or null when cancelled. */
  chooseSaveFile(suggestedName: string): Promise<string | null>;
  askUnsaved(displayName: string): Promise<UnsavedChoice>;
}

/** The window the handlers act on. */
export interface WindowPort {
  setTitle(title: string, dirty: boolean): void;
  close(): void;
}

export interface HandlerDeps {
  /** The app's data folder (recent files, settings, recovery). */
  readonly dataDir: string;
  readonly dialogs: DialogPort;
  readonly window: WindowPort;
  /** Printing and PDF: Electron's in the app, Chromium through playwright-core in the harness. */
  readonly print: PrintPort;
  /** A file passed on the command line (double-click on an .aidplan). */
  readonly startFile?: string | null;
  /** Where the progress of long tasks goes (the window); nowhere by default. */
  readonly progress?: ProgressSink;
  /** The app's version for 关于 (Electron's app.getVersion(); package.json's in the harness). */
  readonly appVersion?: string;
  /** The year of 新建 (defaults to this year). */
  readonly currentYear?: () => number;
}

/**
 * Handlers of every call of the contract. Arguments arrive as `unknown`
 * (they come from the renderer) and are validated here before use; the
 * result types are the contract's, so the registry cannot drift from it.
 */
export type HandlerRegistry = { readonly [K in CallName]: (...args: unknown[]) => ReturnType<AidPlanCalls[K]> };

/** The sample a newcomer sees on the first start. */
export const FIRST_START_SAMPLE = 'wuhou-baiyu-2016-2020';
/** The name users know the app by (package.json productName, the window title). */
export const PRODUCT_NAME = '对口帮扶规划表';
const SAMPLE_DISPLAY_NAME = '示例：武侯区对口帮扶白玉县规划';

const pathArg = z.string().min(1).max(4096);
const nameArg = z.string().max(1000);

/** Validates one argument; a bad one is refused with a message and nothing is done. */
function arg<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UserFacingError(`程序内部错误：${what}无效`);
  return parsed.data;
}

const savedPlanArg = (value: unknown): Plan => planArg(value, '未保存，规划中有不能保存的内容');

/** Creates the handlers for one window (the app has one). */
export function createHandlers(deps: HandlerDeps): { handlers: HandlerRegistry; session: DocumentSession } {
  const session = new DocumentSession();
  const recent = new RecentFiles(deps.dataDir);
  const recovery = new RecoveryStore(deps.dataDir);
  const settings = new SettingsStore(deps.dataDir);
  const work = new LongWork(deps.progress);

  const sample = () => session.untitled(SAMPLES[FIRST_START_SAMPLE](), SAMPLE_DISPLAY_NAME);

  const openAndRemember = async (file: string): Promise<OpenedDocument> => {
    const doc = await session.open(file);
    if (doc.filePath) await recent.add(doc.filePath);
    return doc;
  };

  const saveTo = async (plan: Plan, chosen: string | null): Promise<SaveResult> => {
    if (chosen === null) return { saved: false };
    const file = path.extname(chosen).toLowerCase() === '.aidplan' ? chosen : `${chosen}.aidplan`;
    await savePlanFile(file, plan);
    session.attach(plan, file);
    await recent.add(file);
    await recovery.clear(); // the user's file now holds the work
    return { saved: true, filePath: file, displayName: session.displayName };
  };

  const suggestedName = () => `${session.displayName.replace(/^示例：/, '').replace(/[\\/:*?"<>|]/g, '_')}.aidplan`;

  const handlers: HandlerRegistry = {
    ...createExchangeHandlers({ dialogs: deps.dialogs, print: deps.print, session, work }),
    async startup() {
      const found = await recovery.read();
      let document: OpenedDocument | null = null;
      const notes: string[] = [];
      if (deps.startFile) {
        try {
          document = await openAndRemember(deps.startFile);
        } catch (error) {
          notes.push(error instanceof Error ? error.message : String(error));
        }
      }
      if (!document) {
        const { firstStartDone } = await settings.read();
        const last = firstStartDone ? (await recent.list())[0] : undefined;
        if (last) document = await openAndRemember(last.path).catch(() => null);
        if (!firstStartDone) await settings.update({ firstStartDone: true });
      }
      document ??= sample();
      if (notes.length > 0) document = { ...document, notes: [...notes, ...document.notes] };
      return { document, recovery: found?.info ?? null, recent: await recent.list() };
    },
    async newPlan() {
      return session.untitled(blankPlan((deps.currentYear ?? (() => new Date().getFullYear()))()), '未命名');
    },
    async openFile() {
      const file = await deps.dialogs.chooseOpenFile();
      return file === null ? null : openAndRemember(arg(pathArg, file, '文件路径'));
    },
    async openRecent(file) {
      const wanted = arg(pathArg, file, '文件路径');
      if (!(await recent.has(wanted))) throw new UserFacingError('只能打开“最近打开”列表中的文件');
      try {
        return await openAndRemember(wanted);
      } catch (error) {
        await recent.remove(wanted);
        throw error;
      }
    },
    async openPending() {
      const file = session.pendingPath;
      session.pendingPath = null;
      return file === null ? null : openAndRemember(file);
    },
    async save(plan) {
      const valid = savedPlanArg(plan);
      return saveTo(valid, session.filePath ?? (await deps.dialogs.chooseSaveFile(suggestedName())));
    },
    async saveAs(plan) {
      const valid = savedPlanArg(plan);
      return saveTo(valid, await deps.dialogs.chooseSaveFile(suggestedName()));
    },
    async askUnsaved(displayName) {
      return deps.dialogs.askUnsaved(arg(nameArg, displayName, '文档名称'));
    },
    async writeRecovery(plan, displayName) {
      await recovery.write(savedPlanArg(plan), { displayName: arg(nameArg, displayName, '文档名称'), filePath: session.filePath });
    },
    async restoreRecovery() {
      const found = await recovery.read();
      if (!found) return null;
      // Restored work is unsaved: it opens without a file, and 保存 asks where (it may be the original file).
      const name = found.info.filePath ? path.basename(found.info.filePath, '.aidplan') : found.info.displayName;
      return session.untitled(found.plan, `${name}（已恢复）`);
    },
    async discardRecovery() {
      await recovery.clear();
    },
    async recentFiles() {
      return recent.list();
    },
    async setTitleState(displayName, dirty) {
      const name = arg(nameArg, displayName, '文档名称');
      const isDirty = arg(z.boolean(), dirty, '修改标记');
      deps.window.setTitle(`${name}${isDirty ? '*' : ''} - 对口帮扶规划表`, isDirty);
    },
    async appInfo() {
      const runtime = (['electron', 'chrome', 'node'] as const).flatMap((key) => {
        const version = process.versions[key];
        return version ? [{ name: key === 'chrome' ? 'Chromium' : key === 'node' ? 'Node.js' : 'Electron', version }] : [];
      });
      return { productName: PRODUCT_NAME, version: deps.appVersion ?? '未知', runtime };
    },
    async cancelWork() {
      work.cancel();
    },
    async closeWindow() {
      await recovery.clear(); // a normal close leaves no recovery copy behind
      deps.window.close();
    },
  };
  return { handlers, session };
}
