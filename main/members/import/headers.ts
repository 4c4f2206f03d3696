/**
 * Finding the header row and guessing what each column is, from the names Vietnamese lists
 * give their columns. The chair sees the guess and can change any column before importing.
 */
import { searchKey } from '../../vi/text';
import { columnLetter, isBlankCell, type Grid, type GridRow, type RawCell } from './grid';
import type { ImportField } from './fields';

/** Header text → key: marks, case, đ, punctuation and "(dd/mm/yyyy)"-style hints ignored. */
export function headerKey(text: string): string {
  return searchKey(text.replace(/\([^)]*\)/g, ' '))
    .replace(/[.,:;*_"'“”?!]/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}

/** null = a column we know and deliberately leave out (STT, quê quán, hệ số lương…). */
const SYNONYMS: [ImportField | null, string[]][] = [
  [
    'fullName',
    [
      'ho va ten',
      'ho ten',
      'ho va ten doan vien',
      'ho ten doan vien',
      'ten doan vien',
      'ho va ten can bo',
      'ho va ten cbcc',
      'ho va ten cbccvc',
    ],
  ],
  ['familyMiddleName', ['ho dem', 'ho va dem', 'ho', 'ho lot', 'ho va chu lot']],
  ['givenName', ['ten']],
  ['dateOfBirth', ['ngay sinh', 'ngay thang nam sinh', 'ns', 'sinh ngay', 'nam sinh', 'ngay/thang/nam sinh']],
  ['gender', ['gioi tinh', 'nam/nu', 'phai', 'gioi']],
  ['genderMale', ['nam']],
  ['genderFemale', ['nu']],
  ['ethnicity', ['dan toc']],
  ['religion', ['ton giao']],
  [
    'cccd',
    [
      'so cccd',
      'cccd',
      'so cmnd/cccd',
      'cmnd/cccd',
      'so cccd/cmnd',
      'cccd/cmnd',
      'cmnd',
      'so cmnd',
      'can cuoc',
      'can cuoc cong dan',
      'so can cuoc',
      'so can cuoc cong dan',
      'so dinh danh',
      'so dinh danh ca nhan',
      'ma dinh danh',
    ],
  ],
  [
    'phone',
    [
      'dien thoai',
      'so dien thoai',
      'sdt',
      'so dt',
      'dt',
      'dtdd',
      'di dong',
      'dien thoai di dong',
      'so dien thoai di dong',
    ],
  ],
  ['email', ['email', 'e-mail', 'thu dien tu', 'dia chi email', 'dia chi thu dien tu']],
  [
    'education',
    [
      'trinh do',
      'trinh do chuyen mon',
      'trinh do cm',
      'trinh do dao tao',
      'hoc van',
      'hoc vi',
      'trinh do chuyen mon nghiep vu',
    ],
  ],
  [
    'jobTitle',
    [
      'chuc danh',
      'chuc vu',
      'chuc vu chuyen mon',
      'chuc danh nghe nghiep',
      'chuc vu chinh quyen',
      'vi tri viec lam',
      'nghe nghiep',
      'chuc danh/chuc vu',
    ],
  ],
  ['unionPosition', ['chuc vu cong doan', 'chuc vu cd', 'chuc danh cong doan', 'chuc vu trong cong doan']],
  [
    'groupName',
    [
      'to cong doan',
      'to',
      'to cd',
      'bo phan',
      'phong/khoa',
      'phong',
      'khoa',
      'phong ban',
      'cong doan bo phan',
      'to chuyen mon',
      'to/bo phan',
      'to/phong',
    ],
  ],
  [
    'joinedOn',
    [
      'ngay vao cong doan',
      'ngay ket nap',
      'ngay vao cd',
      'ngay ket nap cong doan',
      'ngay ket nap doan vien',
      'ngay gia nhap cong doan',
      'ngay vao to chuc cong doan',
      'ngay ket nap vao cong doan',
    ],
  ],
  [
    'enteredOn',
    [
      'ngay chuyen den',
      'ngay chuyen ve',
      'ngay chuyen sinh hoat den',
      'ngay chuyen sinh hoat ve',
      'ngay chuyen den don vi',
      'ngay ve don vi',
    ],
  ],
  ['memberCode', ['ma so doan vien', 'ma doan vien', 'ma so dv', 'ma dv', 'ma so']],
  ['cardNumber', ['so the', 'so the doan vien', 'the doan vien', 'so the dv', 'so the cong doan']],
  ['cardIssuedOn', ['ngay cap the', 'ngay cap the doan vien', 'ngay cap the dv']],
  ['cardType', ['loai the', 'loai the doan vien']],
  ['cardStatus', ['trang thai the', 'tinh trang the']],
  ['partyMember', ['dang vien', 'la dang vien', 'dang vien dcsvn']],
  ['partyJoinedOn', ['ngay vao dang', 'ngay ket nap dang', 'ngay vao dang csvn']],
  [
    'insuranceSalary',
    [
      'luong',
      'luong dong bhxh',
      'muc luong dong bhxh',
      'luong lam can cu dong bhxh',
      'muc luong',
      'tien luong',
      'luong bhxh',
      'muc luong dong bao hiem xa hoi',
      'luong dong bao hiem xa hoi',
      'tien luong dong bhxh',
      'muc luong lam can cu dong bhxh',
    ],
  ],
  ['notes', ['ghi chu']],
  ['status', ['trang thai', 'trang thai sinh hoat', 'tinh trang sinh hoat', 'tinh trang']],
  [
    null,
    [
      'stt',
      'tt',
      'so tt',
      'so thu tu',
      'he so luong',
      'he so',
      'ngay cap cccd',
      'ngay cap cmnd',
      'noi cap',
      'ngay cap',
      'que quan',
      'dia chi',
      'noi o',
      'cho o hien nay',
      'ky nhan',
      'chu ky',
      'ky ten',
      // Social insurance and tax numbers: not the union's, though "Mã số…" and "Số thẻ…" start them.
      'ma so bhxh',
      'so so bhxh',
      'so bhxh',
      'ma so bao hiem xa hoi',
      'so so bao hiem xa hoi',
      'ma so thue',
      'ma so thue ca nhan',
      'mst',
      'so the bhyt',
      'so the bhxh',
      'ma the bhyt',
      'so the bao hiem y te',
      'ngay cap the bhyt',
      'ngay cap the bhxh',
    ],
  ],
];

const EXACT = new Map<string, ImportField | null>();
/** Multi-word synonyms also match as the start of a longer header ("Họ và tên đoàn viên nữ"). */
const PREFIXES: [string, ImportField | null][] = [];
for (const [field, names] of SYNONYMS) {
  for (const name of names) {
    if (!EXACT.has(name)) EXACT.set(name, field);
    if (name.includes(' ')) PREFIXES.push([name, field]);
  }
}
PREFIXES.sort((a, b) => b[0].length - a[0].length);

export type HeaderMatch = { known: true; field: ImportField | null } | { known: false };

export function matchHeader(text: string): HeaderMatch {
  const key = headerKey(text);
  if (key === '') return { known: false };
  if (EXACT.has(key)) return { known: true, field: EXACT.get(key)! };
  for (const [prefix, field] of PREFIXES) {
    if (key.startsWith(prefix + ' ') || key.startsWith(prefix + '/')) return { known: true, field };
  }
  return { known: false };
}

const cellText = (cell: RawCell | undefined): string =>
  cell === null || cell === undefined || cell instanceof Date ? '' : String(cell);

export interface DetectedColumn {
  index: number;
  letter: string;
  /** The header as written (both lines of a two-line header, joined by " / "). */
  header: string;
  field: ImportField | null;
}

export interface HeaderDetection {
  /** Excel row number of the header, or null when no row looked like one. */
  headerRow: number | null;
  /** Excel row number of the first row after the header (and its sub-header line). */
  dataStart: number;
  columns: DetectedColumn[];
}

const SCAN_ROWS = 20;

function rowFields(row: GridRow): (ImportField | null | undefined)[] {
  return row.cells.map((c) => {
    const m = matchHeader(cellText(c));
    return m.known ? m.field : undefined;
  });
}

/** Distinct member fields a row names; Nam/Nữ alone do not make a header (they are data too). */
function score(fields: (ImportField | null | undefined)[]): number {
  const distinct = new Set(fields.filter((f): f is ImportField => !!f && f !== 'genderMale' && f !== 'genderFemale'));
  return distinct.size;
}

/**
 * A second header line under merged cells ("Ngày sinh" over "Nam" | "Nữ", "Thẻ đoàn viên" over
 * "Số thẻ" | "Ngày cấp"): it names at least one field, holds words only (data rows have dates,
 * numbers, CCCDs), and has nothing under the name column but the header's own text (a vertical
 * merge), where a data row has a name.
 */
function isSubHeader(header: GridRow, next: GridRow | undefined, nameColumns: number[]): boolean {
  if (!next) return false;
  const fields = rowFields(next);
  if (!fields.some((f) => f !== undefined)) return false;
  const wordsOnly = next.cells.every((c, i) => {
    if (isBlankCell(c)) return true;
    if (typeof c !== 'string') return false;
    return !/\d/.test(c) || c === cellText(header.cells[i]);
  });
  if (!wordsOnly) return false;
  return nameColumns.every((c) => isBlankCell(next.cells[c]) || cellText(next.cells[c]) === cellText(header.cells[c]));
}

export function detectHeader(grid: Grid): HeaderDetection {
  const candidates = grid.rows.slice(0, SCAN_ROWS);
  let best: GridRow | undefined;
  let bestScore = 1; // one matching word ("Tên", "Tổ") is too little to call a row a header
  for (const row of candidates) {
    const s = score(rowFields(row));
    if (s > bestScore) {
      best = row;
      bestScore = s;
    }
  }
  if (!best) {
    const first = grid.rows[0];
    return {
      headerRow: null,
      dataStart: first?.row ?? 1,
      columns: Array.from({ length: grid.width }, (_, i) => ({
        index: i,
        letter: columnLetter(i),
        header: '',
        field: null,
      })),
    };
  }
  return headerAt(grid, best.row);
}

/**
 * The lower line of a two-line header is read with the upper one first: "Ngày cấp" under "Thẻ
 * đoàn viên" is the card's date ("Ngày cấp thẻ đoàn viên"), where alone it would be the CCCD's.
 */
function columnField(
  top: string,
  below: string,
  belowField: ImportField | null | undefined,
  topField: ImportField | null | undefined,
): ImportField | null {
  if (below && below !== top) {
    const both = matchHeader(`${below} ${top}`);
    if (both.known) return both.field;
  }
  return belowField ?? topField ?? null;
}

/** The columns when the header is at `headerRow` (detected, or chosen by the chair). */
export function headerAt(grid: Grid, headerRow: number): HeaderDetection {
  const i = grid.rows.findIndex((r) => r.row === headerRow);
  const header = grid.rows[i] ?? { row: headerRow, cells: [] };
  const next = grid.rows[i + 1];
  const main = rowFields(header);
  const nameColumns = main.flatMap((f, c) =>
    f === 'fullName' || f === 'familyMiddleName' || f === 'givenName' ? [c] : [],
  );
  const sub = isSubHeader(header, next, nameColumns) ? next! : undefined;
  const subFields = sub ? rowFields(sub) : [];

  const taken = new Set<ImportField>();
  const columns: DetectedColumn[] = [];
  for (let c = 0; c < grid.width; c++) {
    const top = cellText(header.cells[c]).trim();
    const below = sub ? cellText(sub.cells[c]).trim() : '';
    let field = columnField(top, below, subFields[c], main[c]);
    // A merged header repeats over its columns: only the first of them gets the field.
    if (field && taken.has(field)) field = null;
    if (field) taken.add(field);
    const text = below && below !== top ? (top ? `${top} / ${below}` : below) : top;
    columns.push({ index: c, letter: columnLetter(c), header: text.replace(/\s+/g, ' '), field });
  }
  return { headerRow: header.row, dataStart: (sub ?? header).row + 1, columns };
}
