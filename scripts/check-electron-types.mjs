/**
 * Runs before tsc: without electron.d.ts every main/app file fails with dozens of confusing
 * errors, while the real cause is one install step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (!fs.existsSync(path.join(projectDir, 'node_modules', 'electron', 'electron.d.ts'))) {
  console.error(
    'Thiếu kiểu Electron (node_modules/electron/electron.d.ts) — Electron types missing: cài lại bằng / reinstall with ' +
      '`ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci` (npm install thường bỏ gói electron tùy chọn khi tải binary thất bại / ' +
      'plain npm install drops the optional electron package when its binary download fails).',
  );
  process.exit(1);
}
