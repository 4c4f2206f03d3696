/**
 * `npm run test:electron`: the Playwright _electron smoke test, where Electron is installed.
 * Build machines installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 have no binary: say so and
 * pass, since everything below Electron's IPC transport is covered by the E2E tests.
 */
import { spawnSync } from 'node:child_process';
import { binScript, buildApp, electronBinary, run } from '../../scripts/electron-binary.mjs';

if (!electronBinary()) {
  console.log('skipped: no Electron binary — Electron smoke test not run (install Electron with internet to run it)');
  process.exit(0);
}

const built = await buildApp();
if (built !== 0) process.exit(built);

const playwright = [
  binScript('@playwright/test', 'playwright'),
  'test',
  '--config',
  'tests/electron/playwright.config.ts',
  ...process.argv.slice(2),
];
// Electron needs a display on Linux; a headless CI box gets a virtual one when xvfb-run exists.
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const haveXvfb = noDisplay && !spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error;
process.exit(
  haveXvfb ? await run('xvfb-run', ['-a', process.execPath, ...playwright]) : await run(process.execPath, playwright),
);
