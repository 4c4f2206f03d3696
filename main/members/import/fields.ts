/**
 * What a column of an imported list can be: the member fields, plus the shapes Vietnamese lists
 * use instead of a single field (two "Nam" | "Nữ" columns, "Họ đệm" | "Tên", a tổ by name).
 * Browser-safe: the mapping screen takes its choices from here (and its labels from its catalogue).
 */
import { z } from 'zod';
import { say, type Message } from '../../i18n/messages';
import { importFieldHints, importFieldNames } from './messages';

export const ImportField = z.enum([
  'fullName',
  'familyMiddleName',
  'givenName',
  'dateOfBirth',
  'gender',
  'genderMale',
  'genderFemale',
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
export type ImportField = z.infer<typeof ImportField>;

const names: Record<ImportField, Message> = importFieldNames;

const hints: Partial<Record<ImportField, Message>> = importFieldHints;

/** The field's name with its hint ("Giới tính (ghi Nam / Nữ)"), in Vietnamese: the CLI's words. */
export const IMPORT_FIELD_LABELS = Object.fromEntries(
  ImportField.options.map((field) => {
    const hint = hints[field];
    return [field, hint ? `${names[field].vi} (${hint.vi})` : names[field].vi];
  }),
) as Record<ImportField, string>;

/** The field's short name in the UI's language, as a message names it. */
export const fieldName = (field: ImportField): string => say(names[field]);

/** The field a row of the report names, short: an import field, or groupId for a tổ. */
export const reportFieldName = (field: string): string => {
  if (field === 'groupId') return fieldName('groupName');
  const known = ImportField.safeParse(field);
  return known.success ? fieldName(known.data) : field;
};

/** Without these a member cannot be recorded; the mapping screen marks them. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['fullName', 'dateOfBirth', 'gender', 'joinedOn'];
