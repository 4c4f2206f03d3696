/**
 * The columns of an exported member list and how each is filled. The full list's headings are
 * names the importer recognises, so that file can be edited in Excel and imported back
 * (round-trip tested); a saved layout picks, orders and renames columns for the higher union.
 */
import type { MemberStatus } from '../../db/schema';
import type { MemberFields } from '../contract';
import { CARD_TYPE_LABEL, GENDER_LABEL, STATUS_LABEL } from '../labels';
import { EXPORT_COLUMN_CATALOGUE, EXPORT_COLUMN_KEYS, type ExportColumnKey } from './catalogue';

export interface ExportMember {
  id: number;
  fields: MemberFields;
  groupName: string | null;
  status: MemberStatus;
  /** For a member who came by chuyển đến: the day they came into this branch. */
  enteredOn: string | null;
}

export type ColumnKind = 'text' | 'date' | 'money' | 'number';

export interface ExportColumn {
  key: ExportColumnKey;
  /** The heading in the file: the catalogue's, or the one a saved layout gives it. */
  header: string;
  kind: ColumnKind;
  /** Excel column width in characters. */
  width: number;
  value: (m: ExportMember, index: number) => string | number | null;
}

type ColumnBody = Omit<ExportColumn, 'key' | 'header'>;

const text = (width: number, value: ColumnBody['value']): ColumnBody => ({ kind: 'text', width, value });
const date = (value: ColumnBody['value']): ColumnBody => ({ kind: 'date', width: 11, value });

/** How each column of the catalogue (EXPORT_COLUMN_CATALOGUE) is filled. */
const BODIES: Record<ExportColumnKey, ColumnBody> = {
  stt: { kind: 'number', width: 5, value: (_m, i) => i + 1 },
  fullName: text(26, (m) => m.fields.fullName),
  dateOfBirth: date((m) => m.fields.dateOfBirth),
  dateOfBirthMale: date((m) => (m.fields.gender === 'male' ? m.fields.dateOfBirth : null)),
  dateOfBirthFemale: date((m) => (m.fields.gender === 'female' ? m.fields.dateOfBirth : null)),
  gender: text(8, (m) => GENDER_LABEL[m.fields.gender]),
  ethnicity: text(9, (m) => m.fields.ethnicity),
  religion: text(10, (m) => m.fields.religion),
  cccd: text(14, (m) => m.fields.cccd),
  phone: text(12, (m) => m.fields.phone),
  email: text(24, (m) => m.fields.email),
  education: text(14, (m) => m.fields.education),
  jobTitle: text(20, (m) => m.fields.jobTitle),
  unionPosition: text(16, (m) => m.fields.unionPosition),
  groupName: text(20, (m) => m.groupName),
  joinedOn: date((m) => m.fields.joinedOn),
  enteredOn: date((m) => m.enteredOn),
  memberCode: text(14, (m) => m.fields.memberCode),
  cardNumber: text(14, (m) => m.fields.cardNumber),
  cardIssuedOn: date((m) => m.fields.cardIssuedOn),
  cardType: text(12, (m) => (m.fields.cardType ? CARD_TYPE_LABEL[m.fields.cardType] : null)),
  cardStatus: text(12, (m) => m.fields.cardStatus),
  partyMember: text(8, (m) => (m.fields.partyMember ? 'x' : null)),
  partyJoinedOn: date((m) => m.fields.partyJoinedOn),
  insuranceSalary: { kind: 'money', width: 14, value: (m) => m.fields.insuranceSalary },
  notes: text(24, (m) => m.fields.notes),
  // Status comes from the movement log. The importer compares this column with the register and
  // leaves out who has left, but never writes a status: that takes a dated movement.
  status: text(16, (m) => STATUS_LABEL[m.status]),
};

/** A column of the catalogue, headed as the chair's layout says (else the catalogue's heading). */
export function exportColumn(key: ExportColumnKey, header: string = EXPORT_COLUMN_CATALOGUE[key].header): ExportColumn {
  return { key, header, ...BODIES[key] };
}

/** The full list: every field once, under headings the importer knows, so it imports back. */
export const FULL_EXPORT: readonly ExportColumn[] = EXPORT_COLUMN_KEYS.filter(
  (key) => key !== 'dateOfBirthMale' && key !== 'dateOfBirthFemale',
).map((key) => exportColumn(key));
