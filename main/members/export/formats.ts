/** The exported file in each format, as bytes; where it is written is the caller's business. */
import type ExcelJS from 'exceljs';
import { formatDate } from '../../vi/dates';
import { defuseFormula } from '../import/csv';
import { FULL_EXPORT, type ExportColumn, type ExportMember } from './columns';
import { splitHeading } from './catalogue';

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
  // Loaded on first use: ExcelJS takes a good part of a second to load; start-up need not wait.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
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

  const lastHeadingRow = writeHeadings(sheet, columns, 5);

  members.forEach((m, index) => {
    const row = sheet.getRow(lastHeadingRow + 1 + index);
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
  sheet.views = [{ state: 'frozen', ySplit: lastHeadingRow, xSplit: nameColumn }];
  sheet.autoFilter = {
    from: { row: lastHeadingRow, column: 1 },
    to: { row: lastHeadingRow + members.length, column: width },
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The heading rows from `top`: one row, or two when a heading has two levels ("Ngày sinh |
 * Nam"); then a one-level heading spans both rows and a shared upper level spans its columns.
 * Returns the last heading row.
 */
function writeHeadings(sheet: ExcelJS.Worksheet, columns: readonly ExportColumn[], top: number) {
  const levels = columns.map((c) => splitHeading(c.header));
  const bottom = levels.some((l) => l.group !== null) ? top + 1 : top;
  columns.forEach((c, i) => {
    for (let row = top; row <= bottom; row++) {
      const cell = sheet.getCell(row, i + 1);
      cell.font = { name: 'Times New Roman', size: 11, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = {
        top: { style: 'thin' },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      };
    }
    sheet.getColumn(i + 1).width = c.width;
    // Text format for the whole column: a CCCD or phone typed in later keeps its leading zero.
    if (c.kind === 'text') sheet.getColumn(i + 1).numFmt = '@';
  });
  for (let i = 0; i < levels.length;) {
    const { group, label } = levels[i]!;
    if (group === null) {
      sheet.getCell(top, i + 1).value = label;
      if (bottom > top) sheet.mergeCells(top, i + 1, bottom, i + 1);
      i++;
      continue;
    }
    let end = i;
    while (levels[end + 1]?.group === group) end++;
    sheet.getCell(top, i + 1).value = group;
    if (end > i) sheet.mergeCells(top, i + 1, top, end + 1);
    for (let k = i; k <= end; k++) sheet.getCell(bottom, k + 1).value = levels[k]!.label;
    i = end + 1;
  }
  for (let row = top; row <= bottom; row++) sheet.getRow(row).height = bottom > top ? 20 : 30;
  return bottom;
}

/** One CSV heading line: "Ngày sinh | Nam" reads "Ngày sinh (Nam)". */
function csvHeading(header: string): string {
  const { group, label } = splitHeading(header);
  return group === null ? label : `${group} (${label})`;
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** UTF-8 with BOM (so Excel on Windows opens Vietnamese correctly), comma, every field quoted. */
export function membersCsv(members: readonly ExportMember[], columns: readonly ExportColumn[] = FULL_EXPORT): Buffer {
  const lines = [columns.map((c) => quote(csvHeading(c.header))).join(',')];
  members.forEach((m, index) => {
    lines.push(
      columns
        .map((c) => {
          const value = c.value(m, index);
          if (value === null) return '""';
          if (typeof value === 'number') return quote(String(value));
          return quote(c.kind === 'date' ? formatDate(value) : defuseFormula(value));
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
    enteredOn: m.enteredOn,
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
