import { headerKey } from './cellText.ts';
import type { SheetReader } from './grid.ts';

/** 帮扶方, 受援方 and the title, as far as a workbook tells them. */
export interface PlanInfo {
  readonly title: string;
  readonly donor: string;
  readonly recipients: readonly string[];
}

/** Reads an info line written by formatInfoLine (or typed like it) from the first rows of a sheet. */
export function readInfoLine(sheet: SheetReader): { donor: string; recipients: string[]; place: string } | null {
  for (let r = 1; r <= Math.min(4, sheet.grid.rowCount); r++) {
    for (let c = 1; c <= Math.min(3, sheet.grid.columnCount); c++) {
      const text = sheet.text(r, c);
      const m = /帮扶方[:：](.*?)[\s\u3000]+受援方[:：](.*?)(?:[\s\u3000]+规划期[:：].*)?$/.exec(text.trim());
      if (m) {
        return {
          donor: m[1]!.trim(),
          recipients: m[2]!
            .split('、')
            .map((s) => s.trim())
            .filter((s) => s !== ''),
          place: sheet.place(r, c),
        };
      }
    }
  }
  return null;
}

/**
 * Donor and recipient from a title such as "成都市武侯区对口帮扶白玉县规划项目表" or
 * "龙泉驿区2020年对口帮扶甘孜县项目及投资安排表"; empty when the title does not say.
 */
export function partiesFromTitle(title: string): { donor: string; recipient: string } {
  // Quotes and period words are not names: "某县“十四五”规划", "某县（2016—2020年）规划", "某县十三五规划".
  const key = headerKey(title)
    .replace(/[“”"‘’'《》「」『』]/g, '')
    .replace(/[（(][^（）()]*\d{4}[^（）()]*[）)]/g, '')
    .replace(/十[一二三四五六七八九]?五(时期|期间)?(?=规划|项目|计划|实施|资金|$)/g, '');
  const m = /^(.*?)对口(?:帮扶|支援|援助|援建)(.*)$/.exec(key);
  if (!m) return { donor: '', recipient: '' };
  // "2021年某区对口帮扶…": the year in front is the table's, not part of the donor's name.
  const donor = m[1]!.replace(/[（(]?\d{4}(?:[-—–~至]\d{4})?年?[）)]?(度)?$/, '').replace(/^\d{4}年度?/, '');
  const recipient = m[2]!.split(/\d{4}|规划|项目|资金|实施|工作|年度|计划|[（(]/)[0] ?? '';
  return { donor, recipient };
}
