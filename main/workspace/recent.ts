/** Remembers the last opened branch file between runs (a small JSON beside the data). */
import fs from 'node:fs';
import path from 'node:path';

const PREFS_FILE = 'prefs.json';

export function readLastFile(dataDir: string): string | null {
  try {
    const prefs = JSON.parse(fs.readFileSync(path.join(dataDir, PREFS_FILE), 'utf8')) as { lastFile?: unknown };
    return typeof prefs.lastFile === 'string' && fs.existsSync(prefs.lastFile) ? prefs.lastFile : null;
  } catch {
    return null;
  }
}

export function writeLastFile(dataDir: string, file: string): void {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, PREFS_FILE), JSON.stringify({ lastFile: file }, null, 2));
}
