import type ExcelJS from 'exceljs';
import { Decimal } from '../../../shared/money/decimal.ts';
import { toWan } from '../../../shared/money/wan.ts';
import { columnLetters } from '../../../shared/export/workbookFormat.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import { PROJECT_STATUSES } from '../../../shared/model/plan.ts';
import type { ProgressRow } from '../../../shared/progress/progressReport.ts';
import { SheetDraft } from '../xlsx/sheetDraft.ts';
import { streamWorkbook } from '../xlsx/workbookStream.ts';
import { STYLES, applyPrintSetup, fitColumns, setFormula, setHeader, setMoney, setNumber, setText, writeTitle } from '../xlsx/sheetStyle.ts';
import { PRODUCT_NAME } from '../../../shared/product.ts';

export const PROGRESS_HEADERS = ['类别', '计划资金', '到位资金', '到位率', '完成投资', '完成率', '项目数', ...PROJECT_STATUSES, '未填'] as const;

/**
 * 进度表 as a workbook: per category planned, arrived and completed money,
 * rates as live formulas (to two decimals of a percent), counts by status,
 * and a 合计 row of SUM formulas with cached results.
 */
export function progressWorkbook(plan: Plan, rows: readonly ProgressRow[], total: ProgressRow, period: string): Promise<Uint8Array> {
  const ws = new SheetDraft('项目进度表');
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  const headerRow = writeTitle(ws, `${plan.title}项目进度表（${period}）`, PROGRESS_HEADERS.length);
  PROGRESS_HEADERS.forEach((h, i) => setHeader(ws.getCell(headerRow, i + 1), h));
  const first = headerRow + 1;
  const last = first + rows.length - 1;
  const write = (r: number, row: ProgressRow, isTotal: boolean) => {
    if (isTotal) setHeader(ws.getCell(r, 1), row.label);
    else setText(ws.getCell(r, 1), row.label);
    const sumOrValue = (c: number, value: Decimal, style: Partial<ExcelJS.Style> = STYLES.money) =>
      isTotal && rows.length ? setFormula(ws.getCell(r, c), `SUM(${columnLetters(c)}${first}:${columnLetters(c)}${last})`, value, style) : undefined;
    const money = (c: number, value: Decimal) => (isTotal && rows.length ? sumOrValue(c, value) : setMoney(ws.getCell(r, c), toWan(value)));
    money(2, row.planned);
    money(3, row.arrived);
    money(5, row.completed);
    setFormula(ws.getCell(r, 4), `IF(B${r}=0,"",C${r}/B${r})`, new Decimal(row.arrivalRate ?? 0).div(100), STYLES.percent);
    setFormula(ws.getCell(r, 6), `IF(B${r}=0,"",E${r}/B${r})`, new Decimal(row.completionRate ?? 0).div(100), STYLES.percent);
    const counts = [row.projectCount, ...PROJECT_STATUSES.map((s) => row.byStatus[s]), row.byStatus['未填']];
    counts.forEach((n, i) => (isTotal && rows.length ? sumOrValue(7 + i, new Decimal(n), STYLES.number) : setNumber(ws.getCell(r, 7 + i), n)));
  };
  rows.forEach((row, i) => write(first + i, row, false));
  write(last + 1, total, true);
  fitColumns(ws, headerRow, (c) => (c === 1 ? { min: 14, max: 30 } : { min: 9, max: 14 }));
  applyPrintSetup(ws, `${headerRow}:${headerRow}`);
  return streamWorkbook({ creator: PRODUCT_NAME, title: '' }, [ws]);
}
