import { asCategoryId, asRecipientId, asYear } from './ids.ts';
import type { Plan } from './plan.ts';

/**
 * 新建: an empty plan for one year (`year`, e.g. the current year), with one
 * recipient and one category to start typing into, the usual 0.5% rule left
 * for the user to fill in.
 */
export function blankPlan(year: number): Plan {
  return {
    title: '未命名规划',
    donor: '',
    recipients: [{ id: asRecipientId('r1'), name: '', carrierUnit: '' }],
    firstYear: asYear(year),
    lastYear: asYear(year),
    unit: '万元',
    fundingRule: null,
    yearlyMoney: {},
    categories: [{ id: asCategoryId('c1'), name: '类别1', aliases: [], byYear: {} }],
    projects: [],
  };
}
