import { defineConfig } from '@playwright/test';

// Debian's Chromium, not a downloaded one: `playwright install` cannot reach its CDN here.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: './test-results',
  // One temp workspace per test; running them one at a time keeps the machine's two cores
  // for Chromium and sqlite3 and the timings steady.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // No retries: a test that needs one is a bug to find, in the app or in the test.
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    viewport: { width: 1366, height: 800 },
    // Dialogs and dropdowns then appear in place (theme.ts): a click is never aimed at a button
    // that a zooming dialog is still carrying elsewhere, which a loaded CI machine made flaky.
    reducedMotion: 'reduce',
    locale: 'vi-VN',
    trace: 'retain-on-failure',
  },
});
