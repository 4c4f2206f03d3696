/**
 * `electron-vite build` → out/main/index.js, out/preload/index.js, out/renderer/. Builds
 * without the Electron binary (only its package.json, for the target versions).
 */
import path from 'node:path';
import { defineConfig, mergeConfig } from 'electron-vite';
import { channels } from './main/ipc/contract';
import renderer from './renderer/vite.config';

const root = __dirname;

export default defineConfig({
  main: {
    build: {
      outDir: path.join(root, 'out/main'),
      // Dependencies ship in the app's node_modules; sqlite3 must stay external in any case,
      // because its native binary is loaded from beside its own package (asarUnpack).
      externalizeDeps: { include: ['sqlite3'] },
      rolldownOptions: {
        input: { index: path.join(root, 'main/app/index.ts') },
        // ExcelJS and pdfmake are loaded on first use with import(); as require() it goes
        // through Node's CommonJS loader, which reads inside app.asar (Electron's ESM loader has
        // had bugs there).
        output: { format: 'cjs', entryFileNames: '[name].js', dynamicImportInCjs: false },
      },
    },
  },
  preload: {
    // The channel names, so the preload builds `window.api` without loading zod and every
    // schema at each window start.
    define: { __SCD_CHANNELS__: JSON.stringify(channels) },
    build: {
      outDir: path.join(root, 'out/preload'),
      // A sandboxed preload may require only 'electron' (and a few Node shims): no
      // node_modules, no chunks. Everything it uses goes into this one file.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: path.join(root, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  // One renderer config for `npm run build:renderer` (E2E) and for the app. electron-vite looks
  // for its entry in src/renderer/ unless told, whatever the config's root says.
  renderer: mergeConfig(renderer, {
    build: { rolldownOptions: { input: path.join(root, 'renderer/index.html') } },
  }),
});
