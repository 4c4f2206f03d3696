/**
 * The E2E test bridge: the built renderer in Chromium, its `window.api` forwarded to the real
 * router over a temp branch file. Only Electron's IPC transport is left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { test as base, expect, type BrowserContext, type Locator, type Page, type Route } from '@playwright/test';
import { createApiClient } from '../../main/ipc/client';
import { channels, type Api, type Channel } from '../../main/ipc/contract';
import { createRouter, type Router } from '../../main/ipc/router';
import { fakeHost, type FakeHost } from '../../main/ipc/testing';
import { tempDir } from '../../main/db/testing/temp-db';
import { Workspace } from '../../main/workspace/workspace';
import type { BridgeAnswer } from './bridge-client';

/** A made-up origin routed to out/renderer: no server, nothing on the network. */
const APP_ORIGIN = 'http://so-cong-doan.test';
/** The app's page; `hash` is a route such as '#/members'. */
export const appUrl = (hash = ''): string => `${APP_ORIGIN}/index.html${hash}`;
/** Where the page fetches answers too large for the binding (see connectApp). */
const ANSWER_PATH = '/__scd/answer/';
const INLINE_ANSWER_MAX = 64 * 1024;
/** This folder, whether the file runs from source (Playwright) or bundled into out/bench. */
const E2E_DIR = ((): string => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return path.join(dir, 'tests', 'e2e');
})();
const RENDERER_DIR = path.resolve(E2E_DIR, '../../out/renderer');
const SCREENSHOT_DIR = path.join(E2E_DIR, 'screenshots');

export interface Bridge {
  workspace: Workspace;
  /** Records PDF previews; `nextOpen` / `nextCreate` are what the "dialogs" return. */
  host: FakeHost;
  /** The same API the page has, for arranging data and checking results from the test. */
  api: Api;
  /** A path in this test's temp folder (for the fake dialogs). */
  tempFile(name: string): string;
  open(): Promise<void>;
  /**
   * Holds the page's calls to `channel` until the returned function is called: what the page
   * shows while a slow answer is on its way.
   */
  hold(channel: Channel): () => void;
  screenshot(name: string): Promise<void>;
}

let clientScript: Promise<string> | undefined;

/** Built once per run: the entry and main/ipc/client do not change between tests. */
function bridgeClientScript(): Promise<string> {
  clientScript ??= build({
    entryPoints: [path.join(E2E_DIR, 'bridge-client.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
    // The channel names as the preload's build writes them in (electron.vite.config.ts).
    define: { __SCD_CHANNELS__: JSON.stringify(channels) },
  }).then((result) => {
    const [output] = result.outputFiles;
    if (!output) throw new Error('esbuild produced no output for bridge-client.ts');
    return output.text;
  });
  return clientScript;
}

function serveRendererFile(route: Route): Promise<void> {
  const pathname = decodeURIComponent(new URL(route.request().url()).pathname);
  const file = path.resolve(RENDERER_DIR, `.${pathname === '/' ? '/index.html' : pathname}`);
  const inside = file.startsWith(RENDERER_DIR + path.sep);
  if (!inside || !fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
  }
  return route.fulfill({ path: file });
}

/** Console errors (CSP violations are among them), page errors and anything sent off-origin. */
function watchForProblems(page: Page, problems: string[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
}

/**
 * Serves the built renderer to `page` and connects its `window.api` to `router`: what the
 * fixture below does for every spec, and what the benchmarks reuse outside Playwright Test.
 * Console errors, page errors and requests leaving the app are added to `problems`.
 */
export async function connectApp(
  context: BrowserContext,
  page: Page,
  router: Router,
  problems: string[],
): Promise<void> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build:renderer` first (npm run test:e2e does).');
  }
  // The catch-all is registered first because Playwright tries the latest route first.
  await context.route('**/*', (route) => {
    problems.push(`request outside the app: ${route.request().url()}`);
    return route.abort();
  });
  await context.route(`${APP_ORIGIN}/**`, serveRendererFile);
  // Answers cross as JSON text. A large one (the 20,000-member list) is fetched, gzipped, from a
  // route: Playwright's binding channel takes seconds for megabytes, where Electron's
  // structured clone takes milliseconds, and the benchmarks time the app, not the transport.
  const answers = new Map<number, string>();
  let lastAnswer = 0;
  await context.route(`${APP_ORIGIN}${ANSWER_PATH}*`, (route) => {
    const id = Number(new URL(route.request().url()).pathname.slice(ANSWER_PATH.length));
    const body = answers.get(id);
    answers.delete(id);
    return body === undefined
      ? route.fulfill({ status: 404, body: '' })
      : route.fulfill({ body: gzipSync(body, { level: 1 }), contentType: 'application/gzip' });
  });
  await page.exposeBinding('__scdInvoke', async (_source, channel: string, input: unknown): Promise<BridgeAnswer> => {
    const json = JSON.stringify(await router.handle(channel, input));
    if (json.length <= INLINE_ANSWER_MAX) return { json };
    answers.set(++lastAnswer, json);
    return { url: `${ANSWER_PATH}${lastAnswer}` };
  });
  await page.addInitScript({ content: await bridgeClientScript() });
  watchForProblems(page, problems);
}

export const test = base.extend<{ bridge: Bridge }>({
  bridge: async ({ page, context }, use) => {
    const tmp = tempDir('scd-e2e-');
    const workspace = new Workspace();
    await workspace.open(tmp.file());
    const host = fakeHost();
    host.appVersion = 'e2e';
    const problems: string[] = [];
    const router = createRouter({ workspace, host, actor: 'e2e', now: () => new Date() }, (err) =>
      problems.push(`unexpected error in main: ${err instanceof Error ? err.stack : String(err)}`),
    );
    const held = new Map<string, Promise<void>>();
    const pageRouter: Router = {
      handle: async (channel, input) => {
        await held.get(channel);
        return router.handle(channel, input);
      },
    };
    await connectApp(context, page, pageRouter, problems);

    await use({
      workspace,
      host,
      api: createApiClient(channels, (channel, input) => router.handle(channel, input)),
      tempFile: (name) => tmp.file(name),
      open: async () => {
        await page.goto(appUrl());
      },
      hold: (channel) => {
        let release = () => {};
        const gate = new Promise<void>((resolve) => (release = resolve));
        held.set(channel, gate);
        return () => {
          if (held.get(channel) === gate) held.delete(channel);
          release();
        };
      },
      screenshot: async (name) => {
        fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
      },
    });

    // The page goes first so no call is still in flight when the file closes.
    await page.close();
    await workspace.close();
    tmp.remove();
    expect(problems, 'the page must run without console errors, page errors or outside requests').toEqual([]);
  },
});

export { expect };

/** The field with exactly this label (the required mark after it aside). */
export function labelled(scope: Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\*?$`));
}

/**
 * A busy office PC: the page's timers fire at least 3 s late, long after the keystrokes queued
 * with them. Whatever a chair types straight away must not depend on a timer.
 */
export async function delayPageTimers(page: Page): Promise<void> {
  await page.evaluate(() => {
    const later = window.setTimeout.bind(window);
    window.setTimeout = ((run: TimerHandler, ms?: number, ...args: unknown[]) =>
      later(run, Math.max(ms ?? 0, 3000), ...args)) as typeof window.setTimeout;
  });
}

/** The text of a PDF as pdftotext reads it, whitespace collapsed (lines wrap in columns). */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
}
