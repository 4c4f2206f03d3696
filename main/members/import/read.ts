/**
 * Opens the file the chair chose and flattens its first sheet with data into a Grid. Nothing
 * here interprets the content; errors say, in the UI's language, what to do with the file.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../ipc/errors';
import { say } from '../../i18n/messages';
import { importMessages as m } from './messages';
import { decodeUtf8, parseCsv } from './csv';
import type { Grid, GridRow, RawCell } from './grid';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: old .xls, or an .xlsx saved with a password (Excel encrypts it into OLE). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function unreadable(name: string, why: string): AppError {
  return new AppError('VALIDATION', say(m.unreadable, { name, reason: why }), 'file');
}

export async function readImportFile(file: string): Promise<Grid> {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw unreadable(
      name,
      code === 'ENOENT'
        ? say(m.fileNotFound)
        : code === 'EBUSY' || code === 'EPERM' || code === 'EACCES'
          ? say(m.fileBusy)
          : `${(err as Error).message}.`,
    );
  }
  return parseImportBytes(bytes, name);
}

export async function parseImportBytes(bytes: Buffer, name: string): Promise<Grid> {
  const ext = path.extname(name).toLowerCase();
  if (startsWith(bytes, ZIP)) return readXlsx(bytes, name);
  if (startsWith(bytes, OLE)) {
    throw unreadable(name, ext === '.xls' ? say(m.oldXls) : say(m.protectedOrOld));
  }
  if (ext === '.xlsx' || ext === '.xlsm') throw unreadable(name, say(m.notRealXlsx));
  try {
    return parseCsv(decodeUtf8(bytes));
  } catch (err) {
    throw unreadable(name, (err as Error).message);
  }
}

async function readXlsx(bytes: Buffer, name: string): Promise<Grid> {
  // Loaded on first use: ExcelJS takes a good part of a second to load; start-up need not wait.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  try {
    // ExcelJS's typings want its own Buffer shape; a Node Buffer is what it reads at run time.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw unreadable(name, say(m.damagedXlsx, { reason: (err as Error).message }));
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw unreadable(name, say(m.noSheetWithData));
  const rows: GridRow[] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based and sparse; merged cells repeat their master's value, which is what
    // a reader of a vertically merged "Tổ" column means.
    const values = row.values as unknown[];
    const cells: RawCell[] = [];
    for (let c = 1; c < values.length; c++) cells.push(flatten(values[c]));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    if (cells.length === 0) return;
    width = Math.max(width, cells.length);
    rows.push({ row: rowNumber, cells });
  });
  return { rows, width, date1904: Boolean(workbook.properties?.date1904) };
}

/** Rich text, formulas, hyperlinks and errors → the value a reader sees in the cell. */
export function flatten(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('formula' in v || 'sharedFormula' in v) return flatten(v.result);
    if ('hyperlink' in v || 'text' in v) return flatten(v.text);
    if ('error' in v) return null;
  }
  return String(value);
}
