import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian's Chromium and Firefox ESR load the built extension.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
