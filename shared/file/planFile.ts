import type { Plan } from '../model/plan.ts';
import { FORMAT_NAME, FORMAT_VERSION, fileSchema } from './schema.ts';
import { describeIssues } from './describePath.ts';

export type PlanFileRead = { ok: true; plan: Plan } | { ok: false; message: string };

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
