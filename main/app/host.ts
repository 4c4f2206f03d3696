import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, dialog } from 'electron';
import type { Host } from '../ipc/context';
import { DEFAULT_DATA_FILE } from '../workspace/paths';

const DATA_FILTERS = [{ name: 'Dữ liệu Sổ Công đoàn', extensions: ['sqlite', 'db'] }];

/** Native dialogs and the print-preview window; the renderer only ever gets opaque results. */
export function createElectronHost(parent: () => BrowserWindow | null, appVersion: string, dataDir: string): Host {
  const owner = () => parent() ?? undefined;
  return {
    appVersion,
    async chooseFileToOpen() {
      const options = {
        title: 'Mở tệp dữ liệu khác',
        defaultPath: dataDir,
        filters: DATA_FILTERS,
        properties: ['openFile' as const],
      };
      const win = owner();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToCreate() {
      const options = {
        title: 'Tạo tệp dữ liệu mới',
        defaultPath: path.join(dataDir, DEFAULT_DATA_FILE),
        filters: DATA_FILTERS,
      };
      const win = owner();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async previewPdf(pdf, title) {
      // Chromium's PDF viewer gives the chair zoom, print and save in one familiar window.
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'so-cong-doan-'));
      const file = path.join(dir, `${title.replace(/[\\/:*?"<>|]/g, '_')}.pdf`);
      await fs.writeFile(file, pdf);
      const preview = new BrowserWindow({
        width: 900,
        height: 1000,
        title: `Xem trước: ${title}`,
        parent: owner(),
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true },
      });
      preview.setMenuBarVisibility(false);
      preview.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      preview.on('closed', () => void fs.rm(dir, { recursive: true, force: true }));
      await preview.loadURL(pathToFileURL(file).toString());
    },
  };
}
