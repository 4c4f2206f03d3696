/**
 * The one test that runs the real Electron app: window, preload bridge, sandbox and the first
 * screen. Everything behind window.api is covered by unit, integration and E2E tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { channels } from '../../main/ipc/contract';

const projectDir = path.resolve(__dirname, '../..');

/** area → sorted verbs, as window.api should expose them. */
function contractApi(): Record<string, string[]> {
  const api: Record<string, string[]> = {};
  for (const channel of channels) {
    const [area, verb] = channel.split('.') as [string, string];
    (api[area] ??= []).push(verb);
  }
  for (const verbs of Object.values(api)) verbs.sort();
  return api;
}

let app: ElectronApplication;
let userData: string;

test.beforeEach(async () => {
  // A fresh userData: a new, empty branch file (so the wizard shows) and its own instance lock.
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'scd-electron-smoke-'));
  const env: Record<string, string> = { ...(process.env as Record<string, string>), SCD_USER_DATA: userData };
  delete env.ELECTRON_RUN_AS_NODE;
  // Chromium refuses to run as root with its OS sandbox (CI containers); the renderer keeps
  // Electron's own sandbox (no Node, contextIsolation) either way.
  const args = process.getuid?.() === 0 ? ['.', '--no-sandbox'] : ['.'];
  app = await electron.launch({ args, cwd: projectDir, env });
});

test.afterEach(async () => {
  await app?.close();
  fs.rmSync(userData, { recursive: true, force: true });
});

test('opens on the set-up wizard with window.api and no Node in the page', async () => {
  const page = await app.firstWindow();

  await expect(page.getByText('Thiết lập ban đầu').first()).toBeVisible();
  expect(await page.title()).toContain('Sổ Công đoàn');
  expect(page.url()).toMatch(/^app:\/\/bundle\//);

  const api = await page.evaluate(() => {
    const exposed = (window as unknown as { api?: Record<string, Record<string, unknown>> }).api ?? {};
    return Object.fromEntries(
      Object.entries(exposed).map(([area, calls]) => [
        area,
        Object.keys(calls)
          .filter((verb) => typeof calls[verb] === 'function')
          .sort(),
      ]),
    );
  });
  expect(api).toEqual(contractApi());

  const globals = await page.evaluate(() => {
    const g = globalThis as Record<string, unknown>;
    return { require: typeof g.require, process: typeof g.process, module: typeof g.module, ipc: typeof g.ipcRenderer };
  });
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', ipc: 'undefined' });

  // The data file went where SCD_USER_DATA pointed, not into the real user's profile.
  expect(fs.readdirSync(userData)).toContain('so-cong-doan.sqlite');
});
