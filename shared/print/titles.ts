import type { Plan } from '../model/plan.ts';
import type { PrintOptions, PrintTableKey } from './options.ts';

const SUFFIX: Readonly<Record<PrintTableKey, string>> = {
  envelope: '帮扶资金测算表',
  categories: '年度投资和领域安排计划表',
  projects: '项目表',
  charts: '项目投资结构图',
  recipients: '受援方资金安排表',
  progress: '项目进度表',
};

/**
 * The printed title of an annex: the user's own if set, else derived from the
 * plan title as the source plans (docs/domain.md) title their annexes: "成都市武侯区对口帮扶白玉县规划
 * （2016—2020年）" → "成都市武侯区对口帮扶白玉县规划项目表". A plan titled as a
 * table ("…项目及投资安排表") keeps its title for the project table.
 */
export function annexTitle(plan: Plan, key: PrintTableKey, options?: Pick<PrintOptions, 'titles'>): string {
  const own = options?.titles[key]?.trim();
  if (own) return own;
  const title = tidy(plan.title);
  if (key === 'projects' && title.endsWith('表')) return title;
  const base = tidy(title.replace(/[（(][^（）()]*[）)]\s*$/, '').replace(/(项目及投资安排表|项目表|安排表|计划表|表)$/, ''));
  const head = base || `${plan.donor}对口帮扶${plan.recipients.map((r) => r.name).join('、')}`;
  return joinWithoutRepeat(head, SUFFIX[key]);
}

/** Book-title marks, quotes around the whole title, spaces and punctuation at either end go: 《…规划》： → …规划. */
function tidy(text: string): string {
  let t = text.trim();
  for (let before = ''; before !== t;) {
    before = t;
    t = t.replace(/^[《〈“"'‘「『\s]+|[》〉”"'’」』\s]+$/g, '').replace(/^[，,、：:；;。.！!？?—–\-\s]+|[，,、：:；;。.！!？?—–\-\s]+$/g, '');
  }
  return t;
}

/**
 * head + suffix, where the end of head that the suffix starts with is said once:
 * "…2013年项目" + "项目进度表" → "…2013年项目进度表"; "…领域安排" + "年度投资和领域安排计划表" stays
 * as it is unless head ends with the suffix's first two characters or more.
 */
function joinWithoutRepeat(head: string, suffix: string): string {
  if (head.endsWith(suffix)) return head;
  for (let k = suffix.length - 1; k >= 2; k--) if (head.endsWith(suffix.slice(0, k))) return `${head}${suffix.slice(k)}`;
  return `${head}${suffix}`;
}
