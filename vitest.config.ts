import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code they prove; browser tests have their own config.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
