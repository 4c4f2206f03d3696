import { useTranslation } from 'react-i18next';
import { importFieldHints, importFieldNames } from '../../../../main/members/import/messages';

/** The import's fields, and groupId, which a tổ error names (catalogue.ts: memberImport.fields). */
type FieldKey = keyof typeof importFieldNames | 'groupId';
type HintKey = keyof typeof importFieldHints;

const isField = (field: string): field is FieldKey => field in importFieldNames || field === 'groupId';
const hasHint = (field: string): field is HintKey => field in importFieldHints;

/** Field names in the chair's language: import fields, and member fields the report names. */
export function useFieldLabel() {
  const { t } = useTranslation();
  return {
    label: (field: string): string => (isField(field) ? t(`memberImport.fields.${field}`) : field),
    hint: (field: string): string | undefined => (hasHint(field) ? t(`memberImport.fieldHints.${field}`) : undefined),
  };
}
