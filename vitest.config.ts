import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The e2e tests load the built renderer: build it once per run (skipped when up to date).
    globalSetup: ['test/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Chromium and LibreOffice tests are heavy; two workers fit a 2-core machine.
    maxWorkers: 2,
  },
});
