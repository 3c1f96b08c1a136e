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

  it.each([
    ['shared/money/wan.ts', "import type { Problem } from '../checks/problem.ts';", 'money below checks'],
    ['shared/model/plan.ts', "import type { Problem } from '../checks/problem.ts';", 'model below checks'],
    ['shared/model/plan.ts', "import { computePlan } from '../engine/planEngine.ts';", 'model below engine'],
    ['shared/checks/moneyChecks.ts', "import type { PlanResults } from '../engine/planEngine.ts';", 'checks below engine (the CategoryIndex cycle)'],
    ['shared/engine/planEngine.ts', "import { buildPrintDocument } from '../print/printDocument.ts';", 'engine below print'],
    ['shared/engine/planEngine.ts', "import { diffPlans } from '../diff/planDiff.ts';", 'engine below diff'],
  ])('layers shared/ with no folder cycles: %s may not %s (%s)', async (file, code) => {
    expect(await restrictedImports(file, code)).toHaveLength(1);
  });

  it('lets a shared/ folder import the layers below it', async () => {
    expect(
      await restrictedImports(
        'shared/engine/planEngine.ts',
        "import { moneyProblems } from '../checks/moneyChecks.ts';\nimport { buildCategoryIndex } from '../model/categoryIndex.ts';",
      ),
    ).toEqual([]);
    expect(await restrictedImports('shared/checks/projectChecks.ts', "import type { CategoryIndex } from '../model/categoryIndex.ts';")).toEqual([]);
    expect(await restrictedImports('shared/print/printDocument.ts', "import { computePlan } from '../engine/planEngine.ts';")).toEqual([]);
  });

  it.each([
    ['renderer/views/CategoryView.tsx', "import { useDraftChanges } from '../app/draftContext.ts';", 'views below app (the draftContext cycle)'],
    ['renderer/grid/format.ts', "import { CategoryView } from '../views/CategoryView.tsx';", 'grid below views'],
    ['renderer/store/documentStore.ts', "import { groupedText } from '../grid/format.ts';", 'store below grid'],
    ['renderer/print/PrintPreview.tsx', "import { App } from '../app/App.tsx';", 'print below app'],
  ])('layers renderer/ with no folder cycles: %s may not %s (%s)', async (file, code) => {
    expect(await restrictedImports(file, code)).toHaveLength(1);
  });

  it('lets the renderer layers import what is below them, and shared/print is not renderer/print', async () => {
    expect(
      await restrictedImports(
        'renderer/views/CategoryView.tsx',
        "import { useDraftChanges } from '../store/draftContext.ts';\nimport { groupedText } from '../grid/format.ts';",
      ),
    ).toEqual([]);
    expect(await restrictedImports('renderer/store/documentStore.ts', "import type { PrintOptions } from '../../shared/print/options.ts';")).toEqual([]);
    expect(await restrictedImports('renderer/app/App.tsx', "import { CompareView } from '../views/CompareView.tsx';")).toEqual([]);
  });
});

describe('the hook rules', () => {
  it('make a hook with a missing dependency, or a hook called conditionally, an error in renderer/', async () => {
    const code = [
      "import { useEffect, useState } from 'react';",
      'export function useThing(flag: boolean, value: number): number {',
      '  const [seen, setSeen] = useState(0);',
      '  useEffect(() => setSeen(value), []);',
      '  if (flag) useState(1);',
      '  return seen;',
      '}',
    ].join('\n');
    const [result] = await eslint.lintText(code, { filePath: path.join(root, 'renderer/app/useAutosave.ts') });
    const rules = result!.messages.map((m) => [m.ruleId, m.severity]);
    expect(rules).toContainEqual(['react-hooks/exhaustive-deps', 2]);
    expect(rules).toContainEqual(['react-hooks/rules-of-hooks', 2]);
  });
});
