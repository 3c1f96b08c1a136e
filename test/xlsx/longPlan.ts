import { Decimal } from '../../shared/money/decimal.ts';
import { toWan, type Wan } from '../../shared/money/wan.ts';
import { asCategoryId, asProjectId, asRecipientId, asYear } from '../../shared/model/ids.ts';
import type { Category, Plan, Project } from '../../shared/model/plan.ts';

const CATEGORY_NAMES = ['产业发展', '民生改善', '基础设施建设', '人才培养', '社会管理', '生态保护', '文化旅游', '教育医疗', '乡村振兴', '劳务协作'];

/**
 * A plan with `count` projects over 2016–2020 in up to ten categories, amounts
 * with cents, long multi-line content; its category table is the projects'
 * roll-up, so it reconciles. For print, interop and bench runs.
 */
export function longPlan(count: number, categoryCount = 5): Plan {
  const years = [2016, 2017, 2018, 2019, 2020];
  const names = CATEGORY_NAMES.slice(0, categoryCount);
  const sums = names.map(() => years.map(() => new Decimal(0)));
  const projects: Project[] = [];
  for (let c = 0; c < names.length; c++) {
    for (let i = c; i < count; i += names.length) {
      const byYear: Record<string, Wan> = {};
      years.forEach((y, k) => {
        if ((i + k) % 3 === 0) return;
        const amount = new Decimal((i * 7919 + k * 104729) % 100000).div(100).plus(k * 10);
        byYear[String(y)] = toWan(amount);
        sums[c]![k] = sums[c]![k]!.plus(amount);
      });
      const seq = String(i + 1).padStart(3, '0');
      projects.push({
        id: asProjectId(`p${i + 1}`),
        category: i % 2 === 0 ? names[c]! : `${names[c]}项目`,
        name: `第${seq}号帮扶项目`,
        content: `1. 建设内容之一，第${seq}号项目的主要建设规模与标准。\n2. 配套设施建设及后续管护。`,
        startYear: asYear(2016),
        endYear: asYear(2020),
        totalInvestment: toWan(
          Object.values(byYear)
            .reduce((a, v) => a.plus(v), new Decimal(0))
            .times(2),
        ),
        aid: null,
        byYear,
        fundingSource: '一般公共预算收入的0.5%帮扶资金',
        units: ['县发改局', '县财政局'],
        deadline: '12月底前',
        remarks: '',
      });
    }
  }
  const categories: Category[] = names.map((name, c) => ({
    id: asCategoryId(`c${c + 1}`),
    name,
    aliases: [`${name}项目`],
    byYear: Object.fromEntries(years.map((y, k) => [String(y), toWan(sums[c]![k]!)])),
  }));
  return {
    title: `测试区对口帮扶测试县规划（${count}个项目）`,
    donor: '测试区',
    recipients: [{ id: asRecipientId('r1'), name: '测试县', carrierUnit: '' }],
    firstYear: asYear(2016),
    lastYear: asYear(2020),
    unit: '万元',
    fundingRule: null,
    yearlyMoney: {},
    categories,
    projects,
  };
}
