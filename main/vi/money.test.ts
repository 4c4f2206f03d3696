import { describe, it, expect } from 'vitest';
import { amountInWords, amountInWordsForReceipt, formatMoney, formatNumber, parseMoney } from './money';

describe('formatMoney', () => {
  it.each([
    [0, '0 đ'],
    [5, '5 đ'],
    [999, '999 đ'],
    [1000, '1.000 đ'],
    [1234567, '1.234.567 đ'],
    [-1500, '-1.500 đ'],
    [Number.MAX_SAFE_INTEGER, '9.007.199.254.740.991 đ'],
  ])('formatMoney(%d) = %j', (n, expected) => {
    expect(formatMoney(n)).toBe(expected);
  });

  it.each([[1.5], [NaN], [Infinity], [1e20]])('formatMoney(%d) throws RangeError', (n) => {
    expect(() => formatMoney(n)).toThrow(RangeError);
  });
});

describe('formatNumber', () => {
  it.each([
    [1234567, '1.234.567'],
    [1234.5, '1.234,5'],
    [0.25, '0,25'],
    [-1234.75, '-1.234,75'],
    [100, '100'],
    [1e21, '1.000.000.000.000.000.000.000'],
    [1e-7, '0,0000001'],
  ])('formatNumber(%d) = %j', (n, expected) => {
    expect(formatNumber(n)).toBe(expected);
  });
});

describe('parseMoney', () => {
  it.each([
    ['5.850.000', 5850000],
    ['5,850,000', 5850000],
    ['5850000', 5850000],
    ['5.850.000 đ', 5850000],
    ['5.850.000đ', 5850000],
    [' 5 850 000 ', 5850000],
    ['5\u00A0850\u00A0000 ₫', 5850000],
    ['5.850.000 VNĐ', 5850000],
    ['5.850.000 đồng', 5850000],
    ['1.500', 1500],
    ['1,500', 1500],
    ['5.850.000,00', 5850000],
    ['5,850,000.00', 5850000],
    ['0', 0],
    ['-1.500', -1500],
    ['-0', 0],
  ])('parseMoney(%j) = %d', (text, expected) => {
    expect(parseMoney(text)).toBe(expected);
  });

  it.each([
    [''],
    ['abc'],
    ['đ'],
    ['1.5'], // a decimal, and money is whole đồng
    ['1,50'],
    ['5.850.000,5'],
    ['5.85.000'],
    ['5.850,000'], // a mistyped 5.850.000 rather than 5 850 đồng
    ['5850,000'],
    ['5.850.000.5'],
    ['12 34'],
    ['1e6'],
    ['99999999999999999999'], // beyond exact integers
  ])('parseMoney(%j) = null', (text) => {
    expect(parseMoney(text)).toBeNull();
  });
});

describe('amountInWords', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [4, 'bốn'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [99, 'chín mươi chín'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [1000, 'một nghìn'],
    [1010, 'một nghìn không trăm mười'],
    [1_005_000, 'một triệu không trăm linh năm nghìn'],
    [1_000_005, 'một triệu không trăm linh năm'],
    [1_000_000, 'một triệu'],
    [234_000, 'hai trăm ba mươi tư nghìn'],
    [253_000, 'hai trăm năm mươi ba nghìn'],
    [1_800_000, 'một triệu tám trăm nghìn'],
    [2_340_000, 'hai triệu ba trăm bốn mươi nghìn'],
    [52_500_000, 'năm mươi hai triệu năm trăm nghìn'],
    [1_000_000_000, 'một tỷ'],
    [1_005_000_000, 'một tỷ không trăm linh năm triệu'],
    [15_000_000_000, 'mười lăm tỷ'],
    [1_000_000_000_000, 'một nghìn tỷ'],
    [1_005_000_000_000, 'một nghìn không trăm linh năm tỷ'],
    [1_000_000_000_005, 'một nghìn tỷ không trăm linh năm'],
    [1_000_000_000_000_000, 'một triệu tỷ'],
    [
      Number.MAX_SAFE_INTEGER,
      'chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ ' +
        'hai trăm năm mươi tư triệu bảy trăm bốn mươi nghìn chín trăm chín mươi mốt',
    ],
    [-1500, 'âm một nghìn năm trăm'],
  ])('amountInWords(%d) = %j', (n, expected) => {
    expect(amountInWords(n)).toBe(expected);
  });

  it.each([
    [105, 'một trăm lẻ năm'],
    [1010, 'một ngàn không trăm mười'],
    [1_005_000, 'một triệu không trăm lẻ năm ngàn'],
    [1_000_000_000_000, 'một ngàn tỷ'],
    [52_500_000, 'năm mươi hai triệu năm trăm ngàn'],
  ])('south style: amountInWords(%d) = %j', (n, expected) => {
    expect(amountInWords(n, { style: 'south' })).toBe(expected);
  });

  it.each([[1.5], [NaN], [-Infinity], [Number.MAX_SAFE_INTEGER + 1]])('amountInWords(%d) throws RangeError', (n) => {
    expect(() => amountInWords(n)).toThrow(RangeError);
  });
});

describe('amountInWordsForReceipt', () => {
  it.each<[number, Parameters<typeof amountInWordsForReceipt>[1], string]>([
    [52_500_000, undefined, 'Năm mươi hai triệu năm trăm nghìn đồng'],
    [1_005_000, undefined, 'Một triệu không trăm linh năm nghìn đồng'],
    [1_800_000, { chan: true }, 'Một triệu tám trăm nghìn đồng chẵn'],
    [1_005_000, { style: 'south' }, 'Một triệu không trăm lẻ năm ngàn đồng'],
    [0, undefined, 'Không đồng'],
    [-1500, undefined, 'Âm một nghìn năm trăm đồng'],
  ])('amountInWordsForReceipt(%d, %j) = %j', (n, opts, expected) => {
    expect(amountInWordsForReceipt(n, opts)).toBe(expected);
  });
});
