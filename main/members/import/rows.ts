/**
 * From grid rows under the header to cleaned row values, with the lines that are not members
 * (totals, section headings, column numbers, the signature block) set aside with a reason.
 */
import { searchKey } from '../../vi/text';
import { say } from '../../i18n/messages';
import type { MemberStatus } from '../../db/schema';
import type { MemberFieldsInput } from '../contract';
import {
  cellToText,
  cleanCardType,
  cleanCccd,
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
  oldIdCardNumber,
  type Cleaned,
} from './clean';
import { fieldName, type ImportField } from './fields';
import { isBlankCell, type Grid, type GridRow, type RawCell } from './grid';
import { importMessages as m } from './messages';

export interface ColumnMapping {
  index: number;
  field: ImportField | null;
}

/**
 * Member fields as read from one row; absent = the row says nothing about it. Besides them: the
 * tổ by name, and for a member who came by chuyển đến, the day they came into this branch.
 */
export type RowValues = Partial<Omit<MemberFieldsInput, 'groupId'>> & {
  groupName?: string;
  enteredOn?: string;
  /** What the list says of the member's status: compared with the register, never written. */
  status?: MemberStatus;
};
export type ValueField = keyof RowValues;

export interface RowIssue {
  row: number;
  /** A MemberFields name ("dateOfBirth", "cccd"…), or "groupName". */
  field: string;
  message: string;
}

export interface SkippedLine {
  row: number;
  reason: string;
}

export interface CleanRow {
  row: number;
  values: RowValues;
  /** Cells that could not be read; these fields are absent from `values`. */
  errors: RowIssue[];
  /** What the mapped cells show, by field, for the report. */
  shown: Partial<Record<ImportField, string>>;
  /** The name was written in one case ("NGUYỄN VĂN AN") and is proper-cased in `values`. */
  nameRecased: boolean;
  /** An old 9-digit CMND written in the CCCD column (absent from `values`). */
  oldIdCard: string | null;
  /** A status the list gives in words the import does not know: said, not an error (never written). */
  unreadStatus: string | null;
}

export interface ReadRows {
  rows: CleanRow[];
  skipped: SkippedLine[];
}

// Matched on lower-case text with its marks: "Tổng" and "Cộng" are not the surnames Tống and Công,
// "Tổ" is not the surname Tô.
const TOTAL = /^(tổng cộng|tổng số|tổng|cộng|tong cong|tong so)(\s|:|$)/;
const GROUP_WORDS = /^(tổ|phòng|khoa|bộ phận|ban|khối|công đoàn bộ phận|cđbp|nhóm|đội|trạm|văn phòng)(\s|$)/;
// Signature lines are matched without marks: they are often typed without them.
const SIGNATURE =
  /^(nguoi lap|thu truong|tm\.? ?ban chap hanh|tm\.? ?bch|t\/m|kt\.? ?chu tich|chu tich|pho chu tich|xac nhan|ke toan|thu quy|hieu truong|pho hieu truong|giam doc|ky ten|\(ky|noi nhan|ban chap hanh)(?![a-z])/;
const PLACE_DATE = /(^|,\s*)ngay\s*[\d.…_ ]*\s*thang\s*[\d.…_ ]*\s*nam/;
const NUMBERING = /^\(?\d{1,3}\)?$/;
const SECTION_PREFIX = /^((?:[ivxlc]+|\d{1,2}|[a-z])\s*[.)/-]\s*)/i;

/** Columns where a member row has its date of birth. */
const BIRTH_FIELDS = ['dateOfBirth', 'genderMale', 'genderFemale'] as const;

const lowerText = (cell: RawCell | undefined) => (cleanText(cell) ?? '').toLocaleLowerCase('vi');
const firstText = (row: GridRow) => row.cells.find((c) => !isBlankCell(c));

function columnsOf(mapping: ColumnMapping[]): Map<ImportField, number> {
  const byField = new Map<ImportField, number>();
  for (const column of mapping) if (column.field && !byField.has(column.field)) byField.set(column.field, column.index);
  return byField;
}

type LineKind =
  { kind: 'blank' } | { kind: 'data' } | { kind: 'skip'; reason: string; footer?: boolean; section?: string | null };

/** "Tổng cộng", "Cộng tổ…" in one of the line's first three filled cells. */
function totalCell(row: GridRow): RawCell | undefined {
  let seen = 0;
  for (const c of row.cells) {
    if (isBlankCell(c)) continue;
    // Most lines start with a number or a family name: only T… and C… can be a total.
    if (typeof c === 'string' && /^\s*[TtCc]/.test(c) && TOTAL.test(lowerText(c))) return c;
    if (++seen === 3) return undefined;
  }
  return undefined;
}

function classify(row: GridRow, cols: Map<ImportField, number>, inFooter: boolean): LineKind {
  // The common case first, cheaply: a name and a different birth date make a member row.
  const nameColumn = cols.get('fullName') ?? cols.get('givenName');
  const name = nameColumn === undefined ? undefined : row.cells[nameColumn];
  // Checked first: a total line counts its men and women under "Nam" and "Nữ".
  const total = totalCell(row);
  if (total !== undefined) return { kind: 'skip', reason: say(m.skipTotal, { text: cleanText(total) ?? '' }) };
  if (typeof name === 'string' && !isBlankCell(name) && !NUMBERING.test(name.trim())) {
    for (const f of BIRTH_FIELDS) {
      const c = cols.get(f);
      const birth = c === undefined ? null : row.cells[c];
      if (!isBlankCell(birth) && !(typeof birth === 'string' && birth.trim() === name.trim())) return { kind: 'data' };
    }
  }
  const filled = row.cells.filter((c) => !isBlankCell(c));
  if (filled.length === 0) return { kind: 'blank' };
  const dateCells = BIRTH_FIELDS.map((f) => cols.get(f))
    .filter((c): c is number => c !== undefined)
    .map((c) => row.cells[c]);
  const texts = filled.map((c) => cellToText(c).trim());
  const distinct = new Set(texts);
  // One text over several cells is a merged line (heading, total, signature), even where it
  // crosses the date-of-birth column.
  const merged = distinct.size === 1 && filled.length >= 2;
  const hasBirthData = !merged && dateCells.some((c) => !isBlankCell(c));
  if (inFooter && !hasBirthData) return { kind: 'skip', reason: say(m.skipSignatureBlock) };

  if (texts.length >= 3 && texts.every((t) => NUMBERING.test(t))) {
    return { kind: 'skip', reason: say(m.skipColumnNumbers) };
  }
  if (!hasBirthData) {
    const firstKey = searchKey(cellToText(firstText(row) ?? ''));
    if (SIGNATURE.test(firstKey) || PLACE_DATE.test(firstKey)) {
      return { kind: 'skip', reason: say(m.skipPlaceDate), footer: true };
    }
    const only = [...distinct][0]!;
    const sectionText = only.replace(SECTION_PREFIX, '');
    const isGroup = GROUP_WORDS.test(lowerText(sectionText));
    // A lone name with nothing else is a member row with gaps (reported), not a heading.
    const isHeading =
      distinct.size === 1 &&
      (merged || nameColumn === undefined || isBlankCell(row.cells[nameColumn]) || sectionText !== only || isGroup);
    if (isHeading) {
      const section = isGroup ? cleanText(sectionText) : null;
      return { kind: 'skip', reason: say(m.skipHeading, { text: cleanText(only) ?? '' }), section };
    }
  }
  return { kind: 'data' };
}

/** Reads every line from `dataStart` on; blank lines vanish, other non-member lines are reported. */
export function readRows(grid: Grid, dataStart: number, mapping: ColumnMapping[]): ReadRows {
  const cols = columnsOf(mapping);
  const rows: CleanRow[] = [];
  const skipped: SkippedLine[] = [];
  let inFooter = false;
  let section: string | null = null;
  for (const line of grid.rows) {
    if (line.row < dataStart) continue;
    const kind = classify(line, cols, inFooter);
    if (kind.kind === 'blank') continue;
    if (kind.kind === 'skip') {
      skipped.push({ row: line.row, reason: kind.reason });
      if (kind.footer) inFooter = true;
      if (kind.section !== undefined) section = kind.section;
      continue;
    }
    rows.push(cleanRow(line, cols, grid.date1904, section));
  }
  return { rows, skipped };
}

function cleanRow(line: GridRow, cols: Map<ImportField, number>, date1904: boolean, section: string | null): CleanRow {
  const values: RowValues = {};
  const errors: RowIssue[] = [];
  const shown: Partial<Record<ImportField, string>> = {};
  const cell = (field: ImportField): RawCell | undefined => {
    const c = cols.get(field);
    return c === undefined ? undefined : (line.cells[c] ?? null);
  };
  const take = <K extends ValueField>(field: K, result: Cleaned<RowValues[K] | null>) => {
    if (!result.ok) errors.push({ row: line.row, field, message: result.message });
    else if (result.value !== null && result.value !== undefined) values[field] = result.value;
  };
  const set = <K extends ValueField>(field: K, value: RowValues[K] | null) => {
    if (value !== null && value !== undefined) values[field] = value;
  };

  const writtenName = cols.has('fullName')
    ? cleanText(cell('fullName'))
    : [cleanText(cell('familyMiddleName')), cleanText(cell('givenName'))].filter((p) => p !== null).join(' ') || null;
  const fullName = cleanName(writtenName);
  set('fullName', fullName);

  for (const field of ['dateOfBirth', 'joinedOn', 'enteredOn', 'cardIssuedOn', 'partyJoinedOn'] as const) {
    if (cols.has(field)) take(field, cleanDate(cell(field), fieldName(field), date1904));
  }

  const birthAsWritten = readGender(line.row, cols, cell, values, errors, date1904);
  if (birthAsWritten !== null) shown.dateOfBirth = birthAsWritten;

  const oldIdCard = cols.has('cccd') ? oldIdCardNumber(cell('cccd')) : null;
  if (cols.has('cccd') && !oldIdCard) take('cccd', cleanCccd(cell('cccd')));
  if (cols.has('phone')) set('phone', cleanPhone(cell('phone')));
  if (cols.has('insuranceSalary')) take('insuranceSalary', cleanMoney(cell('insuranceSalary')));
  if (cols.has('cardType')) take('cardType', cleanCardType(cell('cardType')));
  const status = cols.has('status') ? cleanStatus(cell('status')) : null;
  if (status?.ok) set('status', status.value);
  if (cols.has('partyMember')) {
    const party = cleanYesNo(cell('partyMember'), fieldName('partyMember'), date1904);
    if (!party.ok) errors.push({ row: line.row, field: 'partyMember', message: party.message });
    else {
      values.partyMember = party.value.value;
      if (party.value.date && values.partyJoinedOn === undefined) values.partyJoinedOn = party.value.date;
    }
  }
  // A date of joining the Party says the member is one, unless the row says otherwise.
  if (values.partyJoinedOn !== undefined && values.partyMember !== true && cleanText(cell('partyMember')) === null) {
    values.partyMember = true;
  }
  if (cols.has('ethnicity')) set('ethnicity', cleanEthnicity(cell('ethnicity')));
  if (cols.has('religion')) set('religion', cleanReligion(cell('religion')));
  for (const field of [
    'email',
    'education',
    'jobTitle',
    'unionPosition',
    'memberCode',
    'cardNumber',
    'cardStatus',
    'notes',
  ] as const) {
    if (cols.has(field)) set(field, cleanText(cell(field)));
  }
  const group = cols.has('groupName') ? cleanText(cell('groupName')) : null;
  set('groupName', group ?? section);
  // What the cell said, for fields that could not be read: the report shows it as written.
  for (const [field, c] of cols) {
    if (field in values || field === 'genderMale' || field === 'genderFemale') continue;
    const text = cleanText(line.cells[c]);
    if (text !== null) shown[field] = text;
  }
  const unreadStatus = status && !status.ok ? status.message : null;
  return { row: line.row, values, errors, shown, nameRecased: fullName !== writtenName, oldIdCard, unreadStatus };
}

/**
 * Gender from a "Giới tính" column or from "Nam" / "Nữ" columns, with the birth date written
 * under the one marked. Returns that date as written when it cannot be read, for the report.
 */
function readGender(
  row: number,
  cols: Map<ImportField, number>,
  cell: (f: ImportField) => RawCell | undefined,
  values: RowValues,
  errors: RowIssue[],
  date1904: boolean,
): string | null {
  if (cols.has('gender')) {
    const g = cleanGender(cell('gender'));
    if (!g.ok) errors.push({ row, field: 'gender', message: g.message });
    else if (g.value) values.gender = g.value;
  }
  const hasMale = cols.has('genderMale');
  const hasFemale = cols.has('genderFemale');
  if (!hasMale && !hasFemale) return null;
  const label = fieldName('dateOfBirth');
  const male = hasMale ? cleanMark(cell('genderMale'), label, date1904) : undefined;
  const female = hasFemale ? cleanMark(cell('genderFemale'), label, date1904) : undefined;
  const marked = male?.marked ? 'male' : female?.marked ? 'female' : undefined;
  if (male?.marked && female?.marked) {
    errors.push({ row, field: 'gender', message: say(m.bothGenderMarks) });
  } else if (values.gender === undefined && errors.every((e) => e.field !== 'gender')) {
    // A lone "Nữ" column marks women only; everyone else is a man (and the other way round).
    const inferred = marked ?? (hasMale && !hasFemale ? 'female' : !hasMale && hasFemale ? 'male' : undefined);
    if (inferred) values.gender = inferred;
  }
  const mark = male?.marked ? male : female?.marked ? female : undefined;
  if (mark && values.dateOfBirth === undefined && errors.every((e) => e.field !== 'dateOfBirth')) {
    if (mark.date.ok) {
      if (mark.date.value) values.dateOfBirth = mark.date.value;
    } else {
      errors.push({ row, field: 'dateOfBirth', message: mark.date.message });
      return cleanText(cell(mark === male ? 'genderMale' : 'genderFemale'));
    }
  }
  return null;
}
