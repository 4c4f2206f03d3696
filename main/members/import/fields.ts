/**
 * What a column of an imported list can be: the member fields, plus the shapes Vietnamese lists
 * use instead of a single field (two "Nam" | "Nữ" columns, "Họ đệm" | "Tên", a tổ by name).
 * Browser-safe: the mapping screen takes its choices and labels from here.
 */
import { z } from 'zod';
import { messageLanguage, say, type Language, type Message } from '../../i18n/messages';
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

type Names = Record<ImportField, Message>;
type Hints = Partial<Record<ImportField, Message>>;
const names: Names = importFieldNames;
const hints: Hints = importFieldHints;

const labelIn = (language: Language, field: ImportField) => {
  const hint = hints[field];
  return hint ? `${names[field][language]} (${hint[language]})` : names[field][language];
};

/**
 * The field's name with its hint ("Giới tính (Nam/Nữ)"), as the mapping offers it, in Vietnamese:
 * the CLI's words. Messages use fieldLabel, which follows the UI's language.
 */
export const IMPORT_FIELD_LABELS = Object.fromEntries(
  ImportField.options.map((field) => [field, labelIn('vi', field)]),
) as Record<ImportField, string>;

/** The field's name with its hint, in the UI's language: what a mapping message names. */
export const fieldLabel = (field: ImportField): string => labelIn(messageLanguage(), field);

/** The field's short name in the UI's language, as a cell's message names its column. */
export const fieldName = (field: ImportField): string => say(names[field]);

/** Without these a member cannot be recorded; the mapping screen marks them. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['fullName', 'dateOfBirth', 'gender', 'joinedOn'];

export const ImportFieldInfo = z.object({ field: ImportField, label: z.string(), required: z.boolean() });
export type ImportFieldInfo = z.infer<typeof ImportFieldInfo>;

export const importFieldList = (): ImportFieldInfo[] =>
  ImportField.options.map((field) => ({
    field,
    label: fieldLabel(field),
    required: REQUIRED_IMPORT_FIELDS.includes(field),
  }));
