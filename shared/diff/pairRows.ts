import { normaliseCategoryName } from '../model/categoryIndex.ts';

/** Two rows taken as the same row of two drafts; `guess` when paired by name or content rather than by id. */
export interface RowPair<T> {
  readonly base: T;
  readonly other: T;
  readonly guess: boolean;
}

export interface RowMatching<T> {
  /** Ids of `other` rows that are no identity (numbered when read from a workbook without 行标识). */
  readonly assignedIds: ReadonlySet<string>;
  /** Whether two rows hold the same thing apart from their name (same content, same amounts…), the evidence for a guess. */
  readonly alike: (base: T, other: T) => boolean;
}

const sameName = (a: { name: string }, b: { name: string }) => normaliseCategoryName(a.name) === normaliseCategoryName(b.name);

/**
 * Pairs the rows of two drafts. By id first: a row keeps its id through a
 * rename, a move or any edit (ids travel in the .aidplan and in the hidden
 * 行标识 column of exported workbooks), however much of it changed. Ids the
 * reader numbered itself (`assignedIds`) are no identity. The rows left are
 * then paired as guesses: same name first, then alike (a renamed row that
 * kept its content). What is left over is added or removed.
 */
export function pairRows<T extends { readonly id: string; readonly name: string }>(
  base: readonly T[],
  other: readonly T[],
  matching: RowMatching<T>,
): { pairs: RowPair<T>[]; added: T[]; removed: T[] } {
  const pairs: RowPair<T>[] = [];
  const usedBase = new Set<T>();
  const usedOther = new Set<T>();
  const take = (a: T, b: T, guess: boolean) => {
    pairs.push({ base: a, other: b, guess });
    usedBase.add(a);
    usedOther.add(b);
  };
  const baseById = new Map(base.map((b) => [b.id as string, b]));
  for (const o of other) {
    if (matching.assignedIds.has(o.id)) continue;
    const b = baseById.get(o.id);
    if (b) take(b, o, false);
  }
  for (const test of [sameName, matching.alike]) {
    for (const b of base) {
      if (usedBase.has(b)) continue;
      const o = other.find((x) => !usedOther.has(x) && test(b, x));
      if (o) take(b, o, true);
    }
  }
  return { pairs, added: other.filter((o) => !usedOther.has(o)), removed: base.filter((b) => !usedBase.has(b)) };
}
