import { defineConfig } from 'vitest/config';

// Tests over ../shared/data (not part of `npm test`: a user's clone has no shared/).
export default defineConfig({
  test: {
    include: ['test/corpus/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    fileParallelism: false,
  },
});
