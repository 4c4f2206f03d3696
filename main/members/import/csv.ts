/**
 * CSV as Excel and LibreOffice write it: UTF-8 (with or without BOM), a delimiter that depends
 * on the machine's regional settings (Vietnamese Windows uses ";" or ","), RFC 4180 quoting.
 */
import Papa from 'papaparse';
import { say } from '../../i18n/messages';
import type { Grid } from './grid';
import { importMessages as m } from './messages';

const DELIMITERS = [',', ';', '\t'] as const;

/** Throws with a message in the UI's language when the bytes are not UTF-8 (an "ANSI" CSV from old Excel). */
export function decodeUtf8(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(say(m.csvNotUtf8));
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** RFC 4180 records (quotes, doubled quotes, newlines inside quotes), one per Excel row. */
function records(text: string, delimiter: string): string[][] {
  const rows = Papa.parse<string[]>(text, { delimiter }).data;
  // A final line break ends the last record; Papa Parse reports an empty record after it.
  const last = rows.at(-1);
  if (last && last.length === 1 && last[0] === '') rows.pop();
  return rows;
}

/**
 * The delimiter that splits the first lines most consistently into more than one field: a
 * name list has a fixed column count, while commas inside names or notes are irregular.
 */
export function detectDelimiter(text: string): string {
  const sample = text.split(/\r?\n/).slice(0, 30).join('\n');
  let best: string = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts = records(sample, d)
      .map((r) => r.length)
      .filter((n) => n > 1);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const n of counts) freq.set(n, (freq.get(n) ?? 0) + 1);
    const [mode, times] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    const score = times * 1000 + mode;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/**
 * Text Excel runs as a formula when it opens a CSV: it starts with =, +, -, @, a tab or a CR.
 * Text that starts with apostrophes before such a character counts too: it gets one more, and
 * the reading takes exactly one off, so "'=A1" comes back as written.
 */
const NEEDS_DEFUSING = /^'*[=+\-@\t\r]/;

/**
 * For a CSV the app writes: such text gets a leading apostrophe, so that a note reading
 * "=HYPERLINK(…)" opens in Excel as the text it is rather than as a live formula (OWASP "CSV
 * injection"). parseCsv takes the apostrophe off again.
 */
export function defuseFormula(text: string): string {
  return NEEDS_DEFUSING.test(text) ? `'${text}` : text;
}

const undoDefuse = (cell: string) =>
  cell.startsWith("'") && NEEDS_DEFUSING.test(cell.slice(1)) ? cell.slice(1) : cell;

export function parseCsv(text: string, delimiter = detectDelimiter(text)): Grid {
  const rows = records(text, delimiter).map((cells, i) => ({
    row: i + 1,
    cells: cells.map((c) => (c === '' ? null : undoDefuse(c))),
  }));
  return { rows, width: Math.max(0, ...rows.map((r) => r.cells.length)), date1904: false };
}
