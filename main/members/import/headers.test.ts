import { describe, expect, it } from 'vitest';
import { FULL_EXPORT } from '../export/columns';
import type { ImportField } from './fields';
import type { Grid, RawCell } from './grid';
import { detectHeader, headerAt, headerKey, matchHeader } from './headers';

const grid = (rows: RawCell[][], start = 1): Grid => ({
  rows: rows.map((cells, i) => ({ row: start + i, cells })),
  width: Math.max(...rows.map((r) => r.length)),
  date1904: false,
});

const fieldOf = (text: string) => {
  const m = matchHeader(text);
  return m.known ? m.field : undefined;
};

describe('header names', () => {
  it('ignores marks, case, đ, punctuation and format hints', () => {
    expect(headerKey('  Ngày sinh\n(dd/mm/yyyy) ')).toBe('ngay sinh');
    expect(headerKey('Số CMND / CCCD')).toBe('so cmnd/cccd');
    expect(headerKey('Ngày, tháng, năm sinh')).toBe('ngay thang nam sinh');
  });

  it.each<[string, ImportField | null | undefined]>([
    ['Họ và tên', 'fullName'],
    ['Họ tên', 'fullName'],
    ['HỌ VÀ TÊN', 'fullName'],
    ['Ho ten', 'fullName'],
    ['Họ và tên đoàn viên', 'fullName'],
    ['Họ đệm', 'familyMiddleName'],
    ['Tên', 'givenName'],
    ['Ngày sinh', 'dateOfBirth'],
    ['Ngày tháng năm sinh', 'dateOfBirth'],
    ['NS', 'dateOfBirth'],
    ['Giới tính', 'gender'],
    ['Nam/Nữ', 'gender'],
    ['Nam', 'genderMale'],
    ['Nữ', 'genderFemale'],
    ['Số CCCD', 'cccd'],
    ['CCCD', 'cccd'],
    ['Số CMND/CCCD', 'cccd'],
    ['Căn cước', 'cccd'],
    ['Điện thoại', 'phone'],
    ['SĐT', 'phone'],
    ['Email', 'email'],
    ['Dân tộc', 'ethnicity'],
    ['Tôn giáo', 'religion'],
    ['Trình độ', 'education'],
    ['Trình độ chuyên môn', 'education'],
    ['Chức danh', 'jobTitle'],
    ['Chức vụ', 'jobTitle'],
    ['Chức vụ chuyên môn', 'jobTitle'],
    ['Chức vụ công đoàn', 'unionPosition'],
    ['Tổ công đoàn', 'groupName'],
    ['Tổ', 'groupName'],
    ['Bộ phận', 'groupName'],
    ['Phòng/Khoa', 'groupName'],
    ['Ngày vào công đoàn', 'joinedOn'],
    ['Ngày kết nạp', 'joinedOn'],
    ['Số thẻ', 'cardNumber'],
    ['Số thẻ đoàn viên', 'cardNumber'],
    ['Ngày cấp thẻ', 'cardIssuedOn'],
    ['Mã số đoàn viên', 'memberCode'],
    ['Đảng viên', 'partyMember'],
    ['Ngày vào Đảng', 'partyJoinedOn'],
    ['Lương', 'insuranceSalary'],
    ['Lương đóng BHXH', 'insuranceSalary'],
    ['Mức lương đóng BHXH (đồng)', 'insuranceSalary'],
    ['Ghi chú', 'notes'],
    // Known and deliberately left out.
    ['STT', null],
    ['Hệ số lương', null],
    ['Ngày cấp CCCD', null],
    ['Quê quán', null],
    // Other numbers that start like the union's own.
    ['Mã số BHXH', null],
    ['Mã số thuế', null],
    ['Số thẻ BHYT', null],
    ['Số thẻ BHXH', null],
    ['Ngày cấp thẻ BHYT', null],
    // Unknown: the chair decides.
    ['Đơn vị công tác', undefined],
    ['Tên đơn vị', undefined],
  ])('%s → %s', (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it('recognises every column the export writes', () => {
    const fields = FULL_EXPORT.map((c) => fieldOf(c.header));
    expect(fields).toEqual([
      null,
      'fullName',
      'dateOfBirth',
      'gender',
      'ethnicity',
      'religion',
      'cccd',
      'phone',
      'email',
      'education',
      'jobTitle',
      'unionPosition',
      'groupName',
      'joinedOn',
      'enteredOn',
      'memberCode',
      'cardNumber',
      'cardIssuedOn',
      'cardType',
      'cardStatus',
      'partyMember',
      'partyJoinedOn',
      'insuranceSalary',
      'notes',
      'status',
    ]);
  });
});

describe('header row', () => {
  it('finds the header below merged title rows', () => {
    const detected = detectHeader(
      grid([
        ['CÔNG ĐOÀN VIÊN CHỨC', 'CÔNG ĐOÀN VIÊN CHỨC', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['DANH SÁCH ĐOÀN VIÊN', 'DANH SÁCH ĐOÀN VIÊN', 'DANH SÁCH ĐOÀN VIÊN', 'DANH SÁCH ĐOÀN VIÊN'],
        [],
        ['TT', 'Họ tên', 'Ngày sinh', 'Giới tính'],
        ['1', 'Lê Văn An', '01/02/1980', 'Nam'],
      ]),
    );
    expect(detected.headerRow).toBe(4);
    expect(detected.dataStart).toBe(5);
    expect(detected.columns.map((c) => [c.letter, c.header, c.field])).toEqual([
      ['A', 'TT', null],
      ['B', 'Họ tên', 'fullName'],
      ['C', 'Ngày sinh', 'dateOfBirth'],
      ['D', 'Giới tính', 'gender'],
    ]);
  });

  it('reads a two-line header: "Ngày sinh" merged over "Nam" | "Nữ"', () => {
    const detected = detectHeader(
      grid(
        [
          ['STT', 'Họ và tên', 'Ngày sinh', 'Ngày sinh', 'Số CCCD'],
          ['STT', 'Họ và tên', 'Nam', 'Nữ', 'Số CCCD'],
          ['1', 'Lê Văn An', '01/02/1980', null, '001080000001'],
        ],
        5,
      ),
    );
    expect(detected.headerRow).toBe(5);
    expect(detected.dataStart).toBe(7);
    expect(detected.columns.map((c) => [c.header, c.field])).toEqual([
      ['STT', null],
      ['Họ và tên', 'fullName'],
      ['Ngày sinh / Nam', 'genderMale'],
      ['Ngày sinh / Nữ', 'genderFemale'],
      ['Số CCCD', 'cccd'],
    ]);
  });

  it('reads "Thẻ đoàn viên" merged over "Số thẻ" | "Ngày cấp" as the card and its date', () => {
    const detected = detectHeader(
      grid([
        ['Họ và tên', 'Ngày sinh', 'Thẻ đoàn viên', 'Thẻ đoàn viên', 'CCCD', 'CCCD'],
        ['Họ và tên', 'Ngày sinh', 'Số thẻ', 'Ngày cấp', 'Số', 'Ngày cấp'],
        ['Lê Văn An', '01/02/1980', '0100012345', '01/06/2016', '001080000001', '01/01/2021'],
      ]),
    );
    expect(detected.dataStart).toBe(3);
    expect(detected.columns.map((c) => [c.header, c.field])).toEqual([
      ['Họ và tên', 'fullName'],
      ['Ngày sinh', 'dateOfBirth'],
      ['Thẻ đoàn viên / Số thẻ', 'cardNumber'],
      ['Thẻ đoàn viên / Ngày cấp', 'cardIssuedOn'],
      ['CCCD / Số', 'cccd'],
      ['CCCD / Ngày cấp', null],
    ]);
  });

  it('does not take a data row with "Nam" in it for a second header line', () => {
    const detected = detectHeader(
      grid([
        ['Họ và tên', 'Ngày sinh', 'Giới tính'],
        ['Lê Văn An', '01/02/1980', 'Nam'],
      ]),
    );
    expect(detected.dataStart).toBe(2);
    expect(detected.columns.map((c) => c.field)).toEqual(['fullName', 'dateOfBirth', 'gender']);
  });

  it('reads "Họ và tên" split into "Họ đệm" | "Tên", and single "Nam" | "Nữ" columns', () => {
    const detected = detectHeader(
      grid([
        ['Họ đệm', 'Tên', 'Nam', 'Nữ', 'Ngày sinh'],
        ['Lê Văn', 'An', 'x', null, '01/02/1980'],
      ]),
    );
    expect(detected.columns.map((c) => c.field)).toEqual([
      'familyMiddleName',
      'givenName',
      'genderMale',
      'genderFemale',
      'dateOfBirth',
    ]);
  });

  it('gives a field to the first of two columns that claim it', () => {
    const detected = detectHeader(grid([['Họ và tên', 'Ghi chú', 'Ngày sinh', 'Ghi chú']]));
    expect(detected.columns.map((c) => c.field)).toEqual(['fullName', 'notes', 'dateOfBirth', null]);
  });

  it('only looks at the first 20 rows, and says when it found nothing', () => {
    const rows: RawCell[][] = Array.from({ length: 20 }, (_, i) => [`Ghi chép ${i}`]);
    rows.push(['Họ và tên', 'Ngày sinh']);
    const detected = detectHeader(grid(rows));
    expect(detected.headerRow).toBeNull();
    expect(detected.columns.every((c) => c.field === null)).toBe(true);
    // The chair can point at the header row.
    expect(headerAt(grid(rows), 21).columns.map((c) => c.field)).toEqual(['fullName', 'dateOfBirth']);
  });
});
