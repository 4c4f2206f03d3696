import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { ExportFormat, Host } from '../ipc/context';
import { DEFAULT_DATA_FILE } from '../workspace/paths';
import { say } from '../i18n/messages';
import { appMessages as m } from './messages';

// Functions: the dialogs speak the window's language at the moment they open.
const dataFilters = () => [{ name: say(m.dataFiles), extensions: ['sqlite', 'db'] }];
const importFilters = () => [{ name: say(m.importFiles), extensions: ['xlsx', 'csv'] }];
const exportFilter = (format: ExportFormat): { name: string; extensions: string[] } =>
  ({
    xlsx: { name: say(m.excelFiles), extensions: ['xlsx'] },
    csv: { name: 'CSV (UTF-8)', extensions: ['csv'] },
    json: { name: 'JSON', extensions: ['json'] },
    pdf: { name: say(m.pdfFiles), extensions: ['pdf'] },
  })[format];

/** Native dialogs and the print-preview window; the renderer only ever gets opaque results. */
export function createElectronHost(parent: () => BrowserWindow | null, appVersion: string, dataDir: string): Host {
  const owner = () => parent() ?? undefined;
  const openOne = async (options: OpenDialogOptions): Promise<string | null> => {
    const win = owner();
    const full = { ...options, properties: ['openFile' as const] };
    const result = win ? await dialog.showOpenDialog(win, full) : await dialog.showOpenDialog(full);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  const saveAs = async (options: SaveDialogOptions): Promise<string | null> => {
    const win = owner();
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  return {
    appVersion,
    chooseFileToOpen: () => openOne({ title: say(m.openDataFile), defaultPath: dataDir, filters: dataFilters() }),
    chooseFileToCreate: () =>
      saveAs({
        title: say(m.newDataFile),
        defaultPath: path.join(dataDir, DEFAULT_DATA_FILE),
        filters: dataFilters(),
      }),
    chooseFileToImport: () => openOne({ title: say(m.chooseImportFile), filters: importFilters() }),
    chooseSaveFile: (defaultName, format) =>
      saveAs({
        title: say(m.saveFile),
        defaultPath: path.join(app.getPath('documents'), defaultName),
        filters: [exportFilter(format)],
      }),
    async previewPdf(pdf, title) {
      // Chromium's PDF viewer gives the chair zoom, print and save in one familiar window.
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'so-cong-doan-'));
      const file = path.join(dir, `${title.replace(/[\\/:*?"<>|]/g, '_')}.pdf`);
      await fs.writeFile(file, pdf);
      const preview = new BrowserWindow({
        width: 900,
        height: 1000,
        title: say(m.preview, { title }),
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
