import { useTranslation } from 'react-i18next';
import { importFieldNames } from '../../../../main/members/import/messages';
import vi from './i18n.vi.json';

/** The import's fields, and groupId, which a tổ error names (catalogue.ts: memberImport.fields). */
type FieldKey = keyof typeof importFieldNames | 'groupId';
type HintKey = keyof typeof vi.memberImport.fieldHints;

const isField = (field: string): field is FieldKey => field in importFieldNames || field === 'groupId';
const hasHint = (field: string): field is HintKey => field in vi.memberImport.fieldHints;

/** Field names in the chair's language: import fields, and member fields the report names. */
export function useFieldLabel() {
  const { t } = useTranslation();
  return {
    label: (field: string): string => (isField(field) ? t(`memberImport.fields.${field}`) : field),
    hint: (field: string): string | undefined => (hasHint(field) ? t(`memberImport.fieldHints.${field}`) : undefined),
  };
}
