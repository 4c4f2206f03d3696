/**
 * Bordered register tables shared by the list, the card request and the member sheet: one
 * column spec drives the header, the widths and the cells, so the three documents cannot
 * drift apart in how a date, a mark or an alignment looks.
 */
import type { ContentTable, TableCell } from 'pdfmake/interfaces';
import { formatDate } from '../../vi/dates';

export interface Column<T> {
  header: string;
  /** A header over adjacent columns with the same group, e.g. "Giới tính" over Nam | Nữ. */
  group?: string;
  width: number | '*';
  align?: 'center' | 'right';
  /** `n` is the row's 1-based number (STT). */
  value: (row: T, n: number) => string;
}

/** Vietnamese lists tick a column with a lower-case x rather than writing Có/Không. */
export const mark = (yes: boolean): string => (yes ? 'x' : '');
export const dmy = formatDate;
export const sttColumn = <T>(): Column<T> => ({
  header: 'STT',
  width: 24,
  align: 'center',
  value: (_r, n) => String(n),
});

const headerCell = (text: string, extra: object = {}): TableCell => ({
  text,
  bold: true,
  alignment: 'center',
  verticalAlignment: 'middle',
  ...extra,
});

/** One header row, or two when some columns share a group header. */
export function tableHeader<T>(columns: readonly Column<T>[]): TableCell[][] {
  if (!columns.some((c) => c.group)) return [columns.map((c) => headerCell(c.header))];
  const top: TableCell[] = [];
  const bottom: TableCell[] = [];
  columns.forEach((c, i) => {
    if (!c.group) {
      top.push(headerCell(c.header, { rowSpan: 2 }));
      bottom.push({});
    } else {
      let span = 0;
      while (columns[i + span]?.group === c.group) span++;
      top.push(columns[i - 1]?.group === c.group ? {} : headerCell(c.group, { colSpan: span }));
      bottom.push(headerCell(c.header));
    }
  });
  return [top, bottom];
}

/**
 * Appends one row per item. Left-aligned cells stay bare strings: at thousands of rows an
 * object per cell is what pdfmake's preprocessing pays for, so only aligned cells get one.
 * No nfc() per cell either: the register stores text in NFC already (ipc/zod-vi, derived).
 */
export function appendRows<T>(body: TableCell[][], columns: readonly Column<T>[], rows: readonly T[], firstNumber = 1) {
  const aligns = columns.map((c) => c.align);
  for (let r = 0; r < rows.length; r++) {
    const item = rows[r]!;
    const n = firstNumber + r;
    const row: TableCell[] = new Array<TableCell>(columns.length);
    for (let c = 0; c < columns.length; c++) {
      const text = columns[c]!.value(item, n);
      const align = aligns[c];
      row[c] = align ? { text, alignment: align } : text;
    }
    body.push(row);
  }
}

/** A bold row across the whole table, e.g. a tổ heading "II | Tổ Ngoại ngữ (16 đoàn viên)". */
export function spanningRow(columnCount: number, number: string, text: string): TableCell[] {
  const row: TableCell[] = [
    { text: number, bold: true, alignment: 'center' },
    { text, bold: true, colSpan: columnCount - 1 },
  ];
  for (let c = 2; c < columnCount; c++) row.push({});
  return row;
}

export const REGISTER_FONT_SIZE = 10.5;

export function registerTable<T>(
  columns: readonly Column<T>[],
  body: TableCell[][],
  options: { fontSize?: number; rowPadding?: number; marginBottom?: number } = {},
): ContentTable {
  const rowPadding = options.rowPadding ?? 2;
  const twoLevelHeader = columns.some((c) => c.group);
  return {
    table: {
      headerRows: twoLevelHeader ? 2 : 1,
      // Keeping a row whole on one page is nicer, but pdfmake 0.3 mis-centres vertically
      // aligned row-spanning header cells under dontBreakRows (the text drops onto the rule
      // below), so tables with a two-level header let a wrapped row break as Word does.
      dontBreakRows: !twoLevelHeader,
      widths: columns.map((c) => c.width),
      body,
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      paddingLeft: () => 3,
      paddingRight: () => 3,
      paddingTop: () => rowPadding,
      paddingBottom: () => rowPadding,
    },
    fontSize: options.fontSize ?? REGISTER_FONT_SIZE,
    margin: [0, 2, 0, options.marginBottom ?? 8],
  };
}
