import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../shared/money/parseAmount.ts';

describe('parseAmount reads amounts as people type and paste them', () => {
  it.each([
    ['1850', '1850.00'],
    ['1,850', '1850.00'],
    ['12,345,678.9', '12345678.90'],
    ['１８５０．５', '1850.50'],
    ['2700\n\n万元', '2700.00'],
    ['15000万元', '15000.00'],
    [' 233.54 ', '233.54'],
    ['0', '0.00'],
    ['.5', '0.50'],
    ['+12', '12.00'],
    ['1.230', '1.23'],
  ])('“%s” is %s', (text, expected) => {
    expect(parseAmount(text)).toEqual({ ok: true, value: expected });
  });

  it('a blank cell is empty, not zero', () => {
    expect(parseAmount('')).toEqual({ ok: true, value: null });
    expect(parseAmount('  \n ')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['abc', '不是金额'],
    ['=1+1', '公式'],
    ['-5', '负数'],
    ['1.234', '两位小数'],
    ['1e309', '不是金额'],
    ['Infinity', '不是金额'],
    ['1,85', '不是金额'],
    ['12.3.4', '不是金额'],
    ['9999999999999999', '过大'],
  ])('refuses “%s” with a Chinese reason mentioning %s', (text, words) => {
    const result = parseAmount(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(words);
  });

  it('accepts a negative only when asked to', () => {
    expect(parseAmount('-17', { allowNegative: true })).toEqual({ ok: true, value: '-17.00' });
  });
});
