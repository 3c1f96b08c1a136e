import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../support/fixtures.ts';

/**
 * A Python that has openpyxl: `python3` on the PATH, or Debian's own (python3-openpyxl installs into it,
 * while a pyenv or venv python3 earlier on the PATH may lack it).
 */
function pythonWithOpenpyxl(): string {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(candidate, ['-c', 'import openpyxl'], { encoding: 'utf8' });
    if (r.status === 0) return candidate;
  }
  throw new Error('找不到带 openpyxl 的 python3：请安装 Debian 的 python3-openpyxl（.ci/run 会安装）');
}

/** Every cell of every sheet as 'sheet!A1' → value, plus each sheet's merged ranges. */
async function cellsOf(file: string): Promise<Map<string, unknown>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cells = new Map<string, unknown>();
  for (const sheet of workbook.worksheets) {
    cells.set(`${sheet.name}!merges`, [...sheet.model.merges].sort());
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (!cell.isMerged || cell.master === cell) cells.set(`${sheet.name}!${cell.address}`, cell.value);
      });
    });
  }
  return cells;
}

const out = mkdtempSync(path.join(os.tmpdir(), 'aidplan-fixtures-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the partner workbooks in test/fixtures', () => {
  const committed = readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.xlsx'))
    .sort();

  it('are the workbooks the two generators write: the three partner plans and the import layouts', () => {
    for (const script of ['make_fixtures.py', 'make/import_layouts.py']) {
      const r = spawnSync(pythonWithOpenpyxl(), [path.join(FIXTURES_DIR, script), out], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
    expect(readdirSync(out).sort()).toEqual(committed);
    expect(committed.filter((f) => !f.startsWith('import-'))).toEqual([
      'dongli-three-counties-2016-2020.xlsx',
      'longquanyi-ganzi-2020.xlsx',
      'wuhou-baiyu-2016-2020.xlsx',
    ]);
  });

  it.each(committed)('%s regenerates with the same cell values and merges', async (name) => {
    const regenerated = await cellsOf(path.join(out, name));
    const stored = await cellsOf(path.join(FIXTURES_DIR, name));
    // The partner plans are whole tables; the import layouts are small sheets of one layout each.
    expect(regenerated.size).toBeGreaterThan(name.startsWith('import-') ? 5 : 20);
    expect(Object.fromEntries(regenerated)).toEqual(Object.fromEntries(stored));
  });
});
