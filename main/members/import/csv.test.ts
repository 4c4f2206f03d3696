import { afterEach, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../../i18n/messages';
import { membersCsv } from '../export/formats';
import type { ExportColumn, ExportMember } from '../export/columns';
import { decodeUtf8, defuseFormula, detectDelimiter, parseCsv } from './csv';
import { parseImportBytes } from './read';

describe('CSV', () => {
  it.each([
    ['Họ và tên,Ngày sinh,Giới tính\nAn,01/02/1980,Nam\n', ','],
    ['Họ và tên;Ngày sinh;Giới tính\r\nAn;01/02/1980;Nam\r\n', ';'],
    ['Họ và tên\tNgày sinh\tGiới tính\nAn\t01/02/1980\tNam\n', '\t'],
    // Commas inside names and notes do not fool the semicolon list.
    ['Họ và tên;Ghi chú;Lương\n"An, Bình";"đi học, về";5,850,000\nCúc;;5,000,000\n', ';'],
  ])('detects the delimiter of %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('honours quotes, doubled quotes and newlines inside quotes, with Excel row numbers', () => {
    const grid = parseCsv('"Họ và tên","Ghi chú"\r\n"Lê ""Tí"" Văn","dòng 1\ndòng 2"\r\n,\r\nHoa,x\r\n');
    expect(grid.rows).toEqual([
      { row: 1, cells: ['Họ và tên', 'Ghi chú'] },
      { row: 2, cells: ['Lê "Tí" Văn', 'dòng 1\ndòng 2'] },
      { row: 3, cells: [null, null] },
      { row: 4, cells: ['Hoa', 'x'] },
    ]);
    expect(grid.width).toBe(2);
  });

  it('writes text Excel would run as a formula with an apostrophe, and reads it back as written', () => {
    const texts = [
      '=HYPERLINK("http://x","bấm")',
      '+1+2',
      '-5',
      '@SUM(A1)',
      '\tx',
      'Bình thường',
      "'ghi chú",
      "'=A1",
      "''+1",
    ];
    expect(texts.map(defuseFormula)).toEqual([
      '\'=HYPERLINK("http://x","bấm")',
      "'+1+2",
      "'-5",
      "'@SUM(A1)",
      "'\tx",
      'Bình thường',
      "'ghi chú",
      "''=A1",
      "'''+1",
    ]);
    const column = (i: number): ExportColumn => ({
      key: 'notes',
      header: `Ghi chú ${i}`,
      kind: 'text',
      width: 10,
      value: () => texts[i]!,
    });
    const csv = membersCsv(
      [{} as ExportMember],
      texts.map((_, i) => column(i)),
    );
    const line = csv.toString('utf8').split('\r\n')[1]!;
    expect(line.startsWith('"\'=HYPERLINK(""http://x"",""bấm"")","\'+1+2",')).toBe(true);
    expect(parseCsv(decodeUtf8(csv)).rows[1]!.cells).toEqual(texts);
  });

  it('keeps blank lines as rows, so later rows keep their Excel numbers, with or without a final line break', () => {
    for (const end of ['', '\r\n']) {
      const grid = parseCsv(`Họ và tên;Giới tính\r\n\r\nAn;Nam${end}`);
      expect(grid.rows).toEqual([
        { row: 1, cells: ['Họ và tên', 'Giới tính'] },
        { row: 2, cells: [null] },
        { row: 3, cells: ['An', 'Nam'] },
      ]);
    }
  });

  it('drops the BOM and refuses a file that is not UTF-8, saying how to save it', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFHọ và tên', 'utf8'))).toBe('Họ và tên');
    // "Hồ" in Windows-1258 is not valid UTF-8.
    const ansi = Buffer.from([0x48, 0xd2, 0xf4, 0x0a]);
    expect(() => decodeUtf8(ansi)).toThrow('CSV UTF-8 (Comma delimited)');
  });

  it('explains files it cannot read', async () => {
    await expect(parseImportBytes(Buffer.from([0x48, 0xd2, 0xf4]), 'ds.csv')).rejects.toThrow(
      'Không đọc được tệp "ds.csv": Tệp CSV không ở mã UTF-8',
    );
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(parseImportBytes(ole, 'ds.xls')).rejects.toThrow('đây là tệp Excel 97-2003 (.xls)');
    await expect(parseImportBytes(ole, 'ds.xlsx')).rejects.toThrow('tệp có mật khẩu bảo vệ');
    await expect(parseImportBytes(Buffer.from('PK\x03\x04garbage'), 'ds.xlsx')).rejects.toThrow('tệp Excel bị hỏng');
    await expect(parseImportBytes(Buffer.from('not a zip'), 'ds.xlsx')).rejects.toThrow('không phải tệp .xlsx thật');
  });
});

describe('files it cannot read, in English', () => {
  afterEach(() => setMessageLanguage('vi'));

  it('says what to do with the file', async () => {
    setMessageLanguage('en');
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(parseImportBytes(ole, 'ds.xlsx')).rejects.toThrow(
      'The file "ds.xlsx" cannot be read: it is protected by a password or saved in an old Excel format. Remove the password and save it as .xlsx.',
    );
    await expect(parseImportBytes(Buffer.from('PK\x03\x04garbage'), 'ds.xlsx')).rejects.toThrow(
      'The file "ds.xlsx" cannot be read: the Excel file is damaged (',
    );
    await expect(parseImportBytes(Buffer.from('not a zip'), 'ds.xlsx')).rejects.toThrow(
      'The file "ds.xlsx" cannot be read: the Excel file is damaged, or is not really an .xlsx file.',
    );
  });
});
