import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The e2e tests load the built renderer: build it once per run (skipped when up to date).
    globalSetup: ['test/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    // A page under a loaded 2-core CI machine can take seconds to repaint; a poll fails only when the state never comes.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 120_000,
    // Chromium and LibreOffice tests are heavy; two workers fit a 2-core machine.
    maxWorkers: 2,
  },
});
