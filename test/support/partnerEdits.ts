import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

/** The openpyxl script that edits a 项目表 as a partner would (see its docstring for the edits). */
const EDIT_SCRIPT = path.resolve(import.meta.dirname, 'editWorkbook.py');

/** An edit of editWorkbook.py: insert, delete, set or sortByName, columns named by header text. */
export type PartnerEdit =
  | { readonly op: 'insert'; readonly after: string; readonly rows: readonly Readonly<Record<string, string | number>>[] }
  | { readonly op: 'delete'; readonly name: string }
  | { readonly op: 'set'; readonly name: string; readonly column: string; readonly value: string | number | null }
  | { readonly op: 'fillBlank'; readonly values: Readonly<Record<string, string | number>> }
  | { readonly op: 'dropIds' }
  | { readonly op: 'sortByName' };

/** Edits `source` into `target` with Debian's python3-openpyxl. */
export function editWithOpenpyxl(source: string, target: string, edits: readonly PartnerEdit[]): void {
  const r = spawnSync('/usr/bin/python3', [EDIT_SCRIPT, source, target, JSON.stringify(edits)], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`openpyxl edit failed: ${r.stderr}`);
}

/** LibreOffice Calc opens the file and saves it as .xlsx again into `outDir` (its own writer, formulas recalculated). */
export async function resaveWithLibreOffice(file: string, outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${path.join(outDir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, file],
    {
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
  return path.join(outDir, path.basename(file));
}

const newRow = (name: string, amount: number) => ({
  项目类别: '民生改善',
  开工年限: 2018,
  竣工年限: 2019,
  项目名称: name,
  主要建设内容及规模: `${name}的建设内容`,
  '2018年': amount,
  资金来源: '一般公共预算收入的0.5%帮扶资金',
});

/**
 * The measured scenario of issue 13 on longPlan(20): two rows inserted, one
 * deleted, two amounts and a name changed, the projects sorted by 项目名称.
 */
export const PARTNER_SCENARIO: readonly PartnerEdit[] = [
  { op: 'insert', after: '第002号帮扶项目', rows: [newRow('牧民定居点供水', 86.5), newRow('乡村卫生室改造', 42)] },
  { op: 'delete', name: '第007号帮扶项目' },
  { op: 'set', name: '第003号帮扶项目', column: '2018年', value: 1234.56 },
  { op: 'set', name: '第014号帮扶项目', column: '2019年', value: 0.5 },
  { op: 'set', name: '第010号帮扶项目', column: '项目名称', value: '第010号帮扶项目（调整）' },
  { op: 'sortByName' },
];
