import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['main/**/*.test.ts', 'preload/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // node-sqlite3 work is I/O bound; two workers match the two cores of the build machines.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
