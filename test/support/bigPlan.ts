import { toWan, type Wan } from '../../shared/money/wan.ts';
import { asCategoryId, asProjectId, asRecipientId, asYear } from '../../shared/model/ids.ts';
import type { Category, Plan, Project } from '../../shared/model/plan.ts';

/**
 * A large, consistent plan for benchmarks: `projects` projects over `years`
 * years in `categories` categories; the category table equals the roll-up.
 * Deterministic (a fixed linear congruential sequence), so runs compare.
 */
export function bigPlan({ projects = 10_000, years = 10, categories = 50, firstYear = 2021 } = {}): Plan {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
  const yearKeys = Array.from({ length: years }, (_, i) => String(firstYear + i));
  const sums = Array.from({ length: categories }, () => yearKeys.map(() => 0n));
  const list: Project[] = [];
  for (let i = 0; i < projects; i++) {
    const c = next() % categories;
    const start = next() % years;
    const end = Math.min(years - 1, start + (next() % 3));
    const byYear: Record<string, Wan> = {};
    for (let y = start; y <= end; y++) {
      const cents = BigInt(next() % 1_000_000);
      sums[c]![y]! += cents;
      byYear[yearKeys[y]!] = toWan(`${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`);
    }
    list.push({
      id: asProjectId(`p${i}`),
      category: `类别${c + 1}`,
      name: `项目${i + 1}`,
      content: '建设内容及规模',
      startYear: asYear(firstYear + start),
      endYear: asYear(firstYear + end),
      totalInvestment: null,
      aid: null,
      byYear,
      fundingSource: '一般公共预算收入的0.5%',
      units: ['责任单位'],
      deadline: '12月底前',
      remarks: '',
    });
  }
  const cats: Category[] = sums.map((row, c) => ({
    id: asCategoryId(`c${c + 1}`),
    name: `类别${c + 1}`,
    aliases: [],
    byYear: Object.fromEntries(row.map((cents, y) => [yearKeys[y]!, toWan(`${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`)])),
  }));
  return {
    title: '大型测试规划',
    donor: '帮扶方',
    recipients: [{ id: asRecipientId('r1'), name: '受援方', carrierUnit: '' }],
    firstYear: asYear(firstYear),
    lastYear: asYear(firstYear + years - 1),
    unit: '万元',
    fundingRule: { baseYear: asYear(firstYear - 1), baseRevenue: '10000000', ratePercent: '0.5', growthPercent: '5', actualRevenue: {}, extra: {} },
    yearlyMoney: {},
    categories: cats,
    projects: list,
  };
}
