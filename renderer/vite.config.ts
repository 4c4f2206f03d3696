import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Paths come from this file's folder, not the working directory: `npm run build:renderer`
// runs from the repository root and electron.vite.config.ts imports this object from there.
const rendererDir = __dirname;
const repoDir = path.resolve(rendererDir, '..');

export default defineConfig({
  root: rendererDir,
  // Relative asset URLs: the bundle is served from app://bundle/ in Electron and from a
  // routed test origin in E2E, never from a fixed server path.
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(repoDir, 'out/renderer'),
    emptyOutDir: true,
    // Said outright: electron-vite's default for the renderer is not to minify, vite's is to
    // minify, and the app must ship the bundle the E2E tests and the benchmark load.
    minify: true,
    // One bundle read from the local disk: splitting it would add requests and save nothing.
    chunkSizeWarningLimit: 2500,
  },
});
