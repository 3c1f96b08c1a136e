import type { OpenedDocument, SaveResult } from '../../shared/ipc.ts';
import type { PrintOptions } from '../../shared/print/options.ts';
import { api, userMessage } from '../api.ts';
import type { DocumentStore } from '../store/documentStore.ts';

/** How the main process says a file is read-only (electron/node/fileErrors.ts readOnlyMessage). */
const READ_ONLY = /是只读的，未保存/;

/**
 * 文件 menu actions. Each one that replaces or closes the document first asks
 * 保存/不保存/取消 when there are unsaved changes; a failure leaves the open
 * document as it was and shows the Chinese message.
 */
export class FileActions {
  constructor(private readonly store: DocumentStore) {}

  private fail(error: unknown): void {
    this.store.setMessage({ kind: 'error', text: userMessage(error) });
  }

  private saved(result: SaveResult): boolean {
    if (result.saved) this.store.markSaved(result.filePath, result.displayName);
    return result.saved;
  }

  async save(): Promise<boolean> {
    try {
      return this.saved(await api().save(this.store.getSnapshot().plan));
    } catch (error) {
      this.fail(error);
      // A read-only file is not overwritten (electron/node/planFiles.ts): offer 另存为 straight away; the message stays if it is cancelled.
      if (READ_ONLY.test(userMessage(error))) return this.saveAs();
      return false;
    }
  }

  async saveAs(): Promise<boolean> {
    try {
      return this.saved(await api().saveAs(this.store.getSnapshot().plan));
    } catch (error) {
      this.fail(error);
      return false;
    }
  }

  /** True when the document may be replaced or closed (saved, discarded, or unchanged). */
  async settleUnsaved(): Promise<boolean> {
    const state = this.store.getSnapshot();
    if (!state.dirty) return true;
    const choice = await api().askUnsaved(state.displayName);
    if (choice === 'cancel') return false;
    if (choice === 'save') return this.save();
    return true;
  }

  private async replace(open: () => Promise<OpenedDocument | null>): Promise<void> {
    if (!(await this.settleUnsaved())) return;
    try {
      const doc = await open();
      if (doc) this.store.load(doc);
    } catch (error) {
      this.fail(error);
    }
  }

  newPlan = () => this.replace(() => api().newPlan());
  open = () => this.replace(() => api().openFile());
  openRecent = (path: string) => this.replace(() => api().openRecent(path));
  openPending = () => this.replace(() => api().openPending());

  /** 导出Excel: the annex workbook; the document itself is unchanged. */
  async exportWorkbook(): Promise<void> {
    try {
      const result = await api().exportWorkbook(this.store.getSnapshot().plan);
      if (result.saved) this.store.setMessage({ kind: 'info', text: `已导出 Excel：${result.filePath}` });
    } catch (error) {
      this.fail(error);
    }
  }

  /** 导出填报模板: the form the partner fills (drop-downs, validated amounts, locked totals); the document is unchanged. */
  async exportTemplate(): Promise<void> {
    try {
      const result = await api().exportTemplate(this.store.getSnapshot().plan);
      if (result.saved) this.store.setMessage({ kind: 'info', text: `已导出填报模板：${result.filePath}` });
    } catch (error) {
      this.fail(error);
    }
  }

  /** 导出PDF with the print options chosen in 打印预览. */
  async exportPdf(options: PrintOptions): Promise<void> {
    try {
      const result = await api().exportPdf(this.store.getSnapshot().plan, options);
      if (result.saved) this.store.setMessage({ kind: 'info', text: `已导出 PDF：${result.filePath}` });
    } catch (error) {
      this.fail(error);
    }
  }

  /** 打印 with the print options chosen in 打印预览. */
  async print(options: PrintOptions): Promise<void> {
    try {
      const result = await api().printPlan(this.store.getSnapshot().plan, options);
      if (result.printed) this.store.setMessage({ kind: 'info', text: '已发送到打印机' });
      else if (!result.cancelled) this.store.setMessage({ kind: 'error', text: `未能打印：${result.reason}` });
    } catch (error) {
      this.fail(error);
    }
  }

  async close(): Promise<void> {
    if (await this.settleUnsaved()) await api().closeWindow();
  }
}
