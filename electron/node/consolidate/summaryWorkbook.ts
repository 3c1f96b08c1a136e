import type { Consolidation, SummaryRow } from '../../../shared/consolidate/consolidate.ts';
import { SEVERITY_LABEL } from '../../../shared/checks/problem.ts';
import { Decimal, ZERO } from '../../../shared/money/decimal.ts';
import { toWan } from '../../../shared/money/wan.ts';
import { columnLetters } from '../../../shared/export/workbookFormat.ts';
import { SheetDraft } from '../xlsx/sheetDraft.ts';
import { streamWorkbook } from '../xlsx/workbookStream.ts';
import { STYLES, applyPrintSetup, fitColumns, setFormula, setHeader, setMoney, setNumber, setText, writeTitle } from '../xlsx/sheetStyle.ts';
import { PRODUCT_NAME } from '../../../shared/product.ts';

const col = columnLetters;

/**
 * A summary table: one row per pairing or category, years across, 合计 and
 * 项目数 (and 占比), with a 合计 row; totals are live SUM formulas with their
 * cached results, as in the annex export.
 */
function summarySheet(
  name: string,
  title: string,
  firstHeader: string,
  years: readonly number[],
  rows: readonly (SummaryRow & { share?: string | null })[],
  withShare: boolean,
): SheetDraft {
  const ws = new SheetDraft(name);
  ws.views = [{ state: 'frozen', ySplit: 3, xSplit: 1 }];
  const width = 1 + years.length + 2 + (withShare ? 1 : 0);
  const headerRow = writeTitle(ws, title, width);
  const headers = [firstHeader, ...years.map((y) => `${y}年`), '合计', '项目数', ...(withShare ? ['占比'] : [])];
  headers.forEach((h, i) => setHeader(ws.getCell(headerRow, i + 1), h));
  const first = headerRow + 1;
  const last = first + rows.length - 1;
  const totalRow = last + 1;
  const totalCol = years.length + 2;
  rows.forEach((r, i) => {
    const row = first + i;
    setText(ws.getCell(row, 1), r.label);
    years.forEach((_, y) => setMoney(ws.getCell(row, y + 2), toWan(r.byYear[y]!)));
    setFormula(ws.getCell(row, totalCol), `SUM(${col(2)}${row}:${col(years.length + 1)}${row})`, r.total);
    setNumber(ws.getCell(row, totalCol + 1), r.projectCount);
    if (withShare)
      setFormula(
        ws.getCell(row, totalCol + 2),
        `IF(${col(totalCol)}${totalRow}=0,0,${col(totalCol)}${row}/${col(totalCol)}${totalRow})`,
        new Decimal(r.share ?? 0).div(100),
        STYLES.percent,
      );
  });
  setHeader(ws.getCell(totalRow, 1), '合计');
  for (let c = 2; c <= totalCol; c++) {
    const sum = c === totalCol ? rows.reduce((a, r) => a.plus(r.total), ZERO) : rows.reduce((a, r) => a.plus(r.byYear[c - 2]!), ZERO);
    setFormula(ws.getCell(totalRow, c), rows.length ? `SUM(${col(c)}${first}:${col(c)}${last})` : '0', sum);
  }
  setFormula(
    ws.getCell(totalRow, totalCol + 1),
    rows.length ? `SUM(${col(totalCol + 1)}${first}:${col(totalCol + 1)}${last})` : '0',
    new Decimal(rows.reduce((a, r) => a + r.projectCount, 0)),
    STYLES.number,
  );
  if (withShare)
    setFormula(
      ws.getCell(totalRow, totalCol + 2),
      rows.length ? `SUM(${col(totalCol + 2)}${first}:${col(totalCol + 2)}${last})` : '0',
      new Decimal(rows.length ? 1 : 0),
      STYLES.percent,
    );
  fitColumns(ws, headerRow, (c) => (c === 1 ? { min: 16, max: 40 } : { min: 10, max: 16 }));
  applyPrintSetup(ws, `${headerRow}:${headerRow}`);
  return ws;
}

/** The 汇总 workbook's bytes: by pairing × year, by category × year, the problems of each file, the files that could not be read. */
export function summaryWorkbook(summary: Consolidation): Promise<Uint8Array> {
  const problems = new SheetDraft('问题清单');
  problems.views = [{ state: 'frozen', ySplit: 1 }];
  ['文件', '级别', '位置', '说明'].forEach((h, i) => setHeader(problems.getCell(1, i + 1), h));
  summary.problems.forEach((p, i) => [p.source, SEVERITY_LABEL[p.severity], p.place, p.message].forEach((t, c) => setText(problems.getCell(i + 2, c + 1), t)));
  [24, 8, 36, 70].forEach((w, i) => (problems.getColumn(i + 1).width = w));

  const failed = new SheetDraft('无法读取的文件');
  ['文件', '原因'].forEach((h, i) => setHeader(failed.getCell(1, i + 1), h));
  summary.failures.forEach((f, i) => [f.source, f.reason].forEach((t, c) => setText(failed.getCell(i + 2, c + 1), t)));
  [30, 90].forEach((w, i) => (failed.getColumn(i + 1).width = w));

  return streamWorkbook({ creator: PRODUCT_NAME, title: '' }, [
    summarySheet('按结对汇总', '对口帮扶资金汇总表（按结对）', '帮扶方 → 受援方', summary.years, summary.pairings, false),
    summarySheet('按领域汇总', '对口帮扶资金汇总表（按领域）', '类别', summary.years, summary.categories, true),
    problems,
    failed,
    ...(summary.duplicates.length > 0 ? [duplicatesSheet(summary)] : []),
  ]);
}

/** Files that describe the same plan: which were counted, so a reader of the workbook knows what the sums hold. */
function duplicatesSheet(summary: Consolidation): SheetDraft {
  const ws = new SheetDraft('重复的规划文件');
  ['组', '文件', '帮扶方 → 受援方', '合计（万元）', '是否计入汇总', '原因'].forEach((h, i) => setHeader(ws.getCell(1, i + 1), h));
  let row = 2;
  summary.duplicates.forEach((group, g) => {
    for (const f of group.files) {
      [String(g + 1), f.source, f.label].forEach((t, c) => setText(ws.getCell(row, c + 1), t));
      setMoney(ws.getCell(row, 4), toWan(f.total));
      setText(ws.getCell(row, 5), f.counted ? '计入' : '未计入');
      setText(ws.getCell(row, 6), group.reason);
      row++;
    }
  });
  [6, 30, 30, 14, 12, 60].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}
