/** The exported file in each format, as bytes; where it is written is the caller's business. */
import ExcelJS from 'exceljs';
import { formatDate } from '../../vi/dates';
import { FULL_EXPORT, type ExportColumn, type ExportMember } from './columns';

export interface ListTitle {
  /** "CÔNG ĐOÀN TRƯỜNG THPT NGUYỄN TRÃI"; empty before the branch is set up. */
  branchName: string;
  groupName?: string | null;
  /** ISO date of the export. */
  date: string;
}

/** Excel stores a date as a day count; a UTC midnight keeps the day the same in every time zone. */
function excelDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export async function membersXlsx(
  members: readonly ExportMember[],
  title: ListTitle,
  columns: readonly ExportColumn[] = FULL_EXPORT,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sổ Công đoàn';
  workbook.created = new Date(Date.parse(title.date) || Date.now());
  const sheet = workbook.addWorksheet('Danh sách đoàn viên', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const width = columns.length;
  const titleLine = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, 1, row, width);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { name: 'Times New Roman', size: 13, ...font };
    cell.alignment = { horizontal: 'center' };
  };
  if (title.branchName) titleLine(1, title.branchName.toLocaleUpperCase('vi'), { bold: true });
  titleLine(2, 'DANH SÁCH ĐOÀN VIÊN', { bold: true, size: 14 });
  titleLine(3, `${title.groupName ? `${title.groupName} — ` : ''}Tính đến ngày ${formatDate(title.date)}`, {
    italic: true,
    size: 12,
  });

  const headerRow = 5;
  const header = sheet.getRow(headerRow);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: 'Times New Roman', size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
    sheet.getColumn(i + 1).width = c.width;
    // Text format for the whole column: a CCCD or phone typed in later keeps its leading zero.
    if (c.kind === 'text') sheet.getColumn(i + 1).numFmt = '@';
  });
  header.height = 30;

  members.forEach((m, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    columns.forEach((c, i) => {
      const value = c.value(m, index);
      if (value === null || value === '') return;
      const cell = row.getCell(i + 1);
      if (c.kind === 'date') {
        cell.value = excelDate(String(value));
        cell.numFmt = 'dd/mm/yyyy';
      } else if (c.kind === 'money') {
        cell.value = Number(value);
        cell.numFmt = '#,##0';
      } else if (c.kind === 'number') {
        cell.value = Number(value);
      } else {
        cell.value = String(value);
        cell.numFmt = '@';
      }
    });
  });
  // The heading rows and the columns up to the name stay in view while scrolling.
  const nameColumn = columns.findIndex((c) => c.key === 'fullName') + 1;
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: nameColumn }];
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + members.length, column: width } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** UTF-8 with BOM (so Excel on Windows opens Vietnamese correctly), comma, every field quoted. */
export function membersCsv(members: readonly ExportMember[], columns: readonly ExportColumn[] = FULL_EXPORT): Buffer {
  const lines = [columns.map((c) => quote(c.header)).join(',')];
  members.forEach((m, index) => {
    lines.push(
      columns
        .map((c) => {
          const value = c.value(m, index);
          if (value === null) return '""';
          return quote(c.kind === 'date' ? formatDate(String(value)) : String(value));
        })
        .join(','),
    );
  });
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}

/** Machine-readable: field names as the app's contract spells them, dates ISO, money in đồng. */
export function membersJson(members: readonly ExportMember[]): Buffer {
  const list = members.map((m) => ({
    id: m.id,
    fullName: m.fields.fullName,
    dateOfBirth: m.fields.dateOfBirth,
    gender: m.fields.gender,
    ethnicity: m.fields.ethnicity,
    religion: m.fields.religion,
    cccd: m.fields.cccd,
    phone: m.fields.phone,
    email: m.fields.email,
    education: m.fields.education,
    jobTitle: m.fields.jobTitle,
    unionPosition: m.fields.unionPosition,
    groupName: m.groupName,
    joinedOn: m.fields.joinedOn,
    memberCode: m.fields.memberCode,
    cardNumber: m.fields.cardNumber,
    cardIssuedOn: m.fields.cardIssuedOn,
    cardType: m.fields.cardType,
    cardStatus: m.fields.cardStatus,
    partyMember: m.fields.partyMember,
    partyJoinedOn: m.fields.partyJoinedOn,
    insuranceSalary: m.fields.insuranceSalary,
    notes: m.fields.notes,
    status: m.status,
  }));
  return Buffer.from(JSON.stringify(list, null, 2) + '\n', 'utf8');
}
