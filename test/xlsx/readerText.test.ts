/** The reader's two shortcuts through a part's text: its ASCII run, and a cell's number. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellNumber } from '../../electron/node/xlsx/cellNumber.ts';
import { asciiPrefix } from '../../electron/node/xlsx/xmlPart.ts';

describe('the ASCII run a part starts with', () => {
  it('is found to the byte, wherever the first other byte stands', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0x80, max: 0xff }), (ascii, tail, other) => {
        const bytes = new Uint8Array(ascii + 1 + tail).fill(0x41);
        bytes[ascii] = other;
        expect(asciiPrefix(bytes)).toBe(ascii);
        expect(asciiPrefix(bytes.subarray(0, ascii))).toBe(ascii);
      }),
    );
  });
});

describe("a cell's number from its text", () => {
  it('is exactly what Number() makes of it, for plain decimals and anything else', () => {
    const plain = fc
      .tuple(fc.boolean(), fc.stringMatching(/^\d{1,18}$/), fc.option(fc.stringMatching(/^\d{0,18}$/)))
      .map(([minus, whole, frac]) => `${minus ? '-' : ''}${whole}${frac === null ? '' : `.${frac}`}`);
    const other = fc.constantFrom('1e5', '1E-3', '.5', '5.', '-', '+3', '0x10', ' 7', 'Infinity', '1e309', '--1', '1.2.3', '-0', '00.10');
    fc.assert(
      fc.property(fc.oneof(plain, plain, other, fc.double().map(String)), (text) => {
        expect(Object.is(cellNumber(text), Number(text))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});
