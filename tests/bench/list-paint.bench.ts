/**
 * The register's first paint at 20,000 members, in Chromium: the built renderer over the real
 * router (tests/e2e/bridge.ts, the same bridge as the E2E specs), timed from navigation to the
 * first table rows on screen. Baseline: the dashboard's first figures in the same browser.
 * Needs out/renderer (`npm run build:renderer`, run by the caller).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { createDemoBranch } from '../../main/demo/demo';
import { fakeHost } from '../../main/ipc/testing';
import { createRouter } from '../../main/ipc/router';
import { Workspace } from '../../main/workspace/workspace';
import e2eConfig from '../e2e/playwright.config';
import { appUrl, connectApp } from '../e2e/bridge';
import { percentile, result, type BenchResult } from './harness';

const MEMBERS = 20_000;
const RUNS = 5;
const FIRST_ROW = '.scd-register .ant-table-tbody .ant-table-row';
const DASHBOARD_FIGURE = '[data-testid="stat-members"] .scd-stat-value';

/**
 * Milliseconds from the start of navigating to `hash` until `selector` has text on screen,
 * read from the page's own clock (performance.now() counts from navigation start).
 */
async function paintTime(page: Page, hash: string, selector: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(appUrl(hash), { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      return el && el.textContent?.trim() ? performance.now() : false;
    },
    selector,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Median of RUNS after one warm-up (the first load also builds main's search index). */
async function medianPaint(page: Page, hash: string, selector: string): Promise<number> {
  await paintTime(page, hash, selector);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await paintTime(page, hash, selector));
  return percentile(samples, 50);
}

export async function listPaintBench(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scd-bench-paint-'));
  const workspace = new Workspace();
  const who = { actor: 'bench', now: () => new Date() };
  const problems: string[] = [];
  const browser = await chromium.launch(e2eConfig.use?.launchOptions);
  try {
    await workspace.open(path.join(dir, 'paint.sqlite'));
    await createDemoBranch(workspace.db, who, { memberCount: MEMBERS });
    const router = createRouter({ workspace, host: fakeHost(), ...who }, (err) =>
      problems.push(`unexpected error in main: ${String(err)}`),
    );
    const context = await browser.newContext({ viewport: e2eConfig.use?.viewport, locale: e2eConfig.use?.locale });
    const page = await context.newPage();
    await connectApp(context, page, router, problems);

    const baseline = await medianPaint(page, '#/', DASHBOARD_FIGURE);
    const value = await medianPaint(page, '#/members', FIRST_ROW);
    const shown = await page.getByTestId('members-count').innerText();
    if (!shown.includes('20.000/20.000')) problems.push(`the register did not show 20,000 members: "${shown}"`);
    await context.close();
    if (problems.length > 0) throw new Error(`list paint bench: ${problems.join('; ')}`);
    return [result('register first paint at 20,000 members (Chromium)', value, baseline, { maxMs: 1000 })];
  } finally {
    await browser.close();
    await workspace.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
