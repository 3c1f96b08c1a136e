/**
 * A place in a plan, in words, from its schema path. Its own module (no schema, no zod), so the import
 * worker can name places without loading the file format's validator.
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
