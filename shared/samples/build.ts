import { toWan, type Wan } from '../money/wan.ts';
import { asCategoryId, asProjectId, asYear, type Year } from '../model/ids.ts';
import type { Category, Project, YearAmounts } from '../model/plan.ts';

/** Year amounts from a literal table, e.g. { 2016: '800' }; blanks left out. */
export function amounts(byYear: Record<number, string>): YearAmounts {
  const out: Record<string, Wan> = {};
  for (const [year, value] of Object.entries(byYear)) if (value !== '') out[year] = toWan(value);
  return out;
}

export function category(id: string, name: string, aliases: string[], byYear: Record<number, string>): Category {
  return { id: asCategoryId(id), name, aliases, byYear: amounts(byYear) };
}

type ProjectFields = Partial<Omit<Project, 'id' | 'byYear' | 'startYear' | 'endYear' | 'totalInvestment'>> & {
  startYear: number;
  endYear: number;
  totalInvestment?: string;
  byYear: Record<number, string>;
};

export function project(id: string, fields: ProjectFields): Project {
  return {
    id: asProjectId(id),
    category: fields.category ?? '',
    name: fields.name ?? '',
    content: fields.content ?? '',
    startYear: asYear(fields.startYear) as Year,
    endYear: asYear(fields.endYear) as Year,
    totalInvestment: fields.totalInvestment === undefined ? null : toWan(fields.totalInvestment),
    aid: fields.aid ?? null,
    byYear: amounts(fields.byYear),
    fundingSource: fields.fundingSource ?? '',
    units: fields.units ?? [],
    deadline: fields.deadline ?? '',
    remarks: fields.remarks ?? '',
  };
}
