import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/support/global-setup.ts', 'e2e/support/demo-template.ts'],
    reporters: ['default', './scripts/slowest-test-files.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time: the machine has two cores.
    fileParallelism: false,
    env: { TZ: 'Europe/Amsterdam' },
  },
});
