/** Electron main entry (bundled by electron-vite to out/main/index.js). */
import path from 'node:path';
import { app, dialog } from 'electron';
import { start } from './start';
import { say } from '../i18n/messages';
import { appMessages as m } from './messages';

start({
  preloadDir: path.join(__dirname, '../preload'),
  rendererDir: path.join(__dirname, '../renderer'),
}).catch((err: unknown) => {
  console.error(err);
  // The installed app has no console: without the box a failed start looks like nothing happened.
  dialog.showErrorBox(say(m.cannotStart), err instanceof Error ? err.message : String(err));
  app.exit(1);
});
