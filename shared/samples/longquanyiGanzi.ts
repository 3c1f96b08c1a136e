import { asRecipientId, asYear } from '../model/ids.ts';
import type { Plan } from '../model/plan.ts';
import { category, project } from './build.ts';

const CASH = '一般公共预算收入的0.5%现金帮扶资金';
const DEADLINE = '11月底前';
const MINSHENG = '保障改善民生';
const CHANYE = '培育壮大优势产业';
const RENCAI = '强化人才培养协作';
const JIAOLIU = '加强两地交流互动';

/**
 * The 项目及投资安排表 of 《龙泉驿区2020年对口帮扶甘孜县工作要点》 (docs/domain.md), 11 projects, 3563.54万元.
 * The document has no category column; the categories are the four 重点任务
 * of its 工作要点, each project under the task that describes it.
 */
export function longquanyiGanzi(): Plan {
  const p = (n: number, cat: string, name: string, content: string, amount: string, units: string[], fundingSource = CASH) =>
    project(`p${n}`, {
      category: cat,
      name,
      content,
      startYear: 2020,
      endYear: 2020,
      byYear: amount === '' ? {} : { 2020: amount },
      units,
      fundingSource,
      deadline: DEADLINE,
    });
  return {
    title: '龙泉驿区2020年对口帮扶甘孜县项目及投资安排表',
    donor: '成都市龙泉驿区',
    recipients: [{ id: asRecipientId('r1'), name: '甘孜县', carrierUnit: '' }],
    firstYear: asYear(2020),
    lastYear: asYear(2020),
    unit: '万元',
    fundingRule: null,
    yearlyMoney: {},
    categories: [
      category('c1', MINSHENG, ['民生改善'], { 2020: '1013.54' }),
      category('c2', CHANYE, ['产业发展'], { 2020: '2460' }),
      category('c3', RENCAI, ['人才培养'], { 2020: '90' }),
      category('c4', JIAOLIU, ['全域帮扶'], { 2020: '0' }),
    ],
    projects: [
      p(
        1,
        MINSHENG,
        '住房安全保障',
        '协助甘孜县卡龙乡哈西二村、仁果乡吾中村、查龙镇吉庆一村等11个乡镇36个村70户农牧民群众完成住房改造加固，帮助农牧民群众住上安全的房子。',
        '140',
        ['区住建局'],
      ),
      p(
        2,
        MINSHENG,
        '教育扶贫提升',
        '1. 实施“金凤凰”异地代培。接收甘孜县20名农牧民子女到我区就读初一。\n2. 扶持奖励优秀师生。\n3. 实施教育人才互派。\n4. 引进优秀教育人才。\n5. 提升基础教育能力。\n6. 开展校对校结对帮扶。',
        '280',
        ['区教育局'],
      ),
      p(
        3,
        MINSHENG,
        '医卫扶贫提升',
        '1. 加强医疗卫生机构能力建设。\n2. 实施医卫人才互派。\n3. 实施人才引进计划。\n4. 实施妇幼阳光补助。对800名甘孜县户籍住院分娩的农村孕产妇给予补助。',
        '233.54',
        ['区卫健局'],
      ),
      p(4, MINSHENG, '孤寡老人关爱', '为甘孜县公办敬老院孤寡老人提供基本生活所需物资，保障他们“吃穿两不愁”。', '60', ['区民政局']),
      p(5, CHANYE, '产业发展帮扶', '巩固贫困村脱贫成效，支持其发展壮大集体经济，助推甘孜县产业发展。', '2120', ['区农业农村局', '区文体旅局']),
      p(6, CHANYE, '旅游产业发展', '帮助完善甘孜县317国道、色洛路、甘白路沿线旅游综合服务设施，构建“一心三线多点”旅游发展格局。', '100', ['区文体旅局']),
      p(7, CHANYE, '集体经济培育拓展', '1. 发展提升牦牛产业。\n2. 实施企业招引计划。协助引进3家内地企业到甘孜县投资兴业。', '240', [
        '区农业农村局',
        '区投促局',
      ]),
      p(8, MINSHENG, '就业帮扶促进', '1. 建设就业创业服务平台。\n2. 实施就业帮扶促进。', '100', ['区人社局']),
      p(9, RENCAI, '干部能力提升', '1. 开展人才交流互派。\n2. 培训培养干部人才。\n3. 实施党建信息化建设。', '90', [
        '区委组织部',
        '区纪委机关（区巡察办）',
        '区级各有关部门及街镇',
      ]),
      p(
        10,
        JIAOLIU,
        '社会力量帮扶',
        '1. 开展“结对共建”帮扶行动。\n2. 开展“千企帮千村”结对帮扶行动。\n3. 开展“社会爱心”帮扶行动。',
        '',
        ['区委组织部', '区委统战部', '区工商联', '汽车功能区管委会', '区级各有关部门及街镇'],
        '自筹自有资金或协调引进社会资金',
      ),
      p(11, MINSHENG, '基础设施建设', '帮助完善斯俄乡斯俄一村道路两侧路灯及配套设施，改善甘孜县城乡居民生产生活条件。', '200', ['区住建局']),
    ],
  };
}
