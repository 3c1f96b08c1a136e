import { PT_TO_MM, textEm } from './layout.ts';

/**
 * Words a title is never broken inside: the names of the annexes and the
 * words of their titles (a break between 计划 and 表 would leave «表» alone),
 * period words, and the parties' names the caller adds. Longest match wins.
 */
const TITLE_WORDS = [
  '年度投资和领域安排计划表',
  '项目及投资安排表',
  '帮扶资金测算表',
  '项目投资结构图',
  '受援方资金安排表',
  '项目进度表',
  '规划项目表',
  '项目表',
  '计划表',
  '安排表',
  '测算表',
  '进度表',
  '资金表',
  '结构图',
  '东西部扶贫协作',
  '对口帮扶',
  '对口支援',
  '扶贫协作',
  '工作要点',
  '规划',
  '项目',
  '资金',
  '安排',
  '计划',
  '年度',
  '投资',
  '领域',
];

/** A period or year: 2021年, 2016—2020年, （2016—2020年）, “十四五”. */
const PERIOD = /^(?:[（(][^）)]*[）)]|“[^”]*”|\d{4}(?:[—–-]\d{4})?年?)/;

/** The title cut into pieces that may not be broken: known words, periods, and runs of anything else. */
export function titleTokens(title: string, names: readonly string[] = []): string[] {
  const words = [...names.filter((n) => n.length > 1), ...TITLE_WORDS].sort((a, b) => b.length - a.length);
  const tokens: string[] = [];
  let run = '';
  let i = 0;
  while (i < title.length) {
    const rest = title.slice(i);
    const word = PERIOD.exec(rest)?.[0] ?? words.find((w) => rest.startsWith(w));
    if (word) {
      if (run) tokens.push(run);
      run = '';
      tokens.push(word);
      i += word.length;
    } else {
      run += title[i];
      i += 1;
    }
  }
  if (run) tokens.push(run);
  return tokens;
}

/** The table names a title ends with: a break just before one is the natural one. */
const TABLE_NAMES = TITLE_WORDS.filter((w) => w.length >= 5 && /[表图]$/.test(w));
/** How much longer (in em) the longer line may be to break before the table's name rather than elsewhere. */
const TABLE_BREAK_BONUS_EM = 3;

/** A title set on one or two lines at a font size. */
export interface TitleLines {
  readonly lines: readonly string[];
  readonly fontPt: number;
}

/** Titles may shrink to this share of their size before a break is forced on a line too long. */
const SMALLEST_SHARE = 0.8;

/**
 * Sets a title within `widthMm`: on one line when it fits; otherwise broken
 * once between words (never inside a word, so never one character alone),
 * where the two lines are closest in length, the first not shorter; when no
 * break lets both lines fit, the font shrinks a point at a time (to 80%).
 * Widths are estimated (textEm errs wide).
 */
export function breakTitle(title: string, widthMm: number, fontPt: number, names: readonly string[] = []): TitleLines {
  const fitsAt = (text: string, pt: number) => textEm(text) * pt * PT_TO_MM <= widthMm;
  if (fitsAt(title, fontPt)) return { lines: [title], fontPt };
  const tokens = titleTokens(title, names);
  const breaks: { first: string; second: string; worse: number }[] = [];
  let first = '';
  for (const token of tokens.slice(0, -1)) {
    first += token;
    const second = title.slice(first.length);
    if ([...first].length < 2 || [...second].length < 2) continue;
    const a = textEm(first);
    const b = textEm(second);
    // Balanced lines first, and best between the plan's name and the table's (…规划 / 年度投资和领域安排计划表);
    // between equals, the longer line on top.
    const beforeTable = TABLE_NAMES.some((name) => second === name);
    breaks.push({ first, second, worse: Math.max(a, b) - (beforeTable ? TABLE_BREAK_BONUS_EM : 0) + (b > a ? 0.01 : 0) });
  }
  breaks.sort((x, y) => x.worse - y.worse);
  for (let pt = fontPt; pt >= fontPt * SMALLEST_SHARE - 1e-9; pt -= 1) {
    if (fitsAt(title, pt)) return { lines: [title], fontPt: pt };
    const fitting = breaks.find((b) => fitsAt(b.first, pt) && fitsAt(b.second, pt));
    if (fitting) return { lines: [fitting.first, fitting.second], fontPt: pt };
  }
  const best = breaks[0];
  return best ? { lines: [best.first, best.second], fontPt } : { lines: [title], fontPt };
}
