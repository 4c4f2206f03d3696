import { afterEach, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../../i18n/messages';
import {
  cellToText,
  cleanCardType,
  cleanCccd,
  oldIdCardNumber,
  cleanDate,
  cleanEthnicity,
  cleanGender,
  cleanMark,
  cleanMoney,
  cleanName,
  cleanPhone,
  cleanReligion,
  cleanStatus,
  cleanText,
  cleanYesNo,
  dateToIso,
  excelSerialToIso,
} from './clean';

const NS = 'Ngày sinh';

describe('text', () => {
  it.each([
    ['Nguye\u0302\u0303n Va\u0306n An', 'Nguyễn Văn An'], // NFD → NFC
    ['  Trần   Thị\u00a0Lan\t', 'Trần Thị Lan'], // stray and non-breaking spaces
    ['Lê\u200b Văn\ufeff Tám', 'Lê Văn Tám'], // zero-width characters from web pages
    ['-', null], // a dash alone means "nothing"
    ['   ', null],
    [null, null],
  ])('cleanText(%j) → %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('shows numbers whole and dates as dd/mm/yyyy', () => {
    expect(cellToText(1234567890123)).toBe('1234567890123');
    expect(cellToText(new Date(Date.UTC(1985, 1, 5)))).toBe('05/02/1985');
    expect(cellToText(5.5)).toBe('5.5');
  });
});

describe('names', () => {
  it.each([
    ['NGUYỄN VĂN AN', 'Nguyễn Văn An'],
    ['nguyễn thị bích ngọc', 'Nguyễn Thị Bích Ngọc'],
    ['ĐẶNG THU HÀ', 'Đặng Thu Hà'],
    ['  TRẦN   THỊ\u00a0LAN ', 'Trần Thị Lan'],
    ['Nguyễn Văn AN', 'Nguyễn Văn AN'], // mixed case is the typist's choice
    ['MARIE-CLAIRE DUBOIS', 'Marie-Claire Dubois'],
  ])('cleanName(%j) → %j', (input, expected) => {
    expect(cleanName(input)).toBe(expected);
  });

  it('proper-cases ethnicities and sentence-cases religions', () => {
    expect(cleanEthnicity('KINH')).toBe('Kinh');
    expect(cleanEthnicity('ba na')).toBe('Ba Na');
    expect(cleanReligion('PHẬT GIÁO')).toBe('Phật giáo');
    expect(cleanReligion('không')).toBe('Không');
    expect(cleanReligion('Công giáo')).toBe('Công giáo');
  });
});

describe('dates', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'], // after the phantom 29 February 1900
    [25569, '1970-01-01'],
    [31048, '1985-01-01'],
    [46058, '2026-02-05'],
    [46058.75, '2026-02-05'], // a time of day does not move the date
  ])('Excel serial %d → %s', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  it('knows serial 60 is the day that never was, and the 1904 system', () => {
    expect(excelSerialToIso(60)).toBeNull();
    expect(excelSerialToIso(0, true)).toBe('1904-01-01');
    expect(excelSerialToIso(31048 - 1462, true)).toBe('1985-01-01');
  });

  it('reads ExcelJS dates by their UTC day, whatever the time zone offset', () => {
    expect(dateToIso(new Date(Date.UTC(1985, 1, 5)))).toBe('1985-02-05');
    // Written from local time in Vietnam (UTC+7): 17:00 UTC the day before.
    expect(dateToIso(new Date(Date.UTC(1985, 1, 4, 17)))).toBe('1985-02-04');
    expect(dateToIso(new Date(Date.UTC(1985, 1, 4, 23, 59, 59, 999) + 1))).toBe('1985-02-05');
  });

  it.each([
    [new Date(Date.UTC(1980, 2, 15)), '1980-03-15'],
    [31048, '1985-01-01'],
    ['31048', '1985-01-01'],
    ['05/02/1985', '1985-02-05'],
    ['5/2/1985', '1985-02-05'],
    ['05-02-1985', '1985-02-05'],
    ['05.02.1985', '1985-02-05'],
    ['05 / 02 / 1985', '1985-02-05'],
    ['05/02/1985 00:00:00', '1985-02-05'],
    ['1985-02-05', '1985-02-05'],
    [' ', null],
    [null, null],
  ])('cleanDate(%j) → %s', (input, iso) => {
    expect(cleanDate(input, NS)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['1985', 'Ngày sinh chỉ có năm (1985). Hãy ghi đủ ngày/tháng/năm (dd/mm/yyyy), ví dụ 05/02/1985.'],
    [1985, 'Ngày sinh chỉ có năm (1985). Hãy ghi đủ ngày/tháng/năm (dd/mm/yyyy), ví dụ 05/02/1985.'],
    [
      '31/02/1982',
      'Ngày sinh “31/02/1982” không có thật. Ghi theo thứ tự ngày/tháng/năm (dd/mm/yyyy), ví dụ 05/02/1985, rồi nhập lại.',
    ],
    [
      '12/25/1985',
      'Ngày sinh “12/25/1985” không có thật. Ghi theo thứ tự ngày/tháng/năm (dd/mm/yyyy), ví dụ 05/02/1985, rồi nhập lại.',
    ],
    ['05/02/85', 'Ngày sinh “05/02/85” có năm chỉ 2 chữ số. Hãy ghi năm đủ 4 chữ số, ví dụ 05/02/1985.'],
    [
      'mùng 5 tháng 2',
      'Ngày sinh “mùng 5 tháng 2” không đọc được. Ghi theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 05/02/1985.',
    ],
    [-3, 'Ngày sinh “-3” không phải là ngày. Ghi theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 05/02/1985.'],
  ])('cleanDate(%j) fails: %s', (input, message) => {
    expect(cleanDate(input, NS)).toEqual({ ok: false, message });
  });
});

describe('CCCD', () => {
  it.each([
    ['001085012345', '001085012345'],
    ['001 085 012 345', '001085012345'],
    ['001.085.012.345', '001085012345'],
    ["'001085012345", '001085012345'], // the apostrophe that forces text in Excel
    [1085012345, '001085012345'], // a number that lost "00"
    [12345678901, '012345678901'], // 11 digits: one zero lost
    ['12345678901', '012345678901'], // …and through a CSV
    [null, null],
    ['', null],
  ])('cleanCccd(%j) → %s', (input, expected) => {
    expect(cleanCccd(input)).toEqual({ ok: true, value: expected });
  });

  it('leaves a wrong length to the 12-digit check', () => {
    expect(cleanCccd('12345')).toEqual({ ok: true, value: '12345' });
  });

  it('tells an old 9-digit CMND from a CCCD', () => {
    expect(['123456789', '123 456 789', "'123456789", 123456789, 12345678].map(oldIdCardNumber)).toEqual([
      '123456789',
      '123456789',
      '123456789',
      '123456789',
      '012345678',
    ]);
    expect([null, '', '001085012345', 1085012345, '12345678', '1234567890', 1234567].map(oldIdCardNumber)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it.each([
    [
      '1.23457E+11',
      'Số CCCD bị Excel đổi thành dạng số mũ (“1.23457E+11”), các chữ số cuối đã mất: hãy định dạng cột là Văn bản (Text) rồi nhập lại đủ 12 chữ số.',
    ],
    [
      '1,23457E+11',
      'Số CCCD bị Excel đổi thành dạng số mũ (“1,23457E+11”), các chữ số cuối đã mất: hãy định dạng cột là Văn bản (Text) rồi nhập lại đủ 12 chữ số.',
    ],
    [1.5, 'Số CCCD “1.5” không phải dãy chữ số. Ghi đủ 12 chữ số, ví dụ 001085012345.'],
  ])('cleanCccd(%j) fails: %s', (input, message) => {
    expect(cleanCccd(input)).toEqual({ ok: false, message });
  });
});

describe('phone and money', () => {
  it.each([
    [912345678, '0912345678'],
    ['912345678', '0912345678'],
    [2438251234, '02438251234'],
    ['0912 345 678', '0912 345 678'], // the format check folds spaces later
    ['+84 912 345 678', '+84 912 345 678'],
    [null, null],
  ])('cleanPhone(%j) → %j', (input, expected) => {
    expect(cleanPhone(input)).toBe(expected);
  });

  it.each([
    [5850000, 5_850_000],
    ['5.850.000', 5_850_000],
    ['5,850,000', 5_850_000],
    ['5.850.000 đ', 5_850_000],
    ['5850000', 5_850_000],
    [null, null],
  ])('cleanMoney(%j) → %j', (input, expected) => {
    expect(cleanMoney(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['năm triệu', 'Lương đóng BHXH “năm triệu” không đọc được. Ghi số tiền bằng số, ví dụ 5.850.000.'],
    [5850000.5, 'Lương đóng BHXH “5850000.5” có phần lẻ. Ghi số tiền tròn đồng, ví dụ 5.850.000.'],
  ])('cleanMoney(%j) fails', (input, message) => {
    expect(cleanMoney(input)).toEqual({ ok: false, message });
  });
});

describe('gender, marks and yes/no', () => {
  it.each([
    ['Nam', 'male'],
    ['nam', 'male'],
    ['NỮ', 'female'],
    ['nữ', 'female'],
    ['Nu', 'female'],
    ['', null],
  ])('cleanGender(%j) → %j', (input, expected) => {
    expect(cleanGender(input)).toEqual({ ok: true, value: expected });
  });

  it('explains an unknown gender', () => {
    expect(cleanGender('K')).toEqual({ ok: false, message: 'Giới tính “K” không rõ. Ghi “Nam” hoặc “Nữ”.' });
  });

  it('reads X, the word itself, or a date of birth under a Nam / Nữ column', () => {
    expect(cleanMark('X', NS)).toEqual({ marked: true, date: { ok: true, value: null } });
    expect(cleanMark('x', NS).marked).toBe(true);
    expect(cleanMark('Nữ', NS).marked).toBe(true);
    expect(cleanMark(null, NS).marked).toBe(false);
    expect(cleanMark(31048, NS)).toEqual({ marked: true, date: { ok: true, value: '1985-01-01' } });
    expect(cleanMark('05/02/1985', NS)).toEqual({ marked: true, date: { ok: true, value: '1985-02-05' } });
    expect(cleanMark('1985', NS).date.ok).toBe(false);
    // 1/0 lists: a mark and its absence, never 01/01/1900.
    expect(cleanMark(1, NS)).toEqual({ marked: true, date: { ok: true, value: null } });
    expect(cleanMark(0, NS)).toEqual({ marked: false, date: { ok: true, value: null } });
    expect(cleanMark('0', NS).marked).toBe(false);
    expect(cleanMark('Không', NS).marked).toBe(false);
  });

  it.each([
    ['x', true, null],
    ['X', true, null],
    ['có', true, null],
    ['Đảng viên', true, null],
    ['ĐV', true, null],
    ['', false, null],
    ['không', false, null],
    ['03/02/2010', true, '2010-02-03'], // the date of joining the Party under "Đảng viên"
    [true, true, null],
  ])('cleanYesNo(%j) → %j', (input, value, date) => {
    expect(cleanYesNo(input, 'Đảng viên')).toEqual({ ok: true, value: { value, date } });
  });

  it('explains an unclear party cell', () => {
    expect(cleanYesNo('đang chờ', 'Đảng viên')).toEqual({
      ok: false,
      message: 'Cột Đảng viên ghi “đang chờ” không rõ. Ghi “x” (hoặc “Có”) nếu đúng, để trống nếu không.',
    });
  });

  it('reads card types', () => {
    expect(cleanCardType('Thẻ thường')).toEqual({ ok: true, value: 'regular' });
    expect(cleanCardType('LIÊN KẾT')).toEqual({ ok: true, value: 'linked' });
    expect(cleanCardType('vàng')).toEqual({
      ok: false,
      message: 'Loại thẻ “vàng” không rõ. Ghi “Thẻ thường” hoặc “Thẻ liên kết”.',
    });
  });
});

describe('status', () => {
  it.each([
    ['Đang sinh hoạt', 'active'],
    ['TẠM DỪNG SINH HOẠT', 'suspended'],
    ['Đã chuyển đi', 'transferred_out'],
    ['Nghỉ hưu', 'left'],
    ['Từ trần', 'left'],
    ['Đang công tác', 'active'],
    ['Đã xóa tên', 'removed'],
    ['khai tru', 'expelled'],
    ['', null],
  ])('cleanStatus(%j) = %j', (input, status) => {
    expect(cleanStatus(input)).toEqual({ ok: true, value: status });
  });

  it('says which words it reads when it cannot', () => {
    expect(cleanStatus('Nghỉ thai sản')).toEqual({
      ok: false,
      message:
        'Trạng thái “Nghỉ thai sản” không rõ nên không được đối chiếu với sổ. Các trạng thái đọc được: “Đang sinh hoạt”, “Tạm dừng sinh hoạt”, “Đã chuyển đi”, “Đã thôi sinh hoạt”, “Đã xóa tên”, “Đã khai trừ”.',
    });
  });
});

describe('in English', () => {
  afterEach(() => setMessageLanguage('vi'));

  it('says how to fix a cell in English, quoting the Vietnamese words the file may hold', () => {
    setMessageLanguage('en');
    const failed = (result: { ok: boolean; message?: string }) => (result.ok ? null : result.message);
    expect(failed(cleanDate('hôm qua', 'Date of birth'))).toBe(
      'Date of birth “hôm qua” cannot be read. Write it as day/month/year (dd/mm/yyyy), for example 05/02/1985.',
    );
    expect(failed(cleanDate(99_999_999, 'Date of birth'))).toBe(
      'Date of birth “99999999” is not a date. Write it as day/month/year (dd/mm/yyyy), for example 05/02/1985.',
    );
    expect(failed(cleanCccd(-5))).toBe(
      'The CCCD number “-5” is not a string of digits. Write all 12 digits, for example 001085012345.',
    );
    // The column's name follows the language when the caller leaves it out.
    expect(failed(cleanMoney(5850000.5))).toBe(
      'Social insurance salary “5850000.5” has a fractional part. Write a whole number of đồng, for example 5.850.000.',
    );
    expect(failed(cleanMoney('năm triệu'))).toBe(
      'Social insurance salary “năm triệu” cannot be read. Write the amount in figures, for example 5.850.000.',
    );
    expect(failed(cleanYesNo('đang chờ', 'Party member'))).toBe(
      'The Party member column says “đang chờ”, which is unclear. Write “x” (or “Có”) for yes; leave it blank for no.',
    );
    expect(failed(cleanCardType('vàng'))).toBe(
      'Card type “vàng” is unclear. Write “Thẻ thường” (regular) or “Thẻ liên kết” (linked).',
    );
  });
});
