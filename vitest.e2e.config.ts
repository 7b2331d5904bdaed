import { defineConfig } from 'vitest/config';

/** Browser tests: a real Chromium with the built extension. Run after `npm run build`. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
