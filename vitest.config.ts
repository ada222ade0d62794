import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'server/**/*.test.ts',
      'shared/**/*.test.ts',
      'cli/**/*.test.ts',
      'web/src/**/*.test.ts',
    ],
    environment: 'node',
    // Migrates one database per run; every test file starts from a copy of it.
    globalSetup: ['server/testing/template-database.ts'],
    reporters: ['default', './scripts/slowest-test-files.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TZ: 'Europe/Amsterdam' },
  },
});
