import { defineConfig } from 'vitest/config';

// Real-browser tests (Chromium and Firefox ESR with the built extension). One browser per
// test file; files run one after another because each launches a whole browser.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
