import { existsSync } from 'node:fs';
import path from 'node:path';
import { say } from '../i18n/messages';
import { pdfMessages as m } from './messages';

/** pdfmake family name; documents ask for "Times" because that is what the decree prescribes. */
export const FONT_FAMILY = 'Times';

const FONT_FILES = {
  normal: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italics: 'LiberationSerif-Italic.ttf',
  bolditalics: 'LiberationSerif-BoldItalic.ttf',
} as const;

export type FontStyleKey = keyof typeof FONT_FILES;

/**
 * The bundled fonts folder. The packaged app sets SCD_RESOURCES_DIR (process.resourcesPath +
 * '/resources') because __dirname then points inside app.asar. From source (main/pdf) and from
 * the bundled out/main the depth below the repo root differs, so walk up instead of a fixed
 * '../..'. Every runner here (electron-vite's CJS output, tsx, vitest) defines __dirname;
 * import.meta.url would be empty in the CJS bundle.
 */
export function fontsDir(): string {
  const override = process.env.SCD_RESOURCES_DIR;
  if (override) return path.resolve(override, 'fonts');

  const start = __dirname;
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'resources', 'fonts');
    if (existsSync(path.join(candidate, FONT_FILES.normal))) return candidate;
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(say(m.fontMissing, { font: FONT_FILES.normal, start }));
}

export function fontFiles(dir: string = fontsDir()): Record<FontStyleKey, string> {
  return {
    normal: path.join(dir, FONT_FILES.normal),
    bold: path.join(dir, FONT_FILES.bold),
    italics: path.join(dir, FONT_FILES.italics),
    bolditalics: path.join(dir, FONT_FILES.bolditalics),
  };
}
