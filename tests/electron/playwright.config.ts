import { defineConfig } from '@playwright/test';

/** Run through tests/electron/run.mjs, which builds first and skips where Electron is absent. */
export default defineConfig({
  testDir: __dirname,
  testMatch: 'smoke.spec.ts',
  // One Electron app at a time: they would fight over the display and the single-instance lock.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
