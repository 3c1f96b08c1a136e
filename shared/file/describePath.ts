/**
 * Places in a plan file in words, for schema issues and import notes. Apart from planFile.ts, so that what only
 * names places (the importer, the edit checks) need not load zod with the schema.
 */
import { CATEGORY_FIELD_LABELS, PLAN_FIELD_LABELS, PROJECT_FIELD_LABELS, RECIPIENT_FIELD_LABELS, RULE_FIELD_LABELS } from '../glossary.ts';

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
