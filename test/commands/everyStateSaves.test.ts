import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptChanges } from '../../shared/commands/acceptChanges.ts';
import { addCategory, blankCategory, deleteCategory, moveCategory, renameCategory, setCategoryAliases } from '../../shared/commands/categoryRows.ts';
import type { CellTable } from '../../shared/commands/cellFields.ts';
import type { Command } from '../../shared/commands/command.ts';
import { fillDown } from '../../shared/commands/fillDown.ts';
import { pasteBlock } from '../../shared/commands/pasteBlock.ts';
import { changePeriod, type OutsideChoice } from '../../shared/commands/period.ts';
import { editPlanInfo } from '../../shared/commands/planInfo.ts';
import { blankProject, deleteProjects, insertProjects, moveProject } from '../../shared/commands/projectRows.ts';
import { setCells, type PreparedEdit } from '../../shared/commands/setCells.ts';
import { applyChecked } from '../../shared/commands/validEdit.ts';
import { diffPlans } from '../../shared/diff/planDiff.ts';
import { readPlanFile, writePlanFile } from '../../shared/file/planFile.ts';
import { fileSchema } from '../../shared/file/schema.ts';
import type { GridValue, SheetGrid } from '../../shared/import/grid.ts';
import { importWorkbookGrid } from '../../shared/import/importGrid.ts';
import { asRecipientId, asYear } from '../../shared/model/ids.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { SAMPLES } from '../../shared/samples/index.ts';
import { planArb } from '../support/planArbitrary.ts';

/** What a user can type or paste: amounts in every spelling, garbage, formulas, and text past every limit. */
const textArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', '1850', '1,850', '１８５０', '2700万元', '-5', '1.234', '=1+1', '1e309', 'abc', '2016', '2016年', '0.5', '99999999999999999', '  ', '\n'),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: 0, max: 25_000 }).map((n) => '字'.repeat(n)),
  fc.constantFrom(20_000, 20_001, 1_000, 1_001).map((n) => 'x'.repeat(n)),
  fc.array(fc.constantFrom('单位甲', 'x'.repeat(1_001)), { maxLength: 250 }).map((units) => units.join('\n')),
);

const COLUMNS: Record<CellTable, readonly string[]> = {
  categories: ['seq', 'name', 'aliases', '2014', '2016', '2017', '2018', '2019', '2020', '2021', '2030', 'total', 'share'],
  projects: [
    'seq',
    'category',
    'name',
    'content',
    'startYear',
    'endYear',
    'totalInvestment',
    'aid',
    '2016',
    '2017',
    '2020',
    '2021',
    'fundingSource',
    'units',
    'deadline',
    'remarks',
  ],
};

const tableArb = fc.constantFrom<CellTable>('categories', 'projects');
const yearArb = fc.integer({ min: 1900, max: 2300 });

/** One user action, as the store would receive it: a prepared edit or a command, made from the plan of the moment. */
type Action = (plan: Plan) => PreparedEdit | Command | null;

const rowsOf = (plan: Plan, table: CellTable) => (table === 'categories' ? plan.categories : plan.projects).map((r) => r.id as string);
const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

const draftArb: fc.Arbitrary<Plan> = planArb;

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ table: tableArb, row: fc.nat(), column: fc.nat(), text: textArb }).map(({ table, row, column, text }): Action => (plan) => {
    const rowId = pick(rowsOf(plan, table), row) ?? 'nowhere';
    return setCells(plan, '编辑', [{ ref: { table, rowId, column: COLUMNS[table][column % COLUMNS[table].length]! }, text }]);
  }),
  fc
    .record({
      table: tableArb,
      row: fc.nat(),
      column: fc.nat(),
      block: fc.array(fc.array(textArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
    })
    .map(({ table, row, column, block }): Action => (plan) => {
      const rowIds = rowsOf(plan, table);
      return pasteBlock(
        plan,
        { table, rowIds, columns: COLUMNS[table], row: rowIds.length === 0 ? 0 : row % (rowIds.length + 1), column: column % COLUMNS[table].length },
        block,
      );
    }),
  fc.record({ table: tableArb, row: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }).map(({ table, row, count }): Action => (plan) => {
    const rowIds = rowsOf(plan, table).slice(row % 5, (row % 5) + count + 1);
    return rowIds.length === 0 ? null : fillDown(plan, { table, rowIds, columns: COLUMNS[table] });
  }),
  fc.record({ at: fc.nat(), n: fc.integer({ min: 1, max: 3 }) }).map(
    ({ at, n }): Action =>
      () =>
        insertProjects(
          at,
          Array.from({ length: n }, () => blankProject()),
        ),
  ),
  fc.nat().map(
    (n): Action =>
      (plan) =>
        deleteProjects(plan.projects.filter((_, i) => i % 3 === n % 3).map((p) => p.id)),
  ),
  fc.record({ row: fc.nat(), to: fc.nat() }).map(
    ({ row, to }): Action =>
      (plan) =>
        moveProject(pick(rowsOf(plan, 'projects'), row) ?? 'x', to % 20),
  ),
  fc.record({ at: fc.nat(), name: textArb }).map(
    ({ at, name }): Action =>
      () =>
        addCategory(at % 10, blankCategory(name)),
  ),
  fc.nat().map(
    (row): Action =>
      (plan) =>
        deleteCategory(pick(rowsOf(plan, 'categories'), row) ?? 'x'),
  ),
  fc.record({ row: fc.nat(), name: textArb }).map(
    ({ row, name }): Action =>
      (plan) =>
        renameCategory(pick(rowsOf(plan, 'categories'), row) ?? 'x', name),
  ),
  fc.record({ row: fc.nat(), aliases: fc.array(textArb, { maxLength: 3 }) }).map(
    ({ row, aliases }): Action =>
      (plan) =>
        setCategoryAliases(pick(rowsOf(plan, 'categories'), row) ?? 'x', aliases),
  ),
  fc.record({ row: fc.nat(), to: fc.nat() }).map(
    ({ row, to }): Action =>
      (plan) =>
        moveCategory(pick(rowsOf(plan, 'categories'), row) ?? 'x', to % 10),
  ),
  fc.record({ title: textArb, donor: textArb, recipient: textArb }).map(
    ({ title, donor, recipient }): Action =>
      () =>
        editPlanInfo({ title, donor, recipients: [{ id: asRecipientId('r1'), name: recipient, carrierUnit: '' }] }),
  ),
  fc.record({ first: yearArb, last: yearArb }).map(
    ({ first, last }): Action =>
      () =>
        editPlanInfo({ firstYear: asYear(first), lastYear: asYear(last) }),
  ),
  fc.record({ first: yearArb, last: yearArb, choice: fc.constantFrom<OutsideChoice>('keep', 'move', 'clear') }).map(
    ({ first, last, choice }): Action =>
      (plan) =>
        changePeriod(plan, asYear(first), asYear(last), choice),
  ),
  fc.record({ draft: draftArb, keep: fc.array(fc.boolean(), { maxLength: 40 }) }).map(({ draft, keep }): Action => (plan) => {
    const changes = diffPlans(plan, draft).filter((_, i) => keep[i % Math.max(1, keep.length)] ?? true);
    return changes.length === 0 ? null : acceptChanges(changes);
  }),
);

/** The document store's path: a prepared edit's command (refusals left out), checked before it is applied. */
function run(plan: Plan, action: Action): Plan {
  const made = action(plan);
  const command = made === null ? null : 'apply' in made ? made : made.command;
  if (command === null) return plan;
  const checked = applyChecked(plan, command);
  return checked.ok ? checked.applied.plan : plan;
}

/** The state saves: it serialises, passes the file schema, and reopens equal. */
function expectSaves(plan: Plan): void {
  const text = writePlanFile(plan);
  const parsed = fileSchema.safeParse(JSON.parse(text));
  expect(parsed.success ? 'valid' : parsed.error.issues[0]).toBe('valid');
  const reopened = readPlanFile(text);
  expect(reopened.ok ? reopened.plan : reopened.message).toEqual(plan);
}

const startArb = fc.oneof(fc.constant(SAMPLES['wuhou-baiyu-2016-2020']()), fc.constant(SAMPLES['longquanyi-ganzi-2020']()), planArb);

describe('every state the editor can reach saves', () => {
  it('random edits, pastes, row and category operations, period changes and accepted draft changes always leave a plan that saves and reopens equal', () => {
    fc.assert(
      fc.property(startArb, fc.array(actionArb, { minLength: 1, maxLength: 12 }), (start, actions) => {
        let plan = start;
        for (const action of actions) {
          plan = run(plan, action);
          expectSaves(plan);
        }
      }),
      { numRuns: 150 },
    );
  });

  const cellArb: fc.Arbitrary<GridValue> = fc.oneof(textArb, fc.double(), fc.integer(), fc.constant(null));
  const headers = ['序号', '项目类别', '项目名称', '建设内容及规模', '开工年限', '竣工年限', '2016年', '2017年', '2018年', '备注'];

  it('a plan imported from a generated workbook (long text, garbage, odd years) saves and reopens equal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { minLength: headers.length, maxLength: headers.length }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1990, max: 2100 }),
        (rows, year) => {
          const all: GridValue[][] = [
            ['某区对口帮扶某县项目表'],
            headers.map((h) =>
              h
                .replace('2016', String(year))
                .replace('2017', String(year + 1))
                .replace('2018', String(year + 2)),
            ),
            ...rows,
          ];
          const cells = new Map<number, (GridValue | undefined)[]>();
          all.forEach((values, r) => cells.set(r + 1, [undefined, ...values.map((v) => v ?? undefined)]));
          const sheet: SheetGrid = { name: '项目表', rowCount: all.length, columnCount: headers.length, cells, merges: [] };
          const imported = importWorkbookGrid({ title: '', sheets: [sheet] }, '生成.xlsx');
          if (imported.ok) expectSaves(imported.plan);
          else expect(imported.message).toMatch(/[\u4e00-\u9fff]/);
        },
      ),
      { numRuns: 150 },
    );
  });
});
