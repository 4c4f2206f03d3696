/**
 * Electron wiring, kept thin: everything it calls (router, services, PDF) is plain Node and
 * tested without Electron. Tested itself against a fake `electron` module.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session } from 'electron';
import { createRouter } from '../ipc/router';
import { osUserName } from '../audit/audit';
import { Workspace } from '../workspace/workspace';
import { DEFAULT_DATA_FILE } from '../workspace/paths';
import { readLanguage, readLastFile, writeLanguage, writeLastFile } from '../workspace/recent';
import { applyLanguage } from '../i18n/language';
import { createElectronHost } from './host';
import { registerIpc } from './ipc';
import { handleAppScheme, registerAppScheme } from './protocol';
import { APP_ENTRY, isPermissionAllowed, lockDownContents, mainWindowOptions } from './security';
import { messageLanguage, say } from '../i18n/messages';
import { appMessages as m } from './messages';

export interface AppPaths {
  /** Folder of the built preload script. */
  preloadDir: string;
  /** Folder of the built renderer (index.html). */
  rendererDir: string;
}

export async function start(paths: AppPaths): Promise<void> {
  // Set before the lock: Electron keys the single-instance lock on this folder, so a smoke test
  // with its own folder neither collides with a running copy nor touches the real books.
  const userData = process.env.SCD_USER_DATA;
  if (userData) app.setPath('userData', path.resolve(userData));

  // A second copy on the same data file would fight over it; hand focus to the first instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme(protocol);

  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  // Fonts for printed documents live beside the app once packaged (see electron-builder.yml).
  if (app.isPackaged) process.env.SCD_RESOURCES_DIR ??= path.join(process.resourcesPath, 'resources');
  session.defaultSession.setPermissionRequestHandler((_contents, permission, grant, details) =>
    grant(isPermissionAllowed(permission, details.requestingUrl)),
  );

  const dataDir = app.getPath('userData');
  fs.mkdirSync(dataDir, { recursive: true });
  // The window says its language once it runs; what is said before (a data file that will not
  // open) uses the one it had last time.
  applyLanguage(readLanguage(dataDir));
  const workspace = await openWorkspace(dataDir);
  closeBeforeQuit(workspace);
  app.on('will-quit', () => writeLanguage(dataDir, messageLanguage()));

  const host = createElectronHost(() => mainWindow, app.getVersion(), dataDir);
  const actor = osUserName();
  registerIpc(ipcMain, createRouter({ workspace, host, actor, now: () => new Date() }));
  handleAppScheme(protocol, net, paths.rendererDir);
  // The app has its own navigation; the default menu's reload/devtools would only confuse.
  if (app.isPackaged) Menu.setApplicationMenu(null);

  mainWindow = new BrowserWindow(mainWindowOptions(path.join(paths.preloadDir, 'index.js')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  await mainWindow.loadURL(APP_ENTRY);
}

/**
 * The last branch file if it still opens, else the default one: a moved, damaged or too-new
 * file must not lock the chair out of the app. Only a failing default file stops the start.
 */
async function openWorkspace(dataDir: string): Promise<Workspace> {
  const workspace = new Workspace((file) => writeLastFile(dataDir, file));
  const defaultFile = path.join(dataDir, DEFAULT_DATA_FILE);
  const lastFile = readLastFile(dataDir);
  if (lastFile && path.resolve(lastFile) !== path.resolve(defaultFile)) {
    try {
      await workspace.open(lastFile);
      return workspace;
    } catch (err) {
      dialog.showErrorBox(
        say(m.lastFileUnreadable),
        `${err instanceof Error ? err.message : String(err)}\n\n${say(m.openingDefaultFile)}`,
      );
    }
  }
  await workspace.open(defaultFile);
  return workspace;
}

/**
 * Quitting waits for the database to close: closing checkpoints the WAL into the .sqlite file,
 * and a chair who copies only that file as a backup would otherwise miss the latest entries.
 */
function closeBeforeQuit(workspace: Workspace): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void workspace
      .close()
      .catch((err: unknown) => console.error(err))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}
