import { toWan } from '../../../shared/money/wan.ts';
import { asProjectId, asYear } from '../../../shared/model/ids.ts';
import type { Plan, Project } from '../../../shared/model/plan.ts';
import { SAMPLES } from '../../../shared/samples/index.ts';

/** "项目第007号": names that no other name contains. */
export const projectName = (i: number): string => `项目第${String(i + 1).padStart(3, '0')}号`;
/** A content text unique to the project, long enough to wrap over several lines. */
export const projectContent = (i: number): string =>
  `第${String(i + 1).padStart(3, '0')}号建设内容：新建村级活动阵地一处，配套完善供水、供电、道路及绿化设施，组织农牧民技能培训，带动群众就近就业增收。`;

/**
 * The 武侯区 sample with 60 generated projects instead of its 8: a project
 * table that must run over several pages. Amounts are exact cents.
 */
export function sixtyProjectPlan(): Plan {
  const base = SAMPLES['wuhou-baiyu-2016-2020']();
  const categories = ['民生社保项目', '加快产业优化升级', '基础设施建设', '人才队伍建设', '社会管理'];
  const projects: Project[] = Array.from({ length: 60 }, (_, i) => {
    const start = 2016 + (i % 5);
    const end = Math.min(2020, start + (i % 3));
    const byYear: Record<string, ReturnType<typeof toWan>> = {};
    for (let y = start; y <= end; y++) byYear[String(y)] = toWan(`${100 + ((i * 37) % 900)}.${String((i * 13) % 100).padStart(2, '0')}`);
    return {
      id: asProjectId(`g${i + 1}`),
      category: categories[Math.floor(i / 12)]!,
      name: projectName(i),
      content: projectContent(i),
      startYear: asYear(start),
      endYear: asYear(end),
      totalInvestment: toWan(String(2000 + i)),
      aid: null,
      byYear,
      fundingSource: '武侯区上年度一般公共预算收入的0.5%帮扶资金',
      units: i % 4 === 0 ? ['白玉县住建局', '白玉县农牧科技局'] : ['白玉县发改局'],
      deadline: '',
      remarks: '',
    };
  });
  return { ...base, projects };
}

/** "第7号帮扶项目": the short names of the issue that printed broken after five characters. */
export const aidProjectName = (i: number): string => `第${i + 1}号帮扶项目`;

/**
 * The 60-project plan as a partner titles and names it: a one-year title that
 * does not fit one line («…2021年项目资金安排计划»), short project names
 * «第N号帮扶项目», two-character categories.
 */
export function sixtyAidProjectPlan(): Plan {
  const plan = sixtyProjectPlan();
  const categories = ['产业', '民生', '教育', '卫生', '人才'];
  return {
    ...plan,
    title: '成都市武侯区对口帮扶白玉县2021年项目资金安排计划',
    projects: plan.projects.map((p, i) => ({ ...p, name: aidProjectName(i), category: categories[i % 5]! })),
  };
}
