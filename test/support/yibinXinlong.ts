import { toWan } from '../../shared/money/wan.ts';
import { asCategoryId, asProjectId, asRecipientId, asYear } from '../../shared/model/ids.ts';
import type { Plan, Project, ProjectProgress } from '../../shared/model/plan.ts';

/**
 * The 宜宾市 → 新龙县 year reported by 《甘孜日报》 (docs/domain.md): 5 projects, 1767.75万 of aid, 500万 arrived,
 * 210万 + 20万 completed. The split over projects is made up for the test;
 * the totals are the report's.
 */
export function yibinXinlong(): Plan {
  const project = (n: number, category: string, name: string, aid: string, progress: ProjectProgress): Project => ({
    id: asProjectId(`p${n}`),
    category,
    name,
    content: '',
    startYear: asYear(2013),
    endYear: asYear(2013),
    totalInvestment: null,
    aid: null,
    byYear: { 2013: toWan(aid) },
    fundingSource: '',
    units: [],
    deadline: '',
    remarks: '',
    progress: { 2013: progress },
  });
  const p = (arrived: string, completed: string, status: ProjectProgress['status']): ProjectProgress => ({
    arrived: toWan(arrived),
    completed: toWan(completed),
    status,
    asOf: '2013-09-30',
  });
  return {
    title: '宜宾市对口支援新龙县2013年项目',
    donor: '宜宾市',
    recipients: [{ id: asRecipientId('r1'), name: '新龙县', carrierUnit: '' }],
    firstYear: asYear(2013),
    lastYear: asYear(2013),
    unit: '万元',
    fundingRule: null,
    yearlyMoney: {},
    categories: [
      { id: asCategoryId('c1'), name: '民生', aliases: [], byYear: { 2013: toWan('567.75') } },
      { id: asCategoryId('c2'), name: '产业', aliases: [], byYear: { 2013: toWan('200') } },
      { id: asCategoryId('c3'), name: '基础设施', aliases: [], byYear: { 2013: toWan('1000') } },
    ],
    projects: [
      project(1, '民生', '雄龙西乡堤坝村“宜新”自来水工程', '300', p('200', '120', '在建')),
      project(2, '民生', '甲拉西乡曲格示范村建设工程', '267.75', p('150', '90', '在建')),
      project(3, '产业', '农业产业化洋葱基地建设工程', '200', p('150', '20', '在建')),
      project(4, '基础设施', '麻日大桥新建工程', '600', p('0', '0', '未开工')),
      project(5, '基础设施', '滨江防洪堤及道路工程（A段）', '400', p('0', '0', '未开工')),
    ],
  };
}
