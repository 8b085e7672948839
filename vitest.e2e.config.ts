import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in real Chromium, and the Firefox build in real Firefox. One worker, because each test file starts a browser
// and the CI machine has two cores.
export default defineConfig({
  // The `@/` imports WXT resolves in the extension's own code, which the tests' helpers share (as the bench does).
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // A loaded two-core CI machine can take longer than vitest's 1 s default for a page to settle.
    expect: { poll: { timeout: 5_000 } },
  },
});
