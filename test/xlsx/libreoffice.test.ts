import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportWorkbook } from '../../electron/node/xlsx/index.ts';
import { computePlan } from '../../shared/engine/planEngine.ts';
import { Decimal } from '../../shared/money/decimal.ts';
import { formatPlain } from '../../shared/money/wan.ts';
import { longPlan } from './longPlan.ts';

/**
 * Interop with LibreOffice Calc (Debian libreoffice-calc-nogui), the real
 * program: it opens the exported workbook, recalculates every formula, and
 * prints it. Two soffice runs in all (it is slow to start).
 */
const plan = longPlan(80);
const results = computePlan(plan);
let dir: string;
let csv: Map<string, string[][]>;
let pages: string[];
let pageSizes: string;

function soffice(profile: string, args: string[]): void {
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') endRow();
    else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aidplan-lo-'));
  const profile = path.join(dir, 'profile');
  // A private profile that recalculates every formula on load, whatever the file caches.
  await mkdir(path.join(profile, 'user'), { recursive: true });
  await writeFile(
    path.join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  await exportWorkbook(plan, path.join(dir, 'plan.xlsx'));
  // The same workbook with every cached result wrong (0): totals LibreOffice shows from it can only come from recalculation.
  const stale = new ExcelJS.Workbook();
  await stale.xlsx.readFile(path.join(dir, 'plan.xlsx'));
  for (const ws of stale.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v && typeof v === 'object' && 'formula' in v) cell.value = { formula: v.formula, result: 0 } as ExcelJS.CellFormulaValue;
      }),
    );
  }
  await stale.xlsx.writeFile(path.join(dir, 'stale.xlsx'));

  soffice(profile, [
    '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
    '--outdir',
    dir,
    'plan.xlsx',
    'stale.xlsx',
  ]);
  soffice(profile, ['--convert-to', 'pdf', '--outdir', dir, 'plan.xlsx']);
  csv = new Map();
  for (const base of ['plan', 'stale']) {
    for (const sheet of ['年度投资和领域安排计划表', '项目表']) {
      csv.set(`${base}/${sheet}`, parseCsv(await readFile(path.join(dir, `${base}-${sheet}.csv`), 'utf8')));
    }
  }
  const text = spawnSync('pdftotext', ['-layout', 'plan.pdf', '-'], { cwd: dir, encoding: 'utf8' }).stdout;
  pages = text.split('\f');
  pageSizes = spawnSync('pdfinfo', ['-f', '1', '-l', '99', 'plan.pdf'], { cwd: dir, encoding: 'utf8' }).stdout;
}, 400_000);

const money = (text: string | undefined) => formatPlain(new Decimal(text ?? 'NaN'));

describe('LibreOffice opens, recalculates and prints the exported workbook', () => {
  for (const base of ['plan', 'stale']) {
    it(`the totals LibreOffice computes equal the app's (${base === 'plan' ? 'as exported' : 'with every cached result wrong'})`, () => {
      const table = csv.get(`${base}/年度投资和领域安排计划表`)!;
      const total = table.find((r) => r[0] === '合计')!;
      results.years.forEach((_, i) => expect(money(total[i + 1]), `year ${i}`).toBe(formatPlain(results.yearTotals[i]!)));
      expect(money(total[results.years.length + 1])).toBe(formatPlain(results.grandTotal));
      for (const c of results.categories) {
        const row = table.find((r) => r[0] === c.name)!;
        expect(money(row[results.years.length + 1])).toBe(formatPlain(c.total));
        // 占比 is total ÷ grand total; the app's shown share is that rounded by largest remainder, so within 0.01.
        const share = new Decimal(row[results.years.length + 2]!.replace('%', ''));
        expect(share.minus(c.total.div(results.grandTotal).times(100)).abs().lt('1e-9')).toBe(true);
        expect(share.minus(c.share!).abs().lte('0.01')).toBe(true);
      }
      const projects = csv.get(`${base}/项目表`)!;
      const sum = projects.find((r) => r[0] === '合计')!;
      const header = projects.find((r) => r.includes('2016年'))!;
      results.years.forEach((y, i) => expect(money(sum[header.indexOf(`${y}年`)])).toBe(formatPlain(results.projectTotals.byYear[i]!)));
      expect(money(sum[projects.find((r) => r.includes('估算总投资'))!.indexOf('估算总投资')])).toBe(formatPlain(results.projectTotals.totalInvestment));
      const subtotals = projects.filter((r) => r[4] === '小计');
      expect(subtotals).toHaveLength(5);
      expect(money(subtotals[0]![header.indexOf('2017年')])).toBe(formatPlain(results.rollup.get(plan.categories[0]!.id)![1]!));
    });
  }

  it('its PDF repeats the two header rows on page 2 of the 80-project table, on A4 landscape pages', () => {
    const projectPages = pages.filter((p) => /第0\d\d号帮扶项目/.test(p));
    expect(projectPages.length).toBeGreaterThanOrEqual(2);
    for (const page of projectPages) {
      expect(page).toContain('项目名称');
      expect(page).toContain('实施年限');
      expect(page).toContain('2016年');
    }
    // Page 2 of the table starts where page 1 stopped: its first project is not 001.
    expect(projectPages[1]).not.toContain('第001号帮扶项目');
    expect(projectPages[1]).toMatch(/第\s*\d+\s*页\s*共\s*\d+\s*页/);
    const sizes = [...pageSizes.matchAll(/size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(sizes.length).toBeGreaterThan(2);
    for (const [w, h] of sizes) {
      expect(Math.round(w!)).toBe(842);
      expect(Math.round(h!)).toBe(595);
    }
  });
});
