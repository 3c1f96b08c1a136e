import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it were the file at `file` (an existing file, so the typed rules have a program). */
async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layering lint rule', () => {
  it.each([
    ["import { readFile } from 'node:fs';", 'node built-in'],
    ["import path from 'path';", 'bare node built-in'],
    ["import { app } from 'electron';", 'electron'],
    ["import React from 'react';", 'react'],
    ["import { AgGridReact } from 'ag-grid-react';", 'AG Grid'],
    ["import ExcelJS from 'exceljs';", 'ExcelJS'],
    ["import { x } from '../../electron/node/planFiles.ts';", 'electron/'],
  ])('keeps shared/ pure: %s is an error (%s)', async (code) => {
    expect(await restrictedImports('shared/money/wan.ts', code)).toHaveLength(1);
  });

  it('lets shared/ import shared/ and decimal.js', async () => {
    expect(await restrictedImports('shared/money/wan.ts', "import Decimal from 'decimal.js';\nimport { asYear } from '../model/ids.ts';")).toEqual([]);
  });

  it('keeps services free of Electron and the renderer', async () => {
    expect(await restrictedImports('electron/node/planFiles.ts', "import { dialog } from 'electron';")).toHaveLength(1);
  });

  it('keeps the renderer away from Node and electron/', async () => {
    expect(await restrictedImports('renderer/main.tsx', "import { openPlanFile } from '../electron/node/planFiles.ts';")).toHaveLength(1);
    expect(await restrictedImports('renderer/main.tsx', "import fs from 'node:fs';")).toHaveLength(1);
  });

  it('lets only the Electron glue import electron', async () => {
    expect(await restrictedImports('electron/cli/main.ts', "import { app } from 'electron';")).toHaveLength(1);
  });
});
