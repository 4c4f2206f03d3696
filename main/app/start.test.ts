import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannelName } from '../ipc/client';
import { channels } from '../ipc/contract';
import { DEFAULT_DATA_FILE } from '../workspace/paths';
import { readLanguage, readLastFile, writeLanguage, writeLastFile } from '../workspace/recent';
import { applyLanguage } from '../i18n/language';
import { fakeElectron, resetFakeElectron } from './testing/fake-electron';
import { APP_ENTRY, APP_SCHEME, CONTENT_SECURITY_POLICY, mainWindowOptions } from './security';
import { start, type AppPaths } from './start';

vi.mock('electron', async () => (await import('./testing/fake-electron')).fakeElectron);

const { app, BrowserWindow, ipcMain, protocol, dialog, session, Menu } = fakeElectron;
const trustedFrame = { url: APP_ENTRY, parent: null };
const info = (frame: unknown = trustedFrame) => ipcMain.invoke(ipcChannelName('workspace.info'), undefined, frame);

let tmp: string;
let paths: AppPaths;
let userData: string;
const savedEnv = { ...process.env };

beforeEach(() => {
  resetFakeElectron();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scd-start-'));
  userData = path.join(tmp, 'userData');
  app.paths.set('userData', userData);
  paths = { preloadDir: path.join(tmp, 'out/preload'), rendererDir: path.join(tmp, 'out/renderer') };
  fs.mkdirSync(paths.rendererDir, { recursive: true });
  fs.writeFileSync(path.join(paths.rendererDir, 'index.html'), '<!doctype html><title>Sổ Công đoàn</title>');
  delete process.env.SCD_USER_DATA;
  delete process.env.SCD_RESOURCES_DIR;
});

afterEach(async () => {
  await quit();
  applyLanguage('vi');
  process.env = { ...savedEnv };
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Runs start() the way Electron would: ready arrives after the synchronous part. */
async function started(): Promise<void> {
  const running = start(paths);
  app.becomeReady();
  await running;
}

/** Quits like Electron: will-quit, and if start() held it back, wait for its own app.quit(). */
async function quit(): Promise<void> {
  app.quit.mockClear();
  if (app.willQuit()) await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
}

describe('start()', () => {
  it('leaves at once when another copy holds the single-instance lock', async () => {
    app.lock = false;
    await start(paths);
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handle).not.toHaveBeenCalled();
    expect(fs.existsSync(userData)).toBe(false);
  });

  it('registers the app:// scheme before ready and nothing that needs ready', async () => {
    const running = start(paths);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: APP_SCHEME,
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handle).not.toHaveBeenCalled();
    app.becomeReady();
    await running;
  });

  it('opens the default data file in userData, registers every channel and loads the bundle', async () => {
    await started();

    expect(fs.existsSync(path.join(userData, DEFAULT_DATA_FILE))).toBe(true);
    expect(readLastFile(userData)).toBe(path.join(userData, DEFAULT_DATA_FILE));
    expect([...ipcMain.handlers.keys()].sort()).toEqual(channels.map(ipcChannelName).sort());

    expect(BrowserWindow.instances).toHaveLength(1);
    const win = BrowserWindow.instances[0]!;
    expect(win.options).toEqual(mainWindowOptions(path.join(paths.preloadDir, 'index.js')));
    expect(win.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    // Shown only once painted, so the chair never sees a white flash.
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
    // Every webContents (this one included) is locked down as it is created.
    expect(win.webContents.setWindowOpenHandler).toHaveBeenCalled();
    expect(win.webContents.prevented('will-navigate', 'https://example.com/')).toBe(true);
  });

  it('brings the open window forward when a second copy is launched', async () => {
    await started();
    const win = BrowserWindow.instances[0]!;
    win.isMinimized.mockReturnValue(true);
    app.emit('second-instance');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('answers the app’s own frame through the router and refuses others', async () => {
    await started();
    await expect(info()).resolves.toMatchObject({
      ok: true,
      data: { appVersion: '0.0.0-test', dataFileName: DEFAULT_DATA_FILE, setUp: false },
    });
    await expect(info({ url: APP_ENTRY, parent: trustedFrame })).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('serves the renderer folder over app:// with the CSP header', async () => {
    await started();
    const response = await protocol.handlers.get(APP_SCHEME)!(new Request(APP_ENTRY));
    expect(await response.text()).toContain('Sổ Công đoàn');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('grants the page clipboard writes and nothing else', async () => {
    await started();
    const handler = session.defaultSession.permissionRequestHandler!;
    const ask = (permission: string, requestingUrl: string) => {
      const grant = vi.fn();
      handler({}, permission, grant, { requestingUrl });
      return grant.mock.calls[0]?.[0] as boolean;
    };
    expect(ask('clipboard-sanitized-write', APP_ENTRY)).toBe(true);
    expect(ask('media', APP_ENTRY)).toBe(false);
    expect(ask('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
  });

  it('closes the database before letting the app quit', async () => {
    await started();
    expect(app.willQuit()).toBe(true);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    await expect(info()).resolves.toMatchObject({ ok: false, error: { code: 'DATA_FILE' } });
    // The quit start() re-issues must go through.
    expect(app.willQuit()).toBe(false);
  });

  it('reopens the last data file on the next start', async () => {
    const other = path.join(tmp, 'chi-doan-khac.sqlite');
    await started();
    await quit();
    writeLastFile(userData, other);
    fs.copyFileSync(path.join(userData, DEFAULT_DATA_FILE), other);

    resetFakeElectron();
    app.paths.set('userData', userData);
    await started();
    await expect(info()).resolves.toMatchObject({ ok: true, data: { dataFileName: 'chi-doan-khac.sqlite' } });
    expect(dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('falls back to the default file, with a Vietnamese message, when the last file will not open', async () => {
    const broken = path.join(tmp, 'hong.sqlite');
    const brokenContent = 'đây không phải tệp SQLite, chỉ là văn bản đủ dài để SQLite đọc phần đầu tệp. '.repeat(20);
    fs.writeFileSync(broken, brokenContent);
    writeLastFile(userData, broken);

    await started();

    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Không mở được tệp dữ liệu lần trước',
      expect.stringMatching(/hong\.sqlite[\s\S]*tệp dữ liệu mặc định/),
    );
    await expect(info()).resolves.toMatchObject({ ok: true, data: { dataFileName: DEFAULT_DATA_FILE } });
    expect(readLastFile(userData)).toBe(path.join(userData, DEFAULT_DATA_FILE));
    expect(BrowserWindow.instances).toHaveLength(1);
    // The chair may still recover that file elsewhere: it must be left exactly as it was.
    expect(fs.readFileSync(broken, 'utf8')).toBe(brokenContent);
  });

  it('speaks at start the language the window had last time, and remembers a change on quitting', async () => {
    const broken = path.join(tmp, 'hong.sqlite');
    fs.writeFileSync(broken, 'không phải SQLite '.repeat(300));
    writeLastFile(userData, broken);
    writeLanguage(userData, 'en');

    await started();
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'The last data file could not be opened',
      expect.stringMatching(/hong\.sqlite[\s\S]*will open the default data file/),
    );
    expect(readLastFile(userData)).toBe(path.join(userData, DEFAULT_DATA_FILE));

    const trusted = (channel: 'i18n.setLanguage', input: unknown) =>
      ipcMain.invoke(ipcChannelName(channel), input, trustedFrame);
    await expect(trusted('i18n.setLanguage', { language: 'vi' })).resolves.toEqual({
      ok: true,
      data: { changed: true },
    });
    await quit();
    expect(readLanguage(userData)).toBe('vi');
    // The last file is still remembered beside it.
    expect(readLastFile(userData)).toBe(path.join(userData, DEFAULT_DATA_FILE));
  });

  it('fails the start, opening no window, when even the default file will not open', async () => {
    fs.mkdirSync(userData, { recursive: true });
    fs.writeFileSync(path.join(userData, DEFAULT_DATA_FILE), 'x'.repeat(4096));

    await expect(started()).rejects.toMatchObject({ code: 'DATA_FILE' });
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('uses SCD_USER_DATA for userData, set before taking the single-instance lock', async () => {
    const custom = path.join(tmp, 'custom data');
    process.env.SCD_USER_DATA = custom;
    await started();
    expect(app.setPath).toHaveBeenCalledWith('userData', custom);
    expect(app.setPath.mock.invocationCallOrder[0]!).toBeLessThan(
      app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
    );
    expect(fs.existsSync(path.join(custom, DEFAULT_DATA_FILE))).toBe(true);
    expect(fs.existsSync(userData)).toBe(false);
  });

  it('when packaged, finds fonts under resourcesPath and drops the default menu', async () => {
    const resourcesPath = path.join(tmp, 'resources-root');
    Object.defineProperty(process, 'resourcesPath', { value: resourcesPath, configurable: true });
    app.isPackaged = true;
    try {
      await started();
    } finally {
      Reflect.deleteProperty(process, 'resourcesPath');
    }
    expect(process.env.SCD_RESOURCES_DIR).toBe(path.join(resourcesPath, 'resources'));
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(null);
  });

  it('keeps the default menu when run from source', async () => {
    await started();
    expect(Menu.setApplicationMenu).not.toHaveBeenCalled();
    expect(process.env.SCD_RESOURCES_DIR).toBeUndefined();
  });
});
