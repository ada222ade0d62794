import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'server/**/*.test.ts',
      'shared/**/*.test.ts',
      'cli/**/*.test.ts',
      'web/src/**/*.test.ts',
      'eslint-rules/**/*.test.ts',
    ],
    environment: 'node',
    // One test file per core, not vitest's default of one fewer: much of a file's time is spent
    // waiting for a `meetwerk` child process or the PostgreSQL server, not on its own core.
    maxWorkers: os.availableParallelism(),
    // Migrates one database per run; every test file starts from a copy of it.
    globalSetup: ['server/testing/template-database.ts'],
    reporters: ['default', './scripts/slowest-test-files.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TZ: 'Europe/Amsterdam' },
  },
});
