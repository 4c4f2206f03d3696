// Vietnamese text helpers shared by main and the renderer bundle: no Node APIs, no dependencies.
import { memoized } from './memo';

/** Any space that is not a single U+0020 between words: \s covers NBSP, tabs, newlines and the other Unicode spaces. */
const IRREGULAR_SPACE = /[^\S ]| {2}|^ | $/;
const collapseSpaces = (s: string) => s.replace(/\s+/g, ' ').trim();
const ASCII = /^[\p{ASCII}]*$/u;

/**
 * Canonical stored form of user text. Vietnamese arrives in both NFC and NFD (macOS, some IMEs,
 * pasted PDFs), and names copied from Word or the web carry NBSPs and tabs; without this, equal
 * names would compare unequal and duplicates would slip past checks.
 */
export function nfc(s: string): string {
  const normalized = s.normalize('NFC');
  // Most text is already tidy; testing is cheaper than rebuilding it (imports call this a lot).
  return IRREGULAR_SPACE.test(normalized) ? collapseSpaces(normalized) : normalized;
}

/**
 * Tone- and mark-insensitive key for search. đ has no decomposition, so stripping marks alone
 * leaves it; users type "d" for it, hence the explicit mapping. ð/Ð (eth) are mapped too because
 * legacy-encoding converters and some keyboards produce them in place of đ/Đ.
 */
export function searchKey(s: string): string {
  // CCCD, phone and card numbers are plain ASCII: nothing to fold but the case.
  if (ASCII.test(s)) return nfc(s.toLowerCase());
  // A word of stray marks folds to nothing and must not leave a double space behind.
  return collapseSpaces(s)
    .split(' ')
    .map(foldedWord)
    .filter((w) => w !== '')
    .join(' ');
}

/**
 * A register repeats the same few hundred họ, đệm and tên, so folded words are remembered:
 * a 10,000-row import folds each name twice (duplicate check and search key).
 */
const foldedWord = memoized(
  (word) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[đð]/g, 'd'),
  50_000,
);

/** A number as people write it: digits with dots, dashes or brackets ("0912.345.678", "(024) 3825"). */
const WRITTEN_NUMBER = /^[\d.\-()]*\d[\d.\-()]*$/;
/** A query that is nothing but a number, in groups or with +84: "0912 345 678", "+84 912 345 678". */
const NUMBER_QUERY = /^\+?[\d.\-() ]*\d[\d.\-() ]*$/;

/** A card, CCCD or phone number without the dots, dashes, brackets and spaces people write in it. */
export const bareNumber = (s: string): string => s.replace(/[\s.\-()]/g, '');

/**
 * The words of a search query, as searchKey folds them, each with the spellings it may match:
 * a row matches when its key holds one spelling of each word, so a partial name in any order
 * finds the person ("dao nguyen" finds "Nguyễn Thị Đào"). Numbers lose their dots, dashes and
 * brackets: CCCD and phone numbers are stored as bare digits, and "001.085.012.345" is the same
 * number. A query that is only a number is one number however it is grouped. "+84" is the
 * leading 0 of a phone number; "84" without the plus may be that too, or the start of a card
 * number, so it matches either way.
 */
export function searchTokens(query: string): string[][] {
  const key = searchKey(query);
  if (NUMBER_QUERY.test(key)) {
    const digits = bareNumber(key);
    const phone = /^\+?84(\d{9,10})$/.exec(digits);
    if (!phone) return [[digits.replace(/^\+/, '')]];
    return digits.startsWith('+') ? [[`0${phone[1]}`]] : [[`0${phone[1]}`, digits]];
  }
  return key
    .split(' ')
    .map((t) => (WRITTEN_NUMBER.test(t) ? bareNumber(t) : t))
    .filter((t) => t !== '')
    .map((t) => [t]);
}
