import { PRINT_TABLE_KEYS, defaultPrintOptions, type PrintOptions, type PrintTableKey } from './options.ts';

/** One line of the 打印预览 controls: a table, whether it prints, its 附件 number. */
export interface PrintChoice {
  readonly key: PrintTableKey;
  readonly include: boolean;
  /** null: printed without an 附件 label. */
  readonly annex: number | null;
}

/**
 * Every table as a choice, in the order of `options` first (included), then
 * the tables it leaves out (not included), numbered after the last annex.
 */
export function choicesFrom(options: PrintOptions = defaultPrintOptions()): PrintChoice[] {
  const chosen: PrintChoice[] = options.sections.map((s) => ({ key: s.key, include: true, annex: s.annex }));
  let next = Math.max(0, ...options.sections.map((s) => s.annex ?? 0)) + 1;
  const rest = PRINT_TABLE_KEYS.filter((k) => !options.sections.some((s) => s.key === k)).map((key) => ({ key, include: false, annex: next++ }));
  return [...chosen, ...rest];
}

/** The print options of these choices: the included tables in their order. */
export function optionsFrom(choices: readonly PrintChoice[], base: PrintOptions = defaultPrintOptions()): PrintOptions {
  return { ...base, sections: choices.filter((c) => c.include).map((c) => ({ key: c.key, annex: c.annex })) };
}

/** Moves the choice at `index` one place up (-1) or down (+1); out of range leaves them as they are. */
export function moveChoice(choices: readonly PrintChoice[], index: number, by: -1 | 1): PrintChoice[] {
  const target = index + by;
  if (index < 0 || index >= choices.length || target < 0 || target >= choices.length) return [...choices];
  const out = [...choices];
  [out[index], out[target]] = [out[target]!, out[index]!];
  return out;
}

/** Replaces the choice for `key` with `change` applied. */
export function updateChoice(choices: readonly PrintChoice[], key: PrintTableKey, change: Partial<Omit<PrintChoice, 'key'>>): PrintChoice[] {
  return choices.map((c) => (c.key === key ? { ...c, ...change } : c));
}

/** Numbers the included tables 附件first, first+1… in their order (an unnumbered table stays unnumbered). */
export function renumber(choices: readonly PrintChoice[], first = 1): PrintChoice[] {
  let next = first;
  return choices.map((c) => (c.include && c.annex !== null ? { ...c, annex: next++ } : c));
}
