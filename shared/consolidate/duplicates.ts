import type { Plan } from '../model/plan.ts';

/** Files of one 汇总 that describe the same plan: summing them would count its money twice. */
export interface DuplicateGroup {
  /** Why, in Chinese: «帮扶方、受援方和规划期相同（龙泉驿区 → 甘孜县，2020—2020年）». */
  readonly reason: string;
  /** The files, in the order they were read (the first is counted by default). */
  readonly sources: readonly string[];
}

// An administrative prefix (province, city, prefecture) before a district or county name.
const PREFIX = /^(.{2,}?(?:省|自治区|特别行政区|市|自治州|州|地区|盟))(?=.{1,}(?:区|县|市|旗)$)/;

/**
 * A place name without spaces and without the prefixes a document may or may
 * not write: «成都市龙泉驿区» and «龙泉驿区» are one donor, «四川省甘孜藏族自治州
 * 泸定县» and «泸定县» one recipient.
 */
export function normalisePlaceName(name: string): string {
  let text = name.replace(/[\s\u00A0\u3000]+/g, '');
  for (let match = PREFIX.exec(text); match; match = PREFIX.exec(text)) text = text.slice(match[1]!.length);
  return text;
}

const pairingKey = (plan: Plan) =>
  `${normalisePlaceName(plan.donor)}→${plan.recipients
    .map((r) => normalisePlaceName(r.name))
    .filter(Boolean)
    .sort()
    .join('、')}|${plan.firstYear}-${plan.lastYear}`;

/** The plan's project names, normalised and sorted; empty when it has fewer than two named projects (too little to call two plans the same). */
function projectsKey(plan: Plan): string {
  const names = plan.projects.map((p) => p.name.replace(/[\s\u00A0\u3000]+/g, '')).filter(Boolean);
  return names.length < 2 ? '' : `${names.sort().join('\n')}|${plan.firstYear}-${plan.lastYear}`;
}

/**
 * Groups the files that describe the same pairing and period (same 帮扶方 and
 * 受援方 after normalising prefixes) or list the same projects in the same
 * period: e.g. our 龙泉驿.aidplan beside the partner's .xlsx of the same plan.
 */
export function findDuplicates(sources: readonly { readonly source: string; readonly plan: Plan }[]): DuplicateGroup[] {
  // Union-find over the files: two files are one group when either key matches.
  const parent = sources.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const found: { at: number; reason: string }[] = [];
  const join = (keyOf: (plan: Plan) => string, reason: (plan: Plan) => string) => {
    const first = new Map<string, number>();
    sources.forEach(({ plan }, i) => {
      const key = keyOf(plan);
      if (key === '' || key.startsWith('→') || key.includes('→|')) return; // a side left blank says nothing
      const seen = first.get(key);
      if (seen === undefined) first.set(key, i);
      else {
        const [a, b] = [root(seen), root(i)].sort((x, y) => x - y) as [number, number];
        if (a !== b) parent[b] = a;
        found.push({ at: i, reason: reason(plan) });
      }
    });
  };
  const period = (plan: Plan) => (plan.firstYear === plan.lastYear ? `${plan.firstYear}年` : `${plan.firstYear}—${plan.lastYear}年`);
  join(
    pairingKey,
    (plan) =>
      `帮扶方、受援方和规划期相同（${normalisePlaceName(plan.donor)} → ${plan.recipients.map((r) => normalisePlaceName(r.name)).join('、')}，${period(plan)}）`,
  );
  join(projectsKey, (plan) => `项目相同（${plan.projects.length}个项目，${period(plan)}）`);
  const reasons = new Map<number, string>();
  for (const { at, reason } of found) if (!reasons.has(root(at))) reasons.set(root(at), reason);
  const groups = new Map<number, string[]>();
  sources.forEach(({ source }, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), source]));
  return [...groups.entries()].filter(([, files]) => files.length > 1).map(([i, files]) => ({ reason: reasons.get(i) ?? '内容相同', sources: files }));
}

/** The files left out when nobody chose: every file of a group but its first. */
export function defaultExcluded(groups: readonly DuplicateGroup[]): Set<string> {
  return new Set(groups.flatMap((g) => g.sources.slice(1)));
}
