/**
 * Electron wiring, kept thin: everything it calls (router, services, PDF) is plain Node and
 * tested without Electron. Tested itself against a fake `electron` module.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, net, protocol } from 'electron';
import { createRouter } from '../ipc/router';
import { Workspace } from '../workspace/workspace';
import { DEFAULT_DATA_FILE } from '../workspace/paths';
import { readLastFile, writeLastFile } from '../workspace/recent';
import { createElectronHost } from './host';
import { registerIpc } from './ipc';
import { handleAppScheme, registerAppScheme } from './protocol';
import { APP_ENTRY, lockDownContents, mainWindowOptions } from './security';

export interface AppPaths {
  /** Folder of the built preload script. */
  preloadDir: string;
  /** Folder of the built renderer (index.html). */
  rendererDir: string;
}

export async function start(paths: AppPaths): Promise<void> {
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

  const dataDir = app.getPath('userData');
  fs.mkdirSync(dataDir, { recursive: true });
  const workspace = new Workspace((file) => writeLastFile(dataDir, file));
  await workspace.open(readLastFile(dataDir) ?? path.join(dataDir, DEFAULT_DATA_FILE));
  app.on('will-quit', () => void workspace.close());

  const host = createElectronHost(() => mainWindow, app.getVersion(), dataDir);
  const actor = os.userInfo().username;
  registerIpc(ipcMain, createRouter({ workspace, host, actor, now: () => new Date() }));
  handleAppScheme(protocol, net, paths.rendererDir);
  // The app has its own navigation; the default menu's reload/devtools would only confuse.
  if (app.isPackaged) Menu.setApplicationMenu(null);

  mainWindow = new BrowserWindow(mainWindowOptions(path.join(paths.preloadDir, 'index.js')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  await mainWindow.loadURL(APP_ENTRY);
}
