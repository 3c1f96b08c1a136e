/**
 * The views of the main window, declared once: the tabs, the 视图 menu,
 * Ctrl+1…9 and 使用说明 are all built from this list, in this order, so they
 * cannot disagree. A view's shortcut is its place: the first nine tabs are
 * Ctrl+1…Ctrl+9, the rest have none (打印预览 also opens with Ctrl+P).
 * Which component shows each view is the renderer's registry
 * (renderer/app/viewRegistry.ts), keyed by these names.
 */

/** One view as declared: its name in code, its label where users see it, and what it is for (使用说明). */
export interface ViewDeclaration {
  readonly name: string;
  readonly label: string;
  readonly help: string;
}

const DECLARED = [
  { name: 'info', label: '规划信息', help: '规划名称、帮扶方和受援方、规划期，资金测算规则和各年资金。' },
  { name: 'categories', label: '年度领域安排表', help: '各类别逐年的金额；合计、占比自动计算，每年安排与当年资金比对。' },
  { name: 'projects', label: '项目表', help: '每个项目的类别、年限、估算总投资和各年援建资金，按类别显示小计。' },
  { name: 'reconcile', label: '核对', help: '项目按类别逐年汇总后与年度领域安排表比对，标出差额。' },
  { name: 'problems', label: '问题', help: '全部错误和提醒；单击一条跳到对应的单元格。' },
  { name: 'recipients', label: '受援方', help: '有多个受援方时，各受援方每年的资金和项目安排，以及项目所属的受援方。' },
  { name: 'progress', label: '进度', help: '年度中登记各项目的到位资金、完成投资和状态，到位率和完成率自动计算。' },
  { name: 'compare', label: '比较修改稿', help: '与对方发回的修改稿逐处比较，接受或拒绝每一处修改。' },
  { name: 'consolidate', label: '汇总', help: '把一个文件夹中的多个规划合计，可导出汇总表。' },
  { name: 'print', label: '打印预览', help: '选择要打印的附件，打印或导出PDF（Ctrl+P）。' },
  { name: 'charts', label: '图表', help: '各年资金和各领域占比的图表，随规划实时更新。' },
] as const satisfies readonly ViewDeclaration[];

/** The name of a view, e.g. 'categories'. */
export type ViewName = (typeof DECLARED)[number]['name'];

/** A view with its shortcut number (1…9) or null. */
export interface ViewInfo extends ViewDeclaration {
  readonly name: ViewName;
  /** N of Ctrl+N, or null for the views after the ninth. */
  readonly shortcut: number | null;
}

/** Ctrl+1 … Ctrl+9: the first nine views have a shortcut. */
export const VIEW_SHORTCUT_COUNT = 9;

/** Every view, in tab order, with its shortcut. */
export const VIEW_LIST: readonly ViewInfo[] = DECLARED.map((v, i) => ({ ...v, shortcut: i < VIEW_SHORTCUT_COUNT ? i + 1 : null }));

/** The names in tab order (for a zod enum or a loop). */
export const VIEW_NAMES = DECLARED.map((v) => v.name) as readonly ViewName[] as readonly [ViewName, ...ViewName[]];

/** The view of Ctrl+N, or null when N names none. */
export function viewOfShortcut(n: number): ViewName | null {
  return VIEW_LIST.find((v) => v.shortcut === n)?.name ?? null;
}

/** The view's declaration. */
export function viewInfo(name: ViewName): ViewInfo {
  return VIEW_LIST.find((v) => v.name === name)!;
}
