import fs from 'node:fs';
import path from 'node:path';
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { FakeWebContents } from './testing/fake-electron';
import {
  APP_ENTRY,
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  isPermissionAllowed,
  lockDownContents,
  mainWindowOptions,
} from './security';

vi.mock('electron', async () => (await import('./testing/fake-electron')).fakeElectron);

/** directive → sorted sources, so order and spacing do not matter. */
function parseCsp(policy: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives[name.toLowerCase()] = sources.sort();
  }
  return directives;
}

/** The content of <meta http-equiv="Content-Security-Policy">, whatever the attribute order. */
function metaCsp(html: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = Object.fromEntries(
      [...tag.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [
        m[1]!.toLowerCase(),
        (m[2] ?? m[3] ?? '')
          .replace(/&#39;|&apos;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      ]),
    );
    if (attrs['http-equiv']?.toLowerCase() === 'content-security-policy') return attrs.content;
  }
  return undefined;
}

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/index.js');

  it('isolates and sandboxes the renderer', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('waits for ready-to-show instead of flashing an empty window', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('Sổ Công đoàn');
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = parseCsp(CONTENT_SECURITY_POLICY);

  it('allows only the bundle itself', () => {
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
  });

  it('never allows inline or eval’d scripts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    // The default would cover scripts if script-src went missing; nothing may loosen it either.
    expect(csp['default-src']).not.toContain("'unsafe-inline'");
  });

  it('matches the meta tag in renderer/index.html (except frame-ancestors, which meta ignores)', () => {
    const indexHtml = path.resolve(__dirname, '../../renderer/index.html');
    expect(fs.existsSync(indexHtml), `${indexHtml} is missing`).toBe(true);
    const meta = metaCsp(fs.readFileSync(indexHtml, 'utf8'));
    expect(meta, 'renderer/index.html has no <meta http-equiv="Content-Security-Policy">').toBeDefined();
    const { 'frame-ancestors': _header, ...fromHeader } = csp;
    const { 'frame-ancestors': _meta, ...fromMeta } = parseCsp(meta!);
    expect(fromMeta).toEqual(fromHeader);
  });
});

describe('lockDownContents', () => {
  function lockedDown(): FakeWebContents {
    const contents = new FakeWebContents();
    lockDownContents(contents as unknown as WebContents);
    return contents;
  }

  it.each(['will-navigate', 'will-redirect'])('%s: stays inside the bundle', (name) => {
    const contents = lockedDown();
    expect(contents.prevented(name, 'https://example.com/')).toBe(true);
    expect(contents.prevented(name, 'file:///etc/passwd')).toBe(true);
    expect(contents.prevented(name, 'app://bundle.evil/index.html')).toBe(true);
    expect(contents.prevented(name, 'app://bundle/index.html#/x')).toBe(false);
    expect(contents.prevented(name, APP_ENTRY)).toBe(false);
  });

  it('denies every window.open', () => {
    const contents = lockedDown();
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    for (const url of ['https://example.com/', APP_ENTRY, 'about:blank']) {
      expect(
        contents.windowOpenHandler?.({ url } as Parameters<NonNullable<typeof contents.windowOpenHandler>>[0]),
      ).toEqual({
        action: 'deny',
      });
    }
  });

  it('refuses webviews', () => {
    expect(lockedDown().prevented('will-attach-webview', {}, { src: APP_ENTRY })).toBe(true);
  });
});

describe('isAppUrl', () => {
  it.each([
    ['app://bundle/index.html', true],
    ['app://bundle/', true],
    ['app://bundle/index.html#/members?q=1', true],
    ['app://bundle.evil/', false],
    ['app://evil.bundle/', false],
    ['app://bundle:8080/', false],
    ['app://other/index.html', false],
    ['file:///work/out/renderer/index.html', false],
    ['http://bundle/', false],
    ['https://bundle/', false],
    ['javascript:alert(1)', false],
    ['about:blank', false],
    ['not a url', false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('isPermissionAllowed', () => {
  it.each([
    ['clipboard-sanitized-write', APP_ENTRY, true],
    ['clipboard-sanitized-write', 'https://example.com/', false],
    ['clipboard-read', APP_ENTRY, false],
    ['media', APP_ENTRY, false],
    ['geolocation', APP_ENTRY, false],
    ['notifications', APP_ENTRY, false],
    ['openExternal', APP_ENTRY, false],
  ])('%s from %s → %s', (permission, url, expected) => {
    expect(isPermissionAllowed(permission, url)).toBe(expected);
  });
});
