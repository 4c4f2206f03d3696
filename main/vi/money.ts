import { nfc } from './text';

// Money is integer đồng everywhere (architecture.md, Data); these helpers only format and parse.

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "1.234.567 đ". Throws on fractions: a fraction of a đồng means a bug upstream. */
export function formatMoney(dong: number): string {
  if (!Number.isSafeInteger(dong)) throw new RangeError(`Số tiền không hợp lệ: ${dong}`);
  return formatNumber(dong) + ' đ';
}

/** Vietnamese number style: "." groups thousands, "," marks decimals. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`Số không hợp lệ: ${n}`);
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  let text: string;
  if (Number.isInteger(abs)) {
    // BigInt avoids the exponent notation String() uses from 1e21 on.
    text = BigInt(abs).toString();
  } else {
    text = String(abs);
    // Tiny fractions print as "1e-7"; toFixed spells them out.
    if (text.includes('e')) text = abs.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
  }
  const [int = '0', frac] = text.split('.');
  return sign + groupThousands(int) + (frac ? ',' + frac : '');
}

const CURRENCY_SUFFIX = /(?:đồng|đ|₫|vnđ|vnd)$/iu;

/**
 * Reads an amount as people type or paste it. Vietnamese text uses "." for thousands; a pasted
 * English figure uses ","; either counts as thousands only in groups of exactly three, so
 * "1.5" or "1,50" are decimals — and since amounts are whole đồng, a real fraction gives null.
 */
export function parseMoney(text: string): number | null {
  let s = nfc(text).replace(CURRENCY_SUFFIX, '').trim();
  let negative = false;
  if (/^[-\u2212]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  }
  const value = parseUnsigned(s);
  if (value === null || !Number.isSafeInteger(value)) return null;
  return negative && value !== 0 ? -value : value;
}

function parseUnsigned(s: string): number | null {
  // Grouped: one separator throughout (\1); the other one may then start a decimal part.
  const grouped = /^(\d{1,3}([.,\s])\d{3}(?:\2\d{3})*)(?:([.,])(\d+))?$/u.exec(s);
  if (grouped) {
    const [, intPart = '', groupSep, decSep, frac] = grouped;
    if (decSep !== undefined && decSep === groupSep) return null;
    return wholeOrNull(intPart.replace(/\D/g, ''), frac);
  }
  const plain = /^(\d+)(?:[.,](\d+))?$/.exec(s);
  if (plain) return wholeOrNull(plain[1] ?? '', plain[2]);
  return null;
}

// Only ",0" / ",00" pass as a decimal part: a longer one such as "5.850,000" is more likely a
// mistyped 5.850.000 than 5 850 đồng, and guessing wrong would be a thousandfold error.
function wholeOrNull(intDigits: string, frac: string | undefined): number | null {
  if (frac !== undefined && !/^0{1,2}$/.test(frac)) return null;
  return Number(intDigits);
}

// ---------------------------------------------------------------------------------------------
// Amount in words (domain.md, "Writing amounts in words").
// ---------------------------------------------------------------------------------------------

export type WordsStyle = 'north' | 'south';

export interface WordsOptions {
  style?: WordsStyle;
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

interface Vocabulary {
  thousand: string;
  zeroTens: string;
}

const VOCAB: Record<WordsStyle, Vocabulary> = {
  north: { thousand: 'nghìn', zeroTens: 'linh' },
  south: { thousand: 'ngàn', zeroTens: 'lẻ' },
};

function digit(d: number): string {
  return DIGITS[d] ?? '';
}

/**
 * One group of three digits. `full` = a higher group precedes it, so an empty hundreds place
 * is still read ("không trăm linh năm"), as in "một triệu không trăm linh năm".
 */
function groupWords(n: number, full: boolean, v: Vocabulary): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const words: string[] = [];
  const hasHundreds = full || h > 0;
  if (hasHundreds) words.push(digit(h), 'trăm');
  if (t === 0) {
    if (u > 0) {
      if (hasHundreds) words.push(v.zeroTens);
      words.push(digit(u));
    }
  } else if (t === 1) {
    words.push('mười');
    if (u > 0) words.push(u === 5 ? 'lăm' : digit(u));
  } else {
    words.push(digit(t), 'mươi');
    if (u > 0) words.push(u === 1 ? 'mốt' : u === 4 ? 'tư' : u === 5 ? 'lăm' : digit(u));
  }
  return words;
}

/** Below one tỷ: groups of units, nghìn, triệu; wholly empty groups are skipped. */
function belowBillion(n: number, full: boolean, v: Vocabulary): string[] {
  const scales = ['triệu', v.thousand, ''];
  const groups = [Math.floor(n / 1e6), Math.floor(n / 1e3) % 1000, n % 1000];
  const words: string[] = [];
  groups.forEach((g, i) => {
    if (g === 0) return;
    words.push(...groupWords(g, full || words.length > 0, v));
    if (scales[i]) words.push(scales[i]!);
  });
  return words;
}

// tỷ is applied recursively: 10^12 is "một nghìn tỷ", 1.005 × 10^12 "một nghìn không trăm linh
// năm tỷ" — reading the count of tỷ as a number, not appending "tỷ" to each group.
function positiveWords(n: number, full: boolean, v: Vocabulary): string[] {
  if (n < 1e9) return belowBillion(n, full, v);
  const billions = Math.floor(n / 1e9);
  const rest = n % 1e9;
  const words = [...positiveWords(billions, full, v), 'tỷ'];
  if (rest > 0) words.push(...belowBillion(rest, true, v));
  return words;
}

/** Lower-case Vietnamese words for an integer: 1005000 → "một triệu không trăm linh năm nghìn". */
export function amountInWords(n: number, opts: WordsOptions = {}): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Không đọc được số: ${n}`);
  const v = VOCAB[opts.style ?? 'north'];
  if (n === 0) return DIGITS[0]!;
  const words = positiveWords(Math.abs(n), false, v);
  return (n < 0 ? 'âm ' : '') + words.join(' ');
}

export interface ReceiptWordsOptions extends WordsOptions {
  chan?: boolean;
}

/** "Bằng chữ" line on a receipt: "Năm mươi hai triệu năm trăm nghìn đồng". */
export function amountInWordsForReceipt(n: number, opts: ReceiptWordsOptions = {}): string {
  const words = amountInWords(n, opts);
  const capitalised = words.charAt(0).toLocaleUpperCase('vi') + words.slice(1);
  return capitalised + ' đồng' + (opts.chan ? ' chẵn' : '');
}
