import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeElectron, resetFakeElectron } from './testing/fake-electron';
import { handleAppScheme, registerAppScheme, resolveBundlePath } from './protocol';
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

vi.mock('electron', async () => (await import('./testing/fake-electron')).fakeElectron);

const root = path.resolve('/srv/renderer');

describe('resolveBundlePath', () => {
  it.each([
    ['app://bundle/', 'index.html'],
    ['app://bundle', 'index.html'],
    ['app://bundle/index.html', 'index.html'],
    ['app://bundle/index.html?v=1#/members', 'index.html'],
    ['app://bundle/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://bundle/assets/Ti%E1%BA%BFng%20Vi%E1%BB%87t.png', 'assets/Tiếng Việt.png'],
    // The URL parser folds these dot segments away before they reach the file system.
    ['app://bundle/../../etc/passwd', 'etc/passwd'],
    ['app://bundle/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd'],
  ])('%s → <renderer>/%s', (url, relative) => {
    expect(resolveBundlePath(root, url)).toBe(path.join(root, relative));
  });

  it.each([
    'app://bundle/..%2f..%2fetc%2fpasswd',
    'app://bundle/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://bundle/assets/..%2f..%2f..%2fetc/passwd',
    'app://bundle/%E0%A4%A', // malformed escape
    'app://bundle.evil/index.html',
    'app://other/index.html',
    'file:///srv/renderer/index.html',
  ])('refuses %s', (url) => {
    expect(resolveBundlePath(root, url)).toBeNull();
  });

  it('keeps encoded backslashes inside the folder (separators on Windows, plain characters on POSIX)', () => {
    const resolved = resolveBundlePath(root, 'app://bundle/..%5c..%5cwindows%5cwin.ini');
    expect(resolved === null || resolved.startsWith(root + path.sep)).toBe(true);
  });
});

describe('app:// scheme', () => {
  let dir: string;
  let serve: (url: string) => Promise<Response>;

  beforeAll(() => {
    resetFakeElectron();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scd-protocol-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Sổ Công đoàn</title>');
    fs.writeFileSync(path.join(os.tmpdir(), `${path.basename(dir)}-outside.txt`), 'secret');
    fakeElectron.app.becomeReady();
    handleAppScheme(fakeElectron.protocol, fakeElectron.net, dir);
    const handler = fakeElectron.protocol.handlers.get(APP_SCHEME)!;
    serve = (url) => handler(new Request(url));
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(path.join(os.tmpdir(), `${path.basename(dir)}-outside.txt`), { force: true });
  });

  it('registers app:// as a secure standard scheme', () => {
    resetFakeElectron();
    registerAppScheme(fakeElectron.protocol);
    expect(fakeElectron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
  });

  it('serves the bundle with the CSP as a header', async () => {
    const response = await serve('app://bundle/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Sổ Công đoàn');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('answers 404 for traversal and for missing files, without reading outside', async () => {
    const outside = `app://bundle/..%2f${path.basename(dir)}-outside.txt`;
    expect((await serve(outside)).status).toBe(404);
    expect((await serve('app://bundle/missing.js')).status).toBe(404);
    expect(fakeElectron.net.fetch).not.toHaveBeenCalledWith(expect.stringContaining('outside'));
  });
});
