/**
 * The one place where identifiers meet the words users see. Identifiers stay
 * English; everything shown is 简体中文.
 */
export const PLAN_FIELD_LABELS = {
  title: '标题',
  donor: '帮扶方',
  recipients: '受援方',
  firstYear: '规划期起始年',
  lastYear: '规划期终止年',
  unit: '单位',
  fundingRule: '资金测算规则',
  yearlyMoney: '计划资金',
  categories: '类别',
  projects: '项目',
} as const;

export const RULE_FIELD_LABELS = {
  baseYear: '基数年度',
  baseRevenue: '基数年一般公共预算收入',
  ratePercent: '帮扶比例',
  growthPercent: '年均增幅',
  actualRevenue: '实际完成收入',
  extra: '追加资金',
} as const;

export const CATEGORY_FIELD_LABELS = {
  id: '编号',
  name: '类别名称',
  aliases: '别名',
  byYear: '年度金额',
} as const;

export const PROJECT_FIELD_LABELS = {
  id: '编号',
  seq: '序号',
  category: '项目类别',
  name: '项目名称',
  content: '主要建设内容及规模',
  startYear: '开工年限',
  endYear: '竣工年限',
  totalInvestment: '估算总投资',
  aid: '援建资金',
  byYear: '实施年限',
  fundingSource: '资金来源',
  units: '责任单位',
  deadline: '完成时限',
  remarks: '备注',
  recipientId: '受援方',
  progress: '进度',
} as const;

export const RECIPIENT_FIELD_LABELS = {
  id: '编号',
  name: '名称',
  carrierUnit: '帮扶载体单位',
  money: '帮扶资金',
} as const;

export const PROGRESS_FIELD_LABELS = {
  planned: '计划资金',
  arrived: '到位资金',
  completed: '完成投资',
  status: '状态',
  asOf: '截至日期',
} as const;

/** Names of the tables as they are titled in documents. */
export const TABLE_LABELS = {
  info: '规划信息',
  rule: '资金测算',
  envelope: '资金测算表',
  categories: '年度领域安排表',
  projects: '项目表',
  recipients: '受援方资金表',
  progress: '进度表',
  file: '文件',
} as const;
