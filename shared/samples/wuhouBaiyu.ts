import { asRecipientId, asYear } from '../model/ids.ts';
import type { Plan } from '../model/plan.ts';
import { amounts, category, project } from './build.ts';

const SOURCE = '武侯区上年度一般公共预算收入的0.5%帮扶资金';

/**
 * 《武侯区对口帮扶白玉县规划（2016—2020年）》, see docs/domain.md. The funding rule (0.5% of
 * 54.34亿元 in 2015, +5% a year), the plan's own rounded yearly money, the
 * category table (图表2), the 8 projects of the 附件 and the mapping from the
 * project table's category names to the category table's.
 */
export function wuhouBaiyu(): Plan {
  return {
    title: '成都市武侯区对口帮扶白玉县规划（2016—2020年）',
    donor: '成都市武侯区',
    recipients: [{ id: asRecipientId('r1'), name: '白玉县', carrierUnit: '' }],
    firstYear: asYear(2016),
    lastYear: asYear(2020),
    unit: '万元',
    fundingRule: {
      baseYear: asYear(2015),
      baseRevenue: '543400',
      ratePercent: '0.5',
      growthPercent: '5',
      actualRevenue: {},
      extra: {},
    },
    yearlyMoney: amounts({ 2016: '2700', 2017: '2852', 2018: '2995', 2019: '3145', 2020: '3308' }),
    categories: [
      category('c1', '产业优化', ['加快产业优化升级', '产业优化升级', '产业化项目'], { 2016: '800', 2017: '0', 2018: '250', 2019: '250', 2020: '0' }),
      category('c2', '民生改善', ['民生社保项目', '民生保障工程', '民生保障项目'], { 2016: '0', 2017: '2827', 2018: '2720', 2019: '2870', 2020: '3283' }),
      category('c3', '基础设施建设', ['基础设施项目'], { 2016: '1850', 2017: '0', 2018: '0', 2019: '0', 2020: '0' }),
      category('c4', '人才培养', ['人才队伍建设'], { 2016: '0', 2017: '25', 2018: '25', 2019: '25', 2020: '25' }),
      category('c5', '社会管理', ['创新社会管理', '社会管理创新'], { 2016: '50', 2017: '0', 2018: '0', 2019: '0', 2020: '0' }),
    ],
    projects: [
      project('p1', {
        category: '民生社保项目',
        startYear: 2017,
        endYear: 2020,
        name: '白玉县农村危房改造',
        content: '对白玉县17个乡（镇）所有农村住房困难户、危房户、无房户进行房屋改造及建设。切实改善群众住房条件，解决群众住房难问题',
        totalInvestment: '11700',
        byYear: { 2017: '2827', 2018: '2720', 2019: '2870', 2020: '3283' },
        units: ['白玉县住建局'],
        fundingSource: SOURCE,
      }),
      project('p2', {
        category: '加快产业优化升级',
        startYear: 2016,
        endYear: 2016,
        name: '昌台牦牛养殖和帐篷城建设',
        content: '打造以特色农牧产品规模化种（养）殖和集会务、旅游、接待为一体的“昌台帐篷城接待基地”',
        totalInvestment: '300',
        byYear: { 2016: '300' },
        units: ['白玉县农牧局'],
        fundingSource: SOURCE,
      }),
      project('p3', {
        category: '加快产业优化升级',
        startYear: 2016,
        endYear: 2016,
        name: '藏式民居接待建设项目',
        content: '建设白玉县藏式民居接待点',
        totalInvestment: '200',
        byYear: { 2016: '200' },
        units: ['白玉县文旅局'],
        fundingSource: SOURCE,
      }),
      project('p4', {
        category: '加快产业优化升级',
        startYear: 2016,
        endYear: 2016,
        name: '河坡民族特色手工业',
        content: '把河坡手工业打造成藏区旅游亮点，打造新农村基层建设示范点位',
        // 资金总投入为1500万元，对口援建帮扶资金计划投入300万元，不足部分由当地自筹 (《武侯区对口帮扶白玉县规划（2016—2020年）》)
        totalInvestment: '1500',
        byYear: { 2016: '300' },
        units: ['白玉县发改局'],
        fundingSource: `${SOURCE}；不足部分由当地自筹`,
        remarks: '总投入1500万元，其中援建资金300万元',
      }),
      project('p5', {
        category: '加快产业优化升级',
        startYear: 2018,
        endYear: 2019,
        name: '火龙沟自然保护区巴巴沟旅游基础设施建设项目',
        content: '建设旅游接待中心基础设施。通过火龙生态旅游区配套设施建设，带动经济发展，促进农牧民增收',
        totalInvestment: '500',
        byYear: { 2018: '250', 2019: '250' },
        units: ['白玉县文广局'],
        fundingSource: SOURCE,
      }),
      project('p6', {
        category: '基础设施建设',
        startYear: 2016,
        endYear: 2016,
        name: '偶曲河防洪综合治理工程',
        content: '修筑县城河堤堡坎、斜坡固沙挡墙，修建应急避难设施',
        totalInvestment: '1850',
        byYear: { 2016: '1850' },
        units: ['白玉县住建局'],
        fundingSource: SOURCE,
      }),
      project('p7', {
        category: '人才队伍建设',
        startYear: 2017,
        endYear: 2020,
        name: '村级组织能力提升培训',
        content: '主要针对白玉县村干部人才培训',
        totalInvestment: '100',
        byYear: { 2017: '25', 2018: '25', 2019: '25', 2020: '25' },
        units: ['白玉县组织部', '白玉县农牧科技局'],
        fundingSource: SOURCE,
      }),
      project('p8', {
        category: '社会管理',
        startYear: 2016,
        endYear: 2016,
        name: '社会管理创新',
        content: '建立健全社会创新管理体制机制，加大软、硬件设施建设',
        totalInvestment: '50',
        byYear: { 2016: '50' },
        units: ['白玉县政法委'],
        fundingSource: SOURCE,
      }),
    ],
  };
}
