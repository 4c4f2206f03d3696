/** `npm start`: build, then launch the app in the real Electron binary. */
import { buildApp, electronBinary, electronEnv, projectDir, run } from './electron-binary.mjs';

const binary = electronBinary();
if (!binary) {
  console.error(
    'Không chạy được: chưa cài Electron (Electron binary not installed). ' +
      'Trên máy có Internet, chạy: npm install electron — hoặc: node node_modules/electron/install.js',
  );
  process.exit(1);
}

const built = await buildApp();
if (built !== 0) process.exit(built);
process.exit(await run(binary, [projectDir], { env: electronEnv() }));
