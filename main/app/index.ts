/** Electron main entry (bundled by electron-vite to out/main/index.js). */
import path from 'node:path';
import { start } from './start';

start({
  preloadDir: path.join(__dirname, '../preload'),
  rendererDir: path.join(__dirname, '../renderer'),
}).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
