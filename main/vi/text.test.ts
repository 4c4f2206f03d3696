import { describe, it, expect } from 'vitest';
import { nfc, searchKey, searchTokens } from './text';

describe('nfc', () => {
  it.each([
    ['Nguye\u0302\u0303n', 'Nguyễn'],
    ['  Trần\u00A0\u00A0Thị\tHoa \n', 'Trần Thị Hoa'],
    ['Le\u0302 Va\u0306n', 'Lê Văn'],
    ['Đặng   Văn   Lâm', 'Đặng Văn Lâm'],
    ['', ''],
    ['\u00A0 \t', ''],
  ])('nfc(%j) = %j', (input, expected) => {
    expect(nfc(input)).toBe(expected);
    expect(nfc(input)).toBe(expected.normalize('NFC'));
  });
});

describe('searchKey', () => {
  it.each([
    ['Nguyễn Thị Đào', 'nguyen thi dao'],
    ['ĐỖ  ĐỨC\u00A0ĐẠT', 'do duc dat'],
    ['Nguye\u0302\u0303n Va\u0306n A\u0302n', 'nguyen van an'],
    ['Trương Ưng Ơn', 'truong ung on'],
    ['  Phạm Quỳnh  Anh ', 'pham quynh anh'],
    ['Ðào', 'dao'], // eth look-alike from legacy converters
    ['', ''],
  ])('searchKey(%j) = %j', (input, expected) => {
    expect(searchKey(input)).toBe(expected);
  });
});

describe('fast paths agree with the plain definitions', () => {
  // The definitions nfc and searchKey had before their fast paths (tidy text, ASCII, word cache).
  const plainNfc = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  const plainSearchKey = (s: string) =>
    s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[đð]/g, 'd').replace(/\s+/g, ' ').trim();
  const alphabet = [
    'a',
    'Đ',
    'đ',
    'ư',
    'e\u0302',
    '\u0301',
    'Ễ',
    ' ',
    '  ',
    '\t',
    '\u00A0',
    '\u3000',
    '7',
    'Ð',
    'I',
    '-',
  ];
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const samples = Array.from({ length: 2000 }, () =>
    Array.from({ length: Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
  );

  it('nfc and searchKey give the same text on 2,000 random strings of marks, spaces and letters', () => {
    for (const sample of [...samples, ...samples]) {
      expect(nfc(sample), JSON.stringify(sample)).toBe(plainNfc(sample));
      expect(searchKey(sample), JSON.stringify(sample)).toBe(plainSearchKey(sample));
    }
  });
});

describe('searchTokens', () => {
  /** How the register matches: one spelling of every word of the query is in the row's key. */
  const matchesSearch = (key: string, query: string) =>
    searchTokens(query).every((spellings) => spellings.some((t) => key.includes(t)));

  it.each([
    ['Nguyễn Thị Hoa', 'nguyen thi', true],
    ['Trần Minh Đức', 'duc', true],
    ['Nguyễn Thị Đào', 'dao', true],
    ['Nguyễn Thị Đào', 'Đào', true],
    ['Nguyễn Thị Đào', 'dao nguyen', true],
    ['Nguyễn Thị Đào', 'nguyen  thi   dao', true],
    ['Nguyễn Thị Đào', 'NGUYỄN', true],
    ['Nguyễn Thị Đào', 'ngu', true],
    ['Nguyễn Thị Đào', '', true],
    ['Nguyễn Thị Đào', '   ', true],
    ['Nguyễn Thị Đào', 'hoa', false],
    ['Nguyễn Thị Đào', 'dao hoa', false],
    ['Lê Văn Dũng', 'đung', true],
    ['Lê Văn Dũng | 001085012345 | 0912345678', '001.085.012.345', true],
    ['Lê Văn Dũng | 001085012345 | 0912345678', '0912-345-678', true],
    ['Lê Văn Dũng | 001085012345 | 0912345678', '0912 345.678', true],
    ['Lê Văn Dũng | 001085012345 | 0912345678', '0912.345.679', false],
    ['Lê Văn Dũng | 001085012345 | 0912345678', '+84 912 345 678', true],
    ['Lê Văn Dũng | 001085012345 | 0912345678', '84912345678', true],
    // Without the plus, 84… may also begin a card number; with it, it is only a phone number.
    ['Lê Văn Dũng | 001085012345 | 84912345678', '84912345678', true],
    ['Lê Văn Dũng | 001085012345 | 84912345678', '+84912345678', false],
    // Digit groups are one number: each group alone is somewhere in almost every CCCD.
    ['Lê Văn Dũng | 001085012345 | 0912345678', '0912 345 012', false],
  ])('%j matches %j: %s', (name, query, expected) => {
    expect(matchesSearch(searchKey(name), query)).toBe(expected);
  });
});
