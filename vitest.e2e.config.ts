import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in real Chromium, and the Firefox build in real Firefox. One worker, because each test file starts a browser
// and the CI machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
