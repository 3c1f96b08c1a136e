import type ExcelJS from 'exceljs';
import { computePlan } from '../../../shared/engine/planEngine.ts';
import { columnLetters } from '../../../shared/export/workbookFormat.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import { SheetDraft } from './sheetDraft.ts';
import { FONTS, applyPrintSetup, fitRowHeights } from './sheetStyle.ts';
import { SHEET_NAMES, buildSheets, writeCategorySheet, writeProjectSheet, type TableLayout } from './writeWorkbook.ts';

/** Sheets only the 填报模板 has. */
export const TEMPLATE_SHEET_NAMES = { instructions: '填报说明', options: '下拉选项' } as const;

/** Empty input rows at the end of each category's group in the 项目表. */
export const TEMPLATE_BLANK_ROWS = 3;

/** The protection of every sheet: no password; rows may be inserted, deleted and resized, locked cells (totals, 行标识) not edited. */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatRows: true,
  insertRows: true,
  deleteRows: true,
};

/** One unlocked copy per shared style (ExcelJS recognises styles by identity, see sheetStyle.ts). */
const unlockedStyles = new Map<object, Partial<ExcelJS.Style>>();
function unlocked(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  let copy = unlockedStyles.get(style);
  if (!copy) unlockedStyles.set(style, (copy = { ...style, protection: { locked: false } }));
  return copy;
}

const MONEY_ERROR = { errorStyle: 'stop', errorTitle: '金额有误', error: '请填写不小于0的金额（万元），最多两位小数，不要带“万元”等文字' } as const;

/** Rows in runs of consecutive numbers ([5,6,7,9] → [5,7], [9,9]), so each validation covers ranges. */
function runs(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of [...rows].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/**
 * Makes a written table a form: its input cells unlocked, drop-down lists for
 * 项目类别 (the plan's categories) and the years of the period, amounts
 * validated as non-negative with at most two decimals; everything else
 * (合计/小计 formulas, headers, the 行标识 column) stays locked under a
 * protection without password.
 */
function makeForm(ws: SheetDraft, layout: TableLayout, plan: Plan, categoryCount: number): void {
  const columns = [...layout.money, ...layout.text, ...(layout.category ? [layout.category] : []), ...(layout.years ?? [])];
  for (const r of layout.inputRows) for (const c of columns) ws.getCell(r, c).style = unlocked(ws.getCell(r, c).style);
  const years = Array.from({ length: plan.lastYear - plan.firstYear + 1 }, (_, i) => plan.firstYear + i);
  for (const [top, bottom] of runs(layout.inputRows)) {
    const at = (c: number) => `${columnLetters(c)}${top}:${columnLetters(c)}${bottom}`;
    for (const c of layout.money) {
      const cell = `${columnLetters(c)}${top}`;
      ws.dataValidations.set(at(c), {
        type: 'custom',
        allowBlank: true,
        showErrorMessage: true,
        formulae: [`AND(ISNUMBER(${cell}),${cell}>=0,ROUND(${cell},2)=${cell})`],
        ...MONEY_ERROR,
      });
    }
    if (layout.category !== undefined && categoryCount > 0) {
      ws.dataValidations.set(at(layout.category), {
        type: 'list',
        allowBlank: true,
        showErrorMessage: true,
        formulae: [`'${TEMPLATE_SHEET_NAMES.options}'!$A$1:$A$${categoryCount}`],
        errorStyle: 'stop',
        errorTitle: '项目类别有误',
        error: '请从下拉列表中选择项目类别（类别表中的类别）',
      });
    }
    for (const c of layout.years ?? []) {
      ws.dataValidations.set(at(c), {
        type: 'list',
        allowBlank: true,
        showErrorMessage: true,
        formulae: [`"${years.join(',')}"`],
        errorStyle: 'stop',
        errorTitle: '年份有误',
        error: `请从下拉列表中选择规划期内的年份（${years[0]}—${years[years.length - 1]}年）`,
      });
    }
  }
  ws.protection = PROTECTION;
}

const INSTRUCTION_STYLE: Partial<ExcelJS.Style> = { font: FONTS.body, alignment: { vertical: 'middle', horizontal: 'left', wrapText: true } };

/** The 填报说明 sheet: what to fill, how, and what not to touch. Every line is a sentence (never a header the importer could take for a table). */
function instructionsSheet(plan: Plan): SheetDraft {
  const ws = new SheetDraft(TEMPLATE_SHEET_NAMES.instructions);
  const period = `${plan.firstYear}—${plan.lastYear}年`;
  const lines = [
    `本工作簿是《${plan.title || '对口帮扶规划'}》的填报模板，由对口帮扶规划表（AidPlan）生成，请按以下说明填写后保存为 .xlsx 文件发回。`,
    '一、请只在白色（未锁定）的单元格中填写：“项目表”中每个项目的各列，以及“年度投资和领域安排计划表”中各类别的年度金额。',
    '二、新增项目请填在各类别小计下方预留的空行中；空行不够时，可在空行处插入整行后填写（插入的行同样可以填写）。',
    `三、“项目类别”请从单元格的下拉列表中选择；“开工年限”“竣工年限”请从下拉列表中选择规划期（${period}）内的年份。`,
    '四、金额单位为万元，请填写不小于0的数字，最多两位小数（如 120.50），不要填写“万元”等文字或空格。',
    '五、合计、小计、占比由公式自动计算，单元格已锁定，无需填写；修改金额后会自动更新。',
    '六、各表最右侧隐藏的“行标识”列记录每一行对应的项目或类别，请勿取消隐藏、修改或删除；新增的项目无需填写该列。',
    '七、请不要修改表头、表名和工作表名称；工作表保护没有设置密码，确需调整格式时可在“审阅”中撤销工作表保护。',
  ];
  ws.getCell(1, 1).value = TEMPLATE_SHEET_NAMES.instructions;
  ws.getCell(1, 1).style = { font: FONTS.title, alignment: { vertical: 'middle', horizontal: 'left' } };
  ws.getRow(1).height = 32;
  lines.forEach((line, i) => {
    const cell = ws.getCell(i + 3, 1);
    cell.value = line;
    cell.style = INSTRUCTION_STYLE;
  });
  // As wide as an A4 landscape page: each sentence wraps inside it, rows as high as their lines.
  ws.getColumn(1).width = 110;
  fitRowHeights(ws, 3);
  lines.forEach((_, i) => (ws.getRow(i + 3).height = Math.max(ws.getRow(i + 3).height, 24)));
  applyPrintSetup(ws, '1:1');
  ws.protection = PROTECTION;
  return ws;
}

/** The hidden sheet the 项目类别 drop-down lists: the plan's category names, one per row in column A and nothing else. */
function optionsSheet(plan: Plan): SheetDraft {
  const ws = new SheetDraft(TEMPLATE_SHEET_NAMES.options);
  plan.categories.forEach((c, i) => {
    ws.getCell(i + 1, 1).value = c.name;
  });
  ws.state = 'hidden';
  ws.protection = PROTECTION;
  return ws;
}

/**
 * The 填报模板 of a plan: 填报说明 first, then the annex tables as exported
 * (资金测算表 locked for reference, the category table and the 项目表 as forms,
 * empty rows for new projects in every category), and the hidden list of
 * categories. It imports back like any exported workbook, with the 行标识 of
 * every row.
 */
export function buildTemplateSheets(plan: Plan): SheetDraft[] {
  const results = computePlan(plan);
  const annexes = buildSheets(plan, results).map((sheet) => {
    if (sheet.name === SHEET_NAMES.categories) {
      const form = new SheetDraft(sheet.name);
      makeForm(form, writeCategorySheet(form, plan, results), plan, plan.categories.length);
      return form;
    }
    if (sheet.name === SHEET_NAMES.projects) {
      const form = new SheetDraft(sheet.name);
      makeForm(form, writeProjectSheet(form, plan, results, TEMPLATE_BLANK_ROWS), plan, plan.categories.length);
      return form;
    }
    sheet.protection = PROTECTION;
    return sheet;
  });
  return [instructionsSheet(plan), ...annexes, optionsSheet(plan)];
}
