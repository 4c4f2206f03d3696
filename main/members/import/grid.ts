/** A sheet as read from the file, before any meaning is given to it. */

/** What a cell can hold once ExcelJS's rich text, formulas and hyperlinks are flattened. */
export type RawCell = string | number | boolean | Date | null;

export interface GridRow {
  /** The row number Excel shows (1-based), so the report points at the right line. */
  row: number;
  /** By column, 0 = A. */
  cells: RawCell[];
}

export interface Grid {
  rows: GridRow[];
  /** Number of columns of the widest row. */
  width: number;
  /** Workbooks from old Mac Excel count serial dates from 1904. */
  date1904: boolean;
}

export function isBlankCell(cell: RawCell | undefined): boolean {
  return (
    cell === null ||
    cell === undefined ||
    (typeof cell === 'string' && cell.replace(/[\s\u200B-\u200D\uFEFF]/g, '') === '')
  );
}

/** "A", "B", … "AA": how the chair finds the column in Excel. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
