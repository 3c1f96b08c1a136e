import type { PlanChange } from './planDiff.ts';

/** 新增 / 删除 / 修改: the kind of a change as 比较修改稿 and `aidplan diff` name it. */
export function changeMark(c: PlanChange): '新增' | '删除' | '修改' {
  if (c.kind === 'categoryAdded' || c.kind === 'projectAdded') return '新增';
  if (c.kind === 'categoryRemoved' || c.kind === 'projectRemoved') return '删除';
  return '修改';
}

/** Said of a change whose row was matched by name or content, not by its 行标识. */
export const GUESS_NOTE = '推测对应：修改稿中此行没有行标识，按名称和内容对应';

/**
 * A change as one line of text, the form `aidplan diff` prints (the view shows
 * the same mark, label and values in columns): "* 项目“A”的项目名称：A → B".
 */
export function changeLine(c: PlanChange): string {
  const mark = changeMark(c);
  const guess = c.guess ? '（推测对应）' : '';
  if (mark === '新增') return `+ ${c.label}${guess}`;
  if (mark === '删除') return `- ${c.label}${guess}`;
  return `* ${c.label}：${c.before} → ${c.after}${guess}`;
}

/** The count line above the list: «还有 5 处差异（已拒绝 1 处）». */
export function changeCount(open: number, rejected: number): string {
  return `${open > 0 ? `还有 ${open} 处差异` : '没有未处理的差异'}${rejected > 0 ? `（已拒绝 ${rejected} 处）` : ''}`;
}
