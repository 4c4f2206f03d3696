/**
 * One small rule per thing Excel (or a hurried typist) does to a member list. Each takes a raw
 * cell and returns the clean value or a message (in the UI's language) that says how to fix the cell.
 */
import { formatDate, isIsoDate, parseViDate } from '../../vi/dates';
import { parseMoney } from '../../vi/money';
import { properCaseName } from '../../vi/names';
import { bareNumber, nfc, searchKey } from '../../vi/text';
import type { MemberStatus } from '../../db/schema';
import { say } from '../../i18n/messages';
import { fieldName } from './fields';
import type { RawCell } from './grid';
import { importMessages as m } from './messages';
import { STATUS_LABEL } from '../labels';

export type Cleaned<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Cleaned<T> => ({ ok: true, value });
const fail = <T>(message: string): Cleaned<T> => ({ ok: false, message });

const ZERO_WIDTH = /[\u200B-\u200D\uFEFF\u00AD]/g;
/** A dash or dot alone is how many lists write "nothing here". */
const PLACEHOLDER = /^[-–—.]+$/;

/** Whole numbers without exponent ("1e+21"), dates as dd/mm/yyyy: what the cell shows. */
export function cellToText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isSafeInteger(cell) ? BigInt(cell).toString() : String(cell);
  if (typeof cell === 'boolean') return cell ? 'x' : '';
  if (cell instanceof Date) return formatDate(dateToIso(cell));
  return cell;
}

/** NFC, NBSP and runs of spaces folded, zero-width characters dropped; empty → null. */
export function cleanText(cell: RawCell | undefined): string | null {
  const s = nfc(cellToText(cell).replace(ZERO_WIDTH, ''));
  return s === '' || PLACEHOLDER.test(s) ? null : s;
}

/**
 * Vietnamese has no locale-specific case rules (CLDR has them only for Turkish, Azeri and
 * Lithuanian), so the default Unicode mapping gives what toLocaleUpperCase('vi') gives, about
 * four times faster: an import checks three cells of every row.
 */
function isOneCase(s: string): boolean {
  return s === s.toUpperCase() || s === s.toLowerCase();
}

/** "NGUYỄN VĂN AN" and "nguyễn văn an" → "Nguyễn Văn An"; mixed case is left as typed. */
export function cleanName(cell: RawCell | undefined): string | null {
  const s = cleanText(cell);
  return s && isOneCase(s) ? properCaseName(s) : s;
}

/** Ethnicities are proper names ("Ba Na", "Mường"); the register counts "Kinh" by exact text. */
export function cleanEthnicity(cell: RawCell | undefined): string | null {
  return cleanName(cell);
}

/** "PHẬT GIÁO" → "Phật giáo": religions are written in sentence case. */
export function cleanReligion(cell: RawCell | undefined): string | null {
  const s = cleanText(cell);
  if (!s || !isOneCase(s)) return s;
  const lower = s.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

/**
 * Days since 1970-01-01 → ISO date, by arithmetic (H. Hinnant's civil_from_days): a Date per
 * cell is most of the cost of reading 10,000 rows.
 */
function isoFromUtcDays(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/**
 * ExcelJS gives dates as UTC midnight; a date written from local time may sit a few hours off.
 * Excel shows the calendar day of the serial, so the day is taken the same way, with a small
 * tolerance for the float error of the serial.
 */
export function dateToIso(d: Date): string {
  return isoFromUtcDays(Math.floor(d.getTime() / DAY_MS + 1e-6));
}

/**
 * Excel's 1900 date system counts 1900-02-29, a day that never was (kept from Lotus 1-2-3), so
 * serials from 61 on are one day ahead of a plain count from 1899-12-31; serial 60 is that
 * phantom day. The 1904 system (old Mac Excel) counts from 1904-01-01 without the bug.
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  const whole = Math.floor(serial + 1e-6);
  if (date1904) return whole >= 0 && whole <= 2_957_003 ? isoFromUtcDays(whole - 24_107) : null;
  if (whole < 1 || whole > 2_958_465 || whole === 60) return null;
  // 25569 = serial of 1970-01-01.
  return isoFromUtcDays(whole < 60 ? whole - 25_568 : whole - 25_569);
}

/** A cell meant to hold a date: a Date, an Excel serial, or dd/mm/yyyy text in its variants. */
export function cleanDate(cell: RawCell | undefined, label: string, date1904 = false): Cleaned<string | null> {
  if (cell instanceof Date) return ok(dateToIso(cell));
  if (typeof cell === 'number') return serialOrYear(cell, label, date1904);
  const raw = cleanText(cell);
  if (raw === null) return ok(null);
  const s = raw.replace(/\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?$/, '').replace(/\s*([/.-])\s*/g, '$1');
  if (/^\d{4}$/.test(s)) return serialOrYear(Number(s), label, date1904);
  if (/^\d{5}$/.test(s)) return serialOrYear(Number(s), label, date1904);
  const iso = parseViDate(s);
  if (iso) return ok(iso);
  if (/^\d{1,2}([/.-])\d{1,2}\1\d{2}$/.test(s)) {
    return fail(say(m.dateTwoDigitYear, { label, raw }));
  }
  if (/^\d{1,2}([/.-])\d{1,2}\1\d{4}$/.test(s) || /^\d{4}-\d{2}-\d{2}$/.test(s)) {
    return fail(say(m.dateNotReal, { label, raw }));
  }
  return fail(say(m.dateUnreadable, { label, raw }));
}

function serialOrYear(n: number, label: string, date1904: boolean): Cleaned<string | null> {
  // A serial between 1900 and 2100 is a day in 1905: in a member list that is a year typed alone.
  if (Number.isInteger(n) && n >= 1900 && n <= 2100) {
    return fail(say(m.dateYearOnly, { label, year: n }));
  }
  const iso = excelSerialToIso(n, date1904);
  if (iso && isIsoDate(iso)) return ok(iso);
  return fail(say(m.dateNotADate, { label, raw: cellToText(n) }));
}

// ---------------------------------------------------------------------------------------------
// Numbers people type into cells Excel treats as numbers
// ---------------------------------------------------------------------------------------------

const SCIENTIFIC = /^\d+(?:[.,]\d+)?\s*e\s*\+?\d+$/i;

/**
 * CCCD numbers begin with a province code 001–096, so a 12-digit CCCD always starts with 0 and
 * Excel, treating it as a number, drops one or two zeros. Those come back; digits lost to the
 * exponent form ("1.23457E+11", what a CSV saved from Excel holds) do not.
 */
export function cleanCccd(cell: RawCell | undefined): Cleaned<string | null> {
  if (typeof cell === 'number') {
    if (!Number.isSafeInteger(cell) || cell < 0) {
      return fail(say(m.cccdNotDigits, { raw: cellToText(cell) }));
    }
    return ok(padLostZeros(String(cell)));
  }
  const raw = cleanText(cell);
  if (raw === null) return ok(null);
  const s = raw.replace(/^'/, '');
  if (SCIENTIFIC.test(s)) {
    return fail(say(m.cccdExponent, { raw }));
  }
  const digits = s.replace(/[\s.-]/g, '');
  return ok(/^\d+$/.test(digits) ? padLostZeros(digits) : s);
}

/**
 * The 9 digits of an old CMND written where the CCCD goes, else null. A CMND has not been valid
 * since 01/01/2025 (Luật Căn cước 2023, Điều 46) and is no CCCD, but older lists still hold
 * them: the import keeps the number in Ghi chú instead of refusing the member.
 */
export function oldIdCardNumber(cell: RawCell | undefined): string | null {
  // As a number, a CMND of Hà Nội (01…) or TP. Hồ Chí Minh (02…) lost its leading 0.
  const written = typeof cell === 'number' ? cellToText(cell) : null;
  const text = written !== null ? (written.length === 8 ? `0${written}` : written) : cleanText(cell);
  const digits = text?.replace(/^'/, '').replace(/[\s.-]/g, '');
  return digits !== undefined && /^\d{9}$/.test(digits) ? digits : null;
}

function padLostZeros(digits: string): string {
  return digits.length === 10 || digits.length === 11 ? digits.padStart(12, '0') : digits;
}

/**
 * A phone typed as a number loses its 0: 912345678 → 0912345678, 2438251234 → 02438251234.
 * The format is checked later.
 */
export function cleanPhone(cell: RawCell | undefined): string | null {
  const s = typeof cell === 'number' ? cellToText(cell) : cleanText(cell);
  if (s === null || s === '') return null;
  const digits = bareNumber(s.replace(/^'/, ''));
  return /^([35789]\d{8}|2\d{9})$/.test(digits) ? '0' + digits : s.replace(/^'/, '');
}

/** Money as a number, "5.850.000", "5,850,000", "5.850.000 đ". */
export function cleanMoney(cell: RawCell | undefined, label = fieldName('insuranceSalary')): Cleaned<number | null> {
  if (typeof cell === 'number') {
    if (Number.isInteger(cell)) return ok(cell);
    return fail(say(m.moneyFraction, { label, raw: cellToText(cell) }));
  }
  const raw = cleanText(cell);
  if (raw === null) return ok(null);
  const n = parseMoney(raw);
  if (n === null) return fail(say(m.moneyUnreadable, { label, raw }));
  return ok(n);
}

// ---------------------------------------------------------------------------------------------
// Words and marks
// ---------------------------------------------------------------------------------------------

// Columns such as Giới tính or Đảng viên repeat a handful of words over thousands of rows.
const wordKeys = new Map<string, string>();
function wordKey(cell: RawCell | undefined): string {
  if (typeof cell !== 'string' || cell.length > 24) return searchKey(cleanText(cell) ?? '').replace(/[.:]/g, '');
  let key = wordKeys.get(cell);
  if (key === undefined) {
    key = searchKey(cleanText(cell) ?? '').replace(/[.:]/g, '');
    if (wordKeys.size < 1000) wordKeys.set(cell, key);
  }
  return key;
}

const MALE = new Set(['nam', 'm', 'male', 'trai', 'ong']);
const FEMALE = new Set(['nu', 'f', 'female', 'gai', 'ba']);

export function cleanGender(cell: RawCell | undefined): Cleaned<'male' | 'female' | null> {
  const key = wordKey(cell);
  if (key === '') return ok(null);
  if (MALE.has(key)) return ok('male');
  if (FEMALE.has(key)) return ok('female');
  return fail(say(m.genderUnclear, { raw: cleanText(cell) ?? '' }));
}

const YES = new Set([
  'x',
  'v',
  '✓',
  '✔',
  '1',
  'co',
  'c',
  'yes',
  'y',
  'true',
  'dang vien',
  'dv',
  'la dang vien',
  'dang vien dcsvn',
]);
const NO = new Set(['0', 'khong', 'k', 'no', 'n', 'false', 'chua']);
const MARKS = new Set([...YES, 'nam', 'nu']);

export interface Mark {
  marked: boolean;
  /** Lists put the date under the mark column ("Ngày sinh" over "Nam" | "Nữ"). */
  date: Cleaned<string | null>;
}

/**
 * A cell of a "Nam" or "Nữ" column: X, the word itself, 1 (and 0 for no), or the date of birth.
 * 1 and 0 are never dates here: as serials they would be 01/01/1900 and 00/01/1900.
 */
export function cleanMark(cell: RawCell | undefined, dateLabel: string, date1904 = false): Mark {
  if (typeof cell === 'boolean') return { marked: cell, date: ok(null) };
  if (cell === 0 || cell === 1) return { marked: cell === 1, date: ok(null) };
  if (cell instanceof Date || typeof cell === 'number')
    return { marked: true, date: cleanDate(cell, dateLabel, date1904) };
  const key = wordKey(cell);
  if (key === '' || NO.has(key)) return { marked: false, date: ok(null) };
  if (MARKS.has(key)) return { marked: true, date: ok(null) };
  return { marked: true, date: cleanDate(cell, dateLabel, date1904) };
}

export interface YesNo {
  value: boolean;
  date: string | null;
}

/** "x", "Có", "Đảng viên", "ĐV", or the date of joining the Party → yes; blank, "Không" → no. */
export function cleanYesNo(cell: RawCell | undefined, label: string, date1904 = false): Cleaned<YesNo> {
  if (typeof cell === 'boolean') return ok({ value: cell, date: null });
  const key = wordKey(cell);
  if (key === '') return ok({ value: false, date: null });
  if (YES.has(key)) return ok({ value: true, date: null });
  if (NO.has(key)) return ok({ value: false, date: null });
  const date = cleanDate(cell, label, date1904);
  if (date.ok && date.value) return ok({ value: true, date: date.value });
  return fail(say(m.yesNoUnclear, { label, raw: cleanText(cell) ?? '' }));
}

export function cleanCardType(cell: RawCell | undefined): Cleaned<'regular' | 'linked' | null> {
  const key = wordKey(cell).replace(/^the /, '');
  if (key === '') return ok(null);
  if (['thuong', 'binh thuong', 'regular', 'thuong le'].includes(key)) return ok('regular');
  if (['lien ket', 'linked', 'ngan hang', 'lien ket ngan hang', 'ket hop'].includes(key)) return ok('linked');
  return fail(say(m.cardTypeUnclear, { raw: cleanText(cell) ?? '' }));
}

const STATUS_WORDS: Record<MemberStatus, string[]> = {
  active: ['dang sinh hoat', 'sinh hoat', 'binh thuong', 'dang cong tac', 'dang lam viec'],
  suspended: ['tam dung sinh hoat', 'tam dung', 'dang tam dung sinh hoat'],
  transferred_out: ['da chuyen di', 'chuyen di', 'da chuyen sinh hoat di', 'chuyen sinh hoat di', 'chuyen cong tac'],
  left: [
    'da thoi sinh hoat',
    'thoi sinh hoat',
    'nghi huu',
    'da nghi huu',
    'nghi viec',
    'da nghi viec',
    'thoi viec',
    'da thoi viec',
    'xin ra',
    'da xin ra',
    'tu tran',
    'da tu tran',
    'qua doi',
    'da qua doi',
    'da mat',
  ],
  removed: ['da xoa ten', 'xoa ten'],
  expelled: ['da khai tru', 'khai tru', 'da bi khai tru'],
};

/** "Đang sinh hoạt", "Tạm dừng", "Đã chuyển đi", "Nghỉ hưu"… as the export and chairs write them. */
export function cleanStatus(cell: RawCell | undefined): Cleaned<MemberStatus | null> {
  const key = wordKey(cell);
  if (key === '') return ok(null);
  for (const [status, words] of Object.entries(STATUS_WORDS) as [MemberStatus, string[]][]) {
    if (words.includes(key)) return ok(status);
  }
  // The file is in Vietnamese: the words it may use are quoted in Vietnamese in either language.
  const statuses = Object.values(STATUS_LABEL)
    .map((label) => `“${label}”`)
    .join(', ');
  return fail(say(m.statusUnread, { raw: cleanText(cell) ?? '', statuses }));
}
