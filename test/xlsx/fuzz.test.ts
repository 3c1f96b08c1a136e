/**
 * The reader's fuzz run in CI: 300 mutated workbooks from a fixed seed (the
 * full 2,000-run with a 1,000,000-row workbook is `npm run fuzz:xlsx`). Every
 * file is read or refused with a Chinese sentence; none throws anything else.
 */
import { describe, expect, it } from 'vitest';
import { runFuzz } from './fuzz/runFuzz.ts';

describe('the reader on 300 mutated workbooks', () => {
  it('reads or refuses each one with a Chinese sentence, never an uncaught error', () => {
    const r = runFuzz({ count: 300, seed: 20_261_201, bigRows: 210_000, slowMs: Infinity });
    expect(r.uncaught).toEqual([]);
    expect(r.runs).toBe(300);
    // The mutations reach every outcome: some files read, some fail the zip check, some are refused while reading.
    expect(r.read).toBeGreaterThan(0);
    expect(r.notWorkbook).toBeGreaterThan(0);
    expect(r.refused).toBeGreaterThan(0);
    expect([...r.refusals.keys()].some((k) => k.startsWith('超出导入限制：工作表“Sheet'))).toBe(true);
    // About 10 s of CPU; the limit leaves room for a machine shared with other test runs.
  }, 240_000);
});
