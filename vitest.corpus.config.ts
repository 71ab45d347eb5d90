import { defineConfig } from 'vitest/config';

// Tests over ../shared/data (not part of `npm test`: a user's clone has no shared/).
// aeb-chromium.test.ts loads the pages in Chromium with the test build of the extension,
// which the browser tests' global setup builds.
export default defineConfig({
  test: {
    include: ['test/corpus/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/global-setup.ts'],
    testTimeout: 300_000,
    fileParallelism: false,
  },
});
