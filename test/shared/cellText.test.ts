import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsOf, centsText } from '../../shared/money/cents.ts';
import { amountOfCell, keepLines, splitUnits, unwrapLines } from '../../shared/import/cellText.ts';
import { parseAmount } from '../../shared/money/parseAmount.ts';
import { Decimal } from '../../shared/money/decimal.ts';
import { numberText } from '../../shared/import/grid.ts';

describe('cell text as the importer reads it', () => {
  it('one-line text is trimmed of every kind of space, as multi-line text is line by line', () => {
    expect(unwrapLines(' 白玉县住建局\u3000')).toBe('白玉县住建局');
    expect(keepLines('\u00A0建设内容  ')).toBe('建设内容');
    expect(unwrapLines('住房安全\n保障')).toBe('住房安全保障');
    expect(unwrapLines('Phase\n2')).toBe('Phase 2');
    expect(keepLines('第一行  \r\n第二行\u3000')).toBe('第一行\n第二行');
    // The one-line shortcut gives what the line-by-line path gives for the same line.
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '甲', ' ', '\u3000', '\u00A0', '\t', '1') }), (line) => {
        expect(unwrapLines(line)).toBe(unwrapLines(`${line}\n`));
        expect(keepLines(line)).toBe(keepLines(`${line}\n`));
      }),
    );
    // Several lines: the shortcut for tidy line ends gives what tidying each line gives.
    const tidied = (text: string) =>
      text
        .split(/\r?\n/)
        .map((l) => l.replace(/[ \t\u00A0\u3000]+$/, ''))
        .join('\n')
        .trim();
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '甲', ' ', '\u3000', '\u00A0', '\t', '\n', '\r', '1') }), (text) => {
        expect(keepLines(text)).toBe(tidied(text));
      }),
      { numRuns: 2000 },
    );
    expect(splitUnits('白玉县组织部、农牧科技局、')).toEqual(['白玉县组织部', '农牧科技局']);
  });

  it('a number cell becomes the same amount as its text would: whole numbers, cents, binary noise, negatives refused, finer amounts kept exactly', () => {
    expect(amountOfCell(1850)).toEqual({ ok: true, value: '1850.00' });
    expect(amountOfCell(-0)).toEqual({ ok: true, value: '0.00' });
    expect(amountOfCell(0.1 + 0.2)).toEqual({ ok: true, value: '0.30' });
    expect(amountOfCell(233.54)).toEqual({ ok: true, value: '233.54' });
    expect(amountOfCell(-5).ok).toBe(false);
    // More than two decimals: kept exactly here; the importer rounds it and names the cell.
    expect(amountOfCell(1.005)).toEqual({ ok: true, value: '1.005' });
    expect(amountOfCell('３８０．２４５６万元')).toEqual({ ok: true, value: '380.2456' });
    expect(amountOfCell('1,234.50')).toEqual({ ok: true, value: '1234.50' });
    // A dash is how finance tables write zero.
    for (const dash of ['—', '-', '－', ' —— ']) expect(amountOfCell(dash)).toEqual({ ok: true, value: null });
    // Any number with at most two decimals reads as its decimal text with exactly two.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const n = Number(`${whole}.${String(cents).padStart(2, '0')}`);
        expect(amountOfCell(n)).toEqual({ ok: true, value: new Decimal(numberText(n)).toFixed(2) });
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(amountOfCell(n)).toEqual(n < 1e15 ? { ok: true, value: `${n}.00` } : parseAmount(String(n)));
        if (n < 1e15) expect(amountOfCell(n)).toEqual(parseAmount(String(n)));
      }),
    );
    // The cents read straight from a double are those of its decimal text (numberText), as the reading through
    // text gives them: for amounts to the cent, doubles next to them (binary noise), and any double at all.
    const throughText = (n: number) => {
      if (!Number.isFinite(n) || (Number.isInteger(n) && n >= 0 && n < 1e15)) return amountOfCell(n);
      const text = numberText(n);
      const cents = centsOf(text);
      return cents !== null && cents >= 0 ? { ok: true, value: centsText(cents) } : amountOfCell(text);
    };
    const near = fc.tuple(fc.integer({ min: 0, max: 2 * 10 ** 11 }), fc.integer({ min: -3, max: 3 })).map(([cents, ulps]) => {
      let n = cents / 100;
      for (let i = 0; i < Math.abs(ulps); i++) n = ulps > 0 ? n + Number.EPSILON * Math.max(1, n) : n - Number.EPSILON * Math.max(1, n);
      return n;
    });
    fc.assert(
      fc.property(fc.oneof(near, fc.double({ min: 0, max: 2e9, noNaN: true }), fc.double({ noNaN: true })), (n) => {
        expect(amountOfCell(n)).toEqual(throughText(n));
      }),
      { numRuns: 20_000 },
    );
  });
});
