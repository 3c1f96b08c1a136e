import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, type DialogPort } from '../../electron/node/handlers.ts';

const none = async () => null;
const dialogs: DialogPort = {
  chooseOpenFile: none,
  chooseSaveFile: none,
  askUnsaved: async () => 'cancel',
  chooseImportFile: none,
  chooseCompareFile: none,
  chooseExportFile: none,
  chooseFolder: none,
};

function handlersWith(appVersion?: string) {
  return createHandlers({
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'aidplan-about-')),
    dialogs,
    appVersion,
    window: { setTitle: () => undefined, close: () => undefined },
    print: { pdfBytes: async () => new Uint8Array(), print: async () => ({ printed: true }) },
  }).handlers;
}

describe('appInfo (帮助 › 关于)', () => {
  it('names the product and the version the main process was given, with the Node version it runs on', async () => {
    const info = await handlersWith('1.2.3').appInfo();
    expect(info.productName).toBe('对口帮扶规划表');
    expect(info.version).toBe('1.2.3');
    expect(info.runtime).toContainEqual({ name: 'Node.js', version: process.versions.node });
  });

  it('says 未知 rather than inventing a version when none was given', async () => {
    expect((await handlersWith().appInfo()).version).toBe('未知');
  });
});
