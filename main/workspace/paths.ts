/**
 * Where branch files live by default: the same folder Electron's app.getPath('userData') gives
 * for our productName, so the CLI and the app find the same file without Electron.
 */
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Sổ Công đoàn';
export const DEFAULT_DATA_FILE = 'so-cong-doan.sqlite';

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}

export function defaultDataFile(): string {
  return path.join(defaultDataDir(), DEFAULT_DATA_FILE);
}
