import type { FoundTable } from './findTables.ts';
import { SheetReader, cellAddress, type WorkbookGrid } from './grid.ts';
import type { ReportBuilder } from './importReport.ts';
import { partiesFromTitle, readInfoLine } from './planInfo.ts';

/** Title, 帮扶方 and 受援方 of an imported plan: the workbook's 标题, an info line, or the tables' titles. */
export function readPlanInfo(workbook: WorkbookGrid, tables: readonly FoundTable[], fileName: string, report: ReportBuilder) {
  const titles = tables.map((t) => t.title).filter((t): t is string => t !== null);
  const title = workbook.title.trim() || titles.find((t) => t.includes('对口')) || titles[0] || fileName.replace(/\.xlsx$/i, '');
  for (const grid of workbook.sheets) {
    const line = readInfoLine(new SheetReader(grid));
    if (line) {
      report.add('found', line.place, `帮扶方“${line.donor}”，受援方“${line.recipients.join('、')}”`);
      return { title, donor: line.donor, recipients: line.recipients };
    }
  }
  const fromTitle = [title, ...titles].map(partiesFromTitle).find((p) => p.donor !== '' || p.recipient !== '') ?? { donor: '', recipient: '' };
  // Point at the sheet whose title said it.
  const source = tables.find((t) => t.title !== null && (t.title === title || partiesFromTitle(t.title).donor === fromTitle.donor)) ?? tables[0];
  const where = source ? `${source.sheet.grid.name}!${cellAddress(1, 1)}` : fileName;
  if (fromTitle.donor !== '' || fromTitle.recipient !== '') {
    report.add('decision', where, `由标题得出帮扶方“${fromTitle.donor}”${fromTitle.recipient ? `、受援方“${fromTitle.recipient}”` : ''}，请在规划信息中核对`);
  }
  return { title, donor: fromTitle.donor, recipients: fromTitle.recipient ? [fromTitle.recipient] : [] };
}
