/**
 * Remembers, between runs, the last opened branch file and the window's language (a small
 * JSON beside the data): the start-up messages come before any window can say its language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LANGUAGES, type Language } from '../i18n/messages';

const PREFS_FILE = 'prefs.json';

interface Prefs {
  lastFile?: unknown;
  language?: unknown;
}

function readPrefs(dataDir: string): Prefs {
  try {
    const prefs: unknown = JSON.parse(fs.readFileSync(path.join(dataDir, PREFS_FILE), 'utf8'));
    // A hand-edited or damaged file is as good as none: the app must still start.
    return typeof prefs === 'object' && prefs !== null ? (prefs as Prefs) : {};
  } catch {
    return {};
  }
}

function writePrefs(dataDir: string, change: Prefs): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const prefs = { ...readPrefs(dataDir), ...change };
  fs.writeFileSync(path.join(dataDir, PREFS_FILE), JSON.stringify(prefs, null, 2));
}

export function readLastFile(dataDir: string): string | null {
  const { lastFile } = readPrefs(dataDir);
  return typeof lastFile === 'string' && fs.existsSync(lastFile) ? lastFile : null;
}

export function writeLastFile(dataDir: string, file: string): void {
  writePrefs(dataDir, { lastFile: file });
}

export function readLanguage(dataDir: string): Language {
  const { language } = readPrefs(dataDir);
  return LANGUAGES.find((l) => l === language) ?? 'vi';
}

export function writeLanguage(dataDir: string, language: Language): void {
  writePrefs(dataDir, { language });
}
