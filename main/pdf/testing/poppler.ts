/** Reading rendered PDFs the way a printer would, for tests: poppler's pdftotext and pdfinfo. */
import { execFileSync, spawnSync } from 'node:child_process';

// A machine without poppler must fail loudly rather than pass on "the file exists".
export function poppler(tool: 'pdftotext' | 'pdffonts' | 'pdfinfo' | 'pdftoppm', args: string[]): string {
  const probe = spawnSync(tool, ['-v'], { encoding: 'utf8' });
  if (probe.error) {
    throw new Error(
      `${tool} is missing: install Debian poppler-utils (apt-get install -y poppler-utils) to run the PDF tests`,
    );
  }
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export const pageText = (file: string, page?: number): string =>
  poppler('pdftotext', ['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-']);

export const pageCount = (file: string): number => {
  const match = /^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [file]));
  if (!match?.[1]) throw new Error('pdfinfo printed no page count');
  return Number(match[1]);
};

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
}

export function wordsOnPage(file: string, page: number): Word[] {
  const html = poppler('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  const words: Word[] = [];
  const re = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    words.push({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text: m[4] ?? '' });
  }
  return words;
}
