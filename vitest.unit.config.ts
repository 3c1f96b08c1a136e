import { defineConfig } from 'vitest/config';

/**
 * The tests `npm run test:unit` leaves out: those that start Chromium (e2e, the PDF and 打印预览 tests,
 * the print handlers, icon rendering and packaging) or LibreOffice. What is left are the pure and Node
 * tests, for the quick loop while editing; `npm test` runs everything.
 * Folders end in '/'; test/tooling/unitTests.test.ts checks that no test here starts a browser or soffice.
 */
export const NOT_UNIT = [
  'test/e2e/',
  'test/package/',
  'test/print/annexLook.test.ts',
  'test/print/annexPdf.test.ts',
  'test/print/longTable.test.ts',
  'test/print/pdfCli.test.ts',
  'test/print/printPreview.test.ts',
  'test/electron/exchangeHandlers.test.ts',
  'test/xlsx/libreoffice.test.ts',
  'test/xlsx/readerDifferential.test.ts',
];

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...NOT_UNIT.map((p) => (p.endsWith('/') ? `${p}**` : p))],
    // No globalSetup: the e2e renderer build is for the browser tests only.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});
