/**
 * The text of 帮助 › 使用说明: the year's workflow (docs/domain.md), the views
 * (from shared/views.ts), the keyboard shortcuts, and what each check means. The check list is built from
 * PROBLEM_CODES, and the explanations are a Record over its codes, so a new
 * check without an explanation is a compile error rather than a gap.
 */
import { PROBLEM_CODES, type ProblemCode } from '../../shared/checks/problem.ts';
import { VIEW_LIST, VIEW_SHORTCUT_COUNT, type ViewName } from '../../shared/views.ts';

/** One step of the workflow. */
export interface GuideStep {
  readonly title: string;
  readonly text: string;
}

export const WORKFLOW: readonly GuideStep[] = [
  {
    title: '确定资金',
    text: '在“规划信息”中填写规划期、帮扶方和受援方，按上年度一般公共预算收入和比例（通常为0.5%）测算每年的帮扶资金；人大批复实际完成数后，改填实际收入，另行增加的投入也在这里填写。',
  },
  {
    title: '按领域和年度分配',
    text: '在“年度领域安排表”中逐年填写各类别的金额。合计行、合计列和占比自动计算，占比合计恰为100.00%；每年的安排与当年资金相比，超出或未安排完都会提示。',
  },
  {
    title: '列出项目',
    text: '在“项目表”中填写每个项目的类别、开工和竣工年限、估算总投资和各年援建资金。项目按类别逐年汇总，在“核对”中与年度领域安排表比对，差额标在对应单元格。',
  },
  {
    title: '与对方交换修改稿',
    text: '用“文件 › 导出Excel”把规划表发给对方；收到的修改稿用“工具 › 比较修改稿”逐处接受或拒绝。多个规划可用“工具 › 多个规划汇总”合计。',
  },
  {
    title: '打印和报告进度',
    text: '在“打印预览”中选择附件，打印或导出PDF作为公文附件；年度中在“进度”里登记资金到位和完成投资，到位率和完成率自动计算。',
  },
];

/** One shortcut: the keys as printed on a Windows keyboard, and what they do. */
export interface Shortcut {
  readonly keys: string;
  readonly action: string;
}

export const WINDOW_SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Ctrl+N', action: '新建规划' },
  { keys: 'Ctrl+O', action: '打开文件' },
  { keys: 'Ctrl+S', action: '保存' },
  { keys: 'Ctrl+Shift+S', action: '另存为' },
  { keys: 'Ctrl+Z', action: '撤销' },
  { keys: 'Ctrl+Y', action: '重做' },
  { keys: 'Ctrl+P', action: '打印预览' },
  {
    keys: `Ctrl+1 … Ctrl+${VIEW_SHORTCUT_COUNT}`,
    action: `切换视图：${VIEW_LIST.filter((v) => v.shortcut !== null)
      .map((v) => v.label)
      .join('、')}`,
  },
  { keys: 'F1', action: '使用说明' },
];

export const SHEET_SHORTCUTS: readonly Shortcut[] = [
  { keys: '↑ ↓ ← →', action: '移动到相邻单元格' },
  { keys: 'Tab / Shift+Tab', action: '移动到右边 / 左边的单元格' },
  { keys: 'Enter', action: '开始编辑；编辑中按下则确认输入' },
  { keys: 'F2', action: '编辑单元格，保留原有内容' },
  { keys: 'Esc', action: '取消编辑，恢复原值' },
  { keys: 'Delete', action: '清除选中单元格的内容' },
  { keys: 'Shift+方向键', action: '扩大或缩小选中区域' },
  { keys: 'Ctrl+A', action: '选中整张表' },
  { keys: 'Ctrl+C', action: '复制选中区域，可直接粘贴到Excel或WPS' },
  { keys: 'Ctrl+V', action: '粘贴从Excel或WPS复制的区域（金额可带千分位或“万元”）' },
  { keys: 'Ctrl+D', action: '向下填充：用选中区域第一行的内容填满选区；只选一行时复制上一行' },
];

/** One view as the guide lists it: its tab label, its shortcut as printed, what it is for. */
export interface ViewGuideEntry {
  readonly name: ViewName;
  readonly label: string;
  readonly keys: string;
  readonly text: string;
}

/** Every view in tab order, from the one declaration (shared/views.ts). */
export const VIEW_GUIDE: readonly ViewGuideEntry[] = VIEW_LIST.map((v) => ({
  name: v.name,
  label: v.label,
  keys: v.shortcut === null ? '' : `Ctrl+${v.shortcut}`,
  text: v.help,
}));

/** What each check means and what to do about it (the name is PROBLEM_CODES'). */
const CHECK_EXPLANATIONS: Record<ProblemCode, string> = {
  NEGATIVE_AMOUNT: '金额不能小于零，请检查输入或导入的数字。',
  YEAR_OUTSIDE_PERIOD: '金额或年限落在规划期以外的年度。',
  DUPLICATE_CATEGORY: '两个类别的名称或别名相同，项目无法确定归入哪一类。',
  YEAR_OVER_MONEY: '某年各类别安排的合计超过当年帮扶资金。',
  YEAR_UNDER_MONEY: '某年安排的合计少于当年帮扶资金，还有资金没有安排。',
  MONEY_DEPARTS_FROM_RULE: '某年的计划资金与“上年度一般公共预算收入×比例”测算的结果不同（另行增加投入时属正常）。',
  PROJECT_NO_CATEGORY: '项目没有填写类别，无法汇总到年度领域安排表。',
  PROJECT_UNKNOWN_CATEGORY: '项目填写的类别与规划中任何类别的名称或别名都对不上；可给类别添加别名。',
  PROJECT_NO_NAME: '项目名称为空。',
  PROJECT_YEARS_MISSING: '项目缺少开工年限或竣工年限。',
  PROJECT_YEARS_REVERSED: '竣工年限早于开工年限。',
  PROJECT_AMOUNT_OUTSIDE_YEARS: '项目在开工至竣工年限以外的年度安排了资金。',
  PROJECT_AID_MISMATCH: '项目各年度资金相加不等于它的援建资金。',
  PROJECT_AID_OVER_INVESTMENT: '项目的援建资金超过了估算总投资。',
  ROLLUP_MISMATCH: '项目表按类别逐年汇总的金额与年度领域安排表不相等，差额见“核对”。',
  PROJECT_UNKNOWN_RECIPIENT: '项目所属的受援方不在规划的受援方名单中。',
  RECIPIENT_OVER_MONEY: '某受援方当年的项目安排超过它当年的资金。',
  RECIPIENT_UNDER_MONEY: '某受援方当年的项目安排少于它当年的资金。',
  RECIPIENTS_OVER_MONEY: '各受援方当年资金相加超过当年帮扶资金总额。',
  PROGRESS_ARRIVED_OVER_PLAN: '项目的到位资金超过了当年计划。',
  PROGRESS_COMPLETED_OVER_PLAN: '项目的完成投资超过了当年计划。',
  PROGRESS_COMPLETED_OVER_ARRIVED: '项目的完成投资超过了到位资金。',
  IMPORT_TOTAL_MISMATCH: '导入的工作表中，合计行或小计行写的数与它所汇总各行之和不同；规划按各行金额计算，请向对方核实。问题中列出工作表和单元格。',
  IMPORT_UNREADABLE_VALUE:
    '导入的工作表中有程序读不出数值的单元格（没有计算结果的公式、#DIV/0!等错误值、超出范围的数字），已按空白处理；请在原表中核对该单元格。',
  IMPORT_VALUE_REFUSED: '导入的工作表中有不是金额或年份的内容（如“约300”、公式文字），已按空白处理；金额为错误，年份为提醒。',
  IMPORT_ROW_SKIPPED: '导入的工作表中有一行有金额却没有名称，未能导入，金额没有计入规划。',
  IMPORT_AMOUNT_ROUNDED: '导入的金额精确到万元的两位小数以下（如380.2456万元），规划文件只保存两位小数，已四舍五入；问题中列出原数。',
};

/** One check as the guide lists it. */
export interface CheckEntry {
  readonly code: ProblemCode;
  /** The name the 问题 panel uses. */
  readonly name: string;
  readonly meaning: string;
}

/** Every check, in the order PROBLEM_CODES declares them. */
export function checkGuide(): readonly CheckEntry[] {
  return (Object.keys(PROBLEM_CODES) as ProblemCode[]).map((code) => ({ code, name: PROBLEM_CODES[code], meaning: CHECK_EXPLANATIONS[code] }));
}
