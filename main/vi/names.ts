import { memoized } from './memo';
import { nfc } from './text';

export interface NameParts {
  familyName: string;
  middleName: string;
  givenName: string;
}

export interface SortableName {
  fullName: string;
  dateOfBirth?: string | null;
}

/** họ = first word, tên = last word, đệm = everything between (domain.md, Members). */
export function splitFullName(fullName: string): NameParts {
  const words = nfc(fullName)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return { familyName: '', middleName: '', givenName: '' };
  if (words.length === 1) return { familyName: '', middleName: '', givenName: words[0]! };
  return {
    familyName: words[0]!,
    middleName: words.slice(1, -1).join(' '),
    givenName: words[words.length - 1]!,
  };
}

/**
 * Fixes names typed in caps lock or all lower case; hyphenated parts (foreign names) too.
 * Vietnamese has no locale-specific case rules, so the plain (faster) Unicode mapping is exact.
 */
export function properCaseName(s: string): string {
  return nfc(s)
    .toLowerCase()
    .replace(/(^|[ -])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * One shared collator: constructing one is costly, and every list sort goes through here.
 * Default sensitivity (variant) so that tones and case still decide the order of names
 * that differ only in them, instead of leaving it to the input order.
 */
export const viCollator = new Intl.Collator('vi');

/** Members list order: tên, họ, đệm, then date of birth (ISO text, missing last). */
export function compareVietnameseNames(a: SortableName, b: SortableName): number {
  const pa = splitFullName(a.fullName);
  const pb = splitFullName(b.fullName);
  return (
    viCollator.compare(pa.givenName, pb.givenName) ||
    viCollator.compare(pa.familyName, pb.familyName) ||
    viCollator.compare(pa.middleName, pb.middleName) ||
    compareIsoNullsLast(a.dateOfBirth, b.dateOfBirth)
  );
}

function compareIsoNullsLast(a: string | null | undefined, b: string | null | undefined): number {
  const ea = !a;
  const eb = !b;
  if (ea || eb) return ea === eb ? 0 : ea ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Sort key. SQLite's ORDER BY compares bytes and puts Đ after Z, so a key column computed here
// lets the database sort the members list in the same order as compareVietnameseNames.
//
// The key imitates the ICU sort key of the 'vi' collation, field by field:
//   primary   – one char per base letter in the Vietnamese alphabet order (ă, â, đ, ê, ô, ơ, ư
//               are letters of their own), digits and a few punctuation marks below letters;
//   secondary – per letter a "common" weight, followed by one weight per tone or other mark;
//   tertiary  – per letter lower/upper case (lower first, as ICU's default).
// Levels end with LEVEL_END, lower than any weight, so a shorter field sorts first ("An" < "Anh").
// That makes each field's key prefix-free, so fields can simply be concatenated.
//
// Tone order, checked against Intl.Collator('vi') (ICU 78, CLDR): none < huyền < hỏi < ngã <
// sắc < nặng — the traditional dictionary order, so collator and tradition agree.
// Marks foreign to Vietnamese (ü, ç, å…) all share one weight after the tones, and characters
// outside the table sort after z by code point: for such names the key can disagree with the
// collator, which only matters for exotic foreign names.
// All chars of the key are ASCII for Vietnamese names, so JS `<` and SQLite BINARY agree.
// ---------------------------------------------------------------------------------------------

const ALPHABET = [
  'a',
  'ă',
  'â',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'ê',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
  'l',
  'm',
  'n',
  'o',
  'ô',
  'ơ',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'ư',
  'v',
  'w',
  'x',
  'y',
  'z',
];

const LEVEL_END = '!';
const FIELD_SEP = ' ';
const OTHER_PRIMARY = '~';

// Space and punctuation sort before digits, digits before letters, in ICU's root order.
const PRIMARY = new Map<string, string>([
  [' ', '"'],
  ['_', '#'],
  ['-', '$'],
  [',', '%'],
  ['.', '&'],
  ["'", "'"],
]);
for (let d = 0; d <= 9; d++) PRIMARY.set(String(d), String(d));
ALPHABET.forEach((letter, i) => PRIMARY.set(letter, String.fromCharCode(0x41 + i)));

const COMMON = '0';
const TONES = new Map<string, string>([
  ['\u0300', '1'], // huyền
  ['\u0309', '2'], // hỏi
  ['\u0303', '3'], // ngã
  ['\u0301', '4'], // sắc
  ['\u0323', '5'], // nặng
]);
const OTHER_MARK = '6';

// Marks that make a separate letter rather than a tone (a+̆ = ă, o+̛ = ơ…).
const MODIFIED = new Map<string, string>([
  ['a\u0306', 'ă'],
  ['a\u0302', 'â'],
  ['e\u0302', 'ê'],
  ['o\u0302', 'ô'],
  ['o\u031B', 'ơ'],
  ['u\u031B', 'ư'],
]);

const markWeight = (mark: string): string => TONES.get(mark) ?? OTHER_MARK;

function fieldKey(field: string): string {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  // NFD puts marks after their base, but in canonical order, not as typed (ậ = a, ̣, ̂),
  // so all marks of one base are collected before deciding which one forms the letter.
  // A mark with no base (stray input) is kept: ICU weighs it at the secondary level only.
  for (const cluster of field.normalize('NFD').match(/^\p{M}+|\P{M}\p{M}*/gu) ?? []) {
    const marks = [...cluster];
    const base = /^\p{M}/u.test(cluster) ? undefined : marks.shift();
    const rest: string[] = [];
    if (base !== undefined) {
      const lower = base.toLowerCase();
      let letter = lower;
      for (const m of marks) {
        const modified = letter === lower ? MODIFIED.get(lower + m) : undefined;
        if (modified) letter = modified;
        else rest.push(m);
      }
      primary += PRIMARY.get(letter) ?? OTHER_PRIMARY + letter;
      secondary += COMMON;
      tertiary += base !== lower ? '1' : '0';
    } else {
      rest.push(...marks);
    }
    // Each remaining mark is a collation element of its own in ICU, with the common tertiary.
    for (const m of rest) {
      secondary += markWeight(m);
      tertiary += '0';
    }
  }
  return primary + LEVEL_END + secondary + LEVEL_END + tertiary;
}

/**
 * Vietnamese names draw on a few hundred họ, đệm and tên, so a register of 20,000 repeats the
 * same fields endlessly: remembering their keys makes bulk imports several times cheaper.
 */
const cachedFieldKey = memoized(fieldKey, 50_000);

/**
 * Key whose plain string order equals compareVietnameseNames on the names (tên, họ, đệm), for
 * a name already split (a member's stored columns are written from one split).
 */
export function namePartsSortKey({ familyName, middleName, givenName }: NameParts): string {
  return cachedFieldKey(givenName) + FIELD_SEP + cachedFieldKey(familyName) + FIELD_SEP + cachedFieldKey(middleName);
}
