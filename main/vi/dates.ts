import { nfc } from './text';

// Dates are stored as 'YYYY-MM-DD' text (architecture.md, Data): compared as strings, free of
// time zones. Parsing by hand instead of new Date(text) because Date parses 'YYYY-MM-DD' as
// UTC and rolls invalid days over (2025-02-29 → 1 March) instead of rejecting them.

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function validYmd(y: number, m: number, d: number): boolean {
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function parseIso(iso: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return validYmd(y, m, d) ? { y, m, d } : null;
}

function requireIso(iso: string): Ymd {
  const ymd = parseIso(iso);
  if (!ymd) throw new RangeError(`Ngày không hợp lệ: ${iso}`);
  return ymd;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function toIso({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

export function isIsoDate(s: string): boolean {
  return parseIso(s) !== null;
}

/**
 * "05/02/2026". Text that is not an ISO date is returned as it is, so a bad stored value shows
 * up on screen for someone to fix rather than vanishing or breaking the whole list.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const ymd = parseIso(iso);
  return ymd ? `${pad2(ymd.d)}/${pad2(ymd.m)}/${ymd.y}` : iso;
}

/** Day first always — Vietnamese usage; 2/5/2026 is 2 May, never 5 February. */
export function parseViDate(text: string): string | null {
  const s = nfc(text);
  if (isIsoDate(s)) return s;
  // The back-reference keeps one separator: "5/2-2026" is more likely a typo than a date.
  const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s);
  if (!match) return null;
  const [d, m, y] = [Number(match[1]), Number(match[3]), Number(match[4])];
  return validYmd(y, m, d) ? toIso({ y, m, d }) : null;
}

/**
 * "ngày 05 tháng 02 năm 2026". Nghị định 30/2020 (Phụ lục I): a leading zero for days below 10
 * and for months 1 and 2 only ("tháng 3", "tháng 11"), so that a digit cannot be added in
 * front of 1 or 2 to make 11 or 12.
 */
export function formatDateWords(iso: string): string {
  const { y, m, d } = requireIso(iso);
  const month = m <= 2 ? pad2(m) : String(m);
  return `ngày ${pad2(d)} tháng ${month} năm ${y}`;
}

/** "Hà Nội, ngày 05 tháng 02 năm 2026"; without a place the line starts with "Ngày". */
export function formatPlaceDateLine(place: string, iso: string): string {
  const words = formatDateWords(iso);
  const p = nfc(place);
  return p ? `${p}, ${words}` : 'N' + words.slice(1);
}

/** Local calendar date: the office's today, not UTC's, which is 7 hours behind Vietnam. */
export function todayIso(now: Date = new Date()): string {
  return toIso({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() });
}

/**
 * Whole years from dateOfBirth to onDate (negative if onDate is earlier). Someone born on
 * 29 February turns a year older on 1 March in common years.
 */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const b = requireIso(dateOfBirth);
  const o = requireIso(onDate);
  let age = o.y - b.y;
  if (o.m < b.m || (o.m === b.m && o.d < b.d)) age -= 1;
  return age;
}
