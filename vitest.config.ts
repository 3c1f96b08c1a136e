import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Chromium and LibreOffice tests are heavy; two workers fit a 2-core machine.
    maxWorkers: 2,
  },
});
