import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow } from 'electron';
import type { PrintResult } from '../../shared/ipc.ts';

/**
 * The Electron side of printing. The print document is the same HTML string
 * that 打印预览 shows and the CLI renders (shared/print/printDocument.ts); here
 * it is loaded into a hidden, script-less window and handed to Chromium's
 * printToPDF (文件 › 导出PDF) or print (the system print dialog). Page size,
 * orientation, margins and page numbers come from the document's @page CSS.
 * Build the HTML in the main process from a validated plan and options
 * (readPrintOptions), not from HTML sent by the renderer.
 */

/** Loads the document into a hidden window; the page is written to a temporary file because data: URLs are capped at 2 MB. */
async function withPrintWindow<T>(html: string, use: (win: BrowserWindow) => Promise<T>): Promise<T> {
  const file = path.join(os.tmpdir(), `aidplan-print-${process.pid}-${randomBytes(4).toString('hex')}.html`);
  await fs.writeFile(file, html, 'utf8');
  const win = new BrowserWindow({
    show: false,
    width: 1123,
    height: 794,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, spellcheck: false },
  });
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  try {
    await win.loadFile(file);
    return await use(win);
  } finally {
    if (!win.isDestroyed()) win.destroy();
    await fs.rm(file, { force: true });
  }
}

/** The PDF bytes of a print document, as 导出PDF writes them. */
export async function renderPdfInElectron(html: string): Promise<Uint8Array> {
  return withPrintWindow(html, async (win) => {
    const pdf = await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, generateDocumentOutline: false });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  });
}

/** 打印: opens the system print dialog for the document (A4, backgrounds on for the table's diagonal corner). */
export async function printWithDialog(html: string): Promise<PrintResult> {
  return withPrintWindow(
    html,
    (win) =>
      new Promise<PrintResult>((resolve) => {
        win.webContents.print({ silent: false, printBackground: true, pageSize: 'A4' }, (success, failureReason) => {
          if (success) resolve({ printed: true });
          else resolve({ printed: false, cancelled: failureReason === 'Print job canceled' || failureReason === 'cancelled', reason: failureReason });
        });
      }),
  );
}
