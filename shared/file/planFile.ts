import type { Plan } from '../model/plan.ts';
import { CATEGORY_FIELD_LABELS, PLAN_FIELD_LABELS, PROJECT_FIELD_LABELS, RECIPIENT_FIELD_LABELS, RULE_FIELD_LABELS } from '../glossary.ts';
import { FORMAT_NAME, FORMAT_VERSION, fileSchema } from './schema.ts';

export type PlanFileRead = { ok: true; plan: Plan } | { ok: false; message: string };

const label = (labels: Record<string, string>, key: PropertyKey) => labels[String(key)] ?? String(key);

const row = (n: PropertyKey | undefined) => Number(n) + 1;
const yearNote = (field: PropertyKey | undefined, key: PropertyKey | undefined) =>
  key === undefined ? '' : `（${String(key)}${field === 'byYear' ? '年' : ''}）`;

/** A schema path in words: ["plan","projects",3,"byYear","2017"] → 第4个项目的“实施年限”（2017年）. */
export function describePath(path: readonly PropertyKey[]): string {
  if (path[0] !== 'plan') return path.length === 0 ? '文件' : path.map(String).join('.');
  const [, key, index, field, sub] = path;
  const fieldNote = (labels: Record<string, string>) => (field === undefined ? '' : `的“${label(labels, field)}”`);
  switch (key) {
    case 'projects':
      return index === undefined ? '项目列表' : `第${row(index)}个项目${fieldNote(PROJECT_FIELD_LABELS)}${yearNote(field, sub)}`;
    case 'categories':
      return index === undefined ? '类别列表' : `第${row(index)}个类别${fieldNote(CATEGORY_FIELD_LABELS)}${yearNote(field, sub)}`;
    case 'recipients':
      return index === undefined ? '受援方列表' : `第${row(index)}个受援方${fieldNote(RECIPIENT_FIELD_LABELS)}`;
    case 'fundingRule':
      return `资金测算规则${index === undefined ? '' : `的“${label(RULE_FIELD_LABELS, index)}”`}${field === undefined ? '' : `（${String(field)}年）`}`;
    case 'yearlyMoney':
      return `计划资金${index === undefined ? '' : `（${String(index)}年）`}`;
    default:
      return `“${label(PLAN_FIELD_LABELS, key ?? '')}”`;
  }
}

/** The first schema issue in words, with how many more there are: «第3个项目的“备注”：文字过长（超过20000字）（另有1处问题）». */
export function describeIssues(
  issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[],
  prefix: readonly PropertyKey[] = [],
): string {
  const first = issues[0];
  if (!first) return '';
  const more = issues.length > 1 ? `（另有${issues.length - 1}处问题）` : '';
  return `${describePath([...prefix, ...first.path])}：${first.message}${more}`;
}

/**
 * Reads the text of an .aidplan file. Every failure is one Chinese sentence
 * naming what is wrong and where; a newer format version is refused.
 */
export function readPlanFile(text: string): PlanFileRead {
  if (text.trim() === '') return { ok: false, message: '文件是空的，不是有效的规划文件' };
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const where = /position (\d+)/.exec(String(error));
    const line = where ? text.slice(0, Number(where[1])).split('\n').length : null;
    return { ok: false, message: `文件已损坏或不是规划文件：内容不是有效的 JSON${line ? `（第${line}行附近）` : ''}` };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FORMAT_NAME) {
    return { ok: false, message: '这不是对口帮扶规划文件（.aidplan）' };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: '规划文件缺少有效的格式版本号' };
  }
  if (version > FORMAT_VERSION) {
    return {
      ok: false,
      message: `此文件由较新版本的对口帮扶规划表保存（格式版本${version}），当前程序只能打开版本${FORMAT_VERSION}及以下的文件，请升级程序后再打开`,
    };
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, message: `规划文件内容有误：${describeIssues(parsed.error.issues)}` };
  return { ok: true, plan: parsed.data.plan as unknown as Plan };
}

/** The text of an .aidplan file: UTF-8 JSON, two-space indented, ending in a newline. */
export function writePlanFile(plan: Plan): string {
  return `${JSON.stringify({ format: FORMAT_NAME, version: FORMAT_VERSION, plan }, null, 2)}\n`;
}
