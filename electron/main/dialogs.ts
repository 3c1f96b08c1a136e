import { dialog, type BrowserWindow } from 'electron';
import type { DialogPort } from '../node/handlers.ts';
import { PRODUCT_NAME } from '../../shared/product.ts';
import { SPREADSHEET_EXTENSIONS } from '../node/xlsx/spreadsheetExtensions.ts';

const PLAN_FILTERS = [{ name: '对口帮扶规划文件', extensions: ['aidplan'] }];
const XLSX_FILTERS = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];
const PDF_FILTERS = [{ name: 'PDF 文件', extensions: ['pdf'] }];
// Other spreadsheet kinds are offered too, so that a partner's .xls or .et gets the message saying how to save it as .xlsx.
const IMPORT_FILTERS = [{ name: '表格文件（.xlsx；.xls、.et、.ods 等会提示另存为 .xlsx）', extensions: [...SPREADSHEET_EXTENSIONS] }, ...XLSX_FILTERS];
const OPEN_FILTERS = [
  { name: '规划文件或Excel工作簿', extensions: ['aidplan', ...SPREADSHEET_EXTENSIONS] },
  ...PLAN_FILTERS,
  { name: 'Excel 工作簿', extensions: ['xlsx'] },
];

/** Electron's native dialogs behind the DialogPort the handlers use. */
export function electronDialogs(window: () => BrowserWindow | null): DialogPort {
  return {
    async chooseOpenFile() {
      const win = window();
      const options = { title: '打开', filters: OPEN_FILTERS, properties: ['openFile' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSaveFile(suggestedName) {
      const win = window();
      const options = { title: '保存', defaultPath: suggestedName, filters: PLAN_FILTERS };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseImportFile() {
      const win = window();
      const options = { title: '导入Excel', filters: IMPORT_FILTERS, properties: ['openFile' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseCompareFile() {
      const win = window();
      const options = { title: '打开修改稿', filters: OPEN_FILTERS, properties: ['openFile' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseExportFile(suggestedName, kind) {
      const win = window();
      const options = { title: kind === 'pdf' ? '导出PDF' : '导出Excel', defaultPath: suggestedName, filters: kind === 'pdf' ? PDF_FILTERS : XLSX_FILTERS };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder() {
      const win = window();
      const options = { title: '选择要汇总的文件夹', properties: ['openDirectory' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async askUnsaved(displayName) {
      const win = window();
      const options = {
        type: 'warning' as const,
        title: PRODUCT_NAME,
        message: `是否保存对“${displayName}”的更改？`,
        detail: '如果不保存，所做的更改将丢失。',
        buttons: ['保存', '不保存', '取消'],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      };
      const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
      return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
    },
  };
}
