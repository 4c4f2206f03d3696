import { useTranslation } from 'react-i18next';
import vi from './i18n.vi.json';

type FieldKey = keyof typeof vi.memberImport.fields;
type HintKey = keyof typeof vi.memberImport.fieldHints;

const isField = (field: string): field is FieldKey => field in vi.memberImport.fields;
const hasHint = (field: string): field is HintKey => field in vi.memberImport.fieldHints;

/** Field names in the chair's language: import fields, and member fields the report names. */
export function useFieldLabel() {
  const { t } = useTranslation();
  return {
    label: (field: string): string => (isField(field) ? t(`memberImport.fields.${field}`) : field),
    hint: (field: string): string | undefined => (hasHint(field) ? t(`memberImport.fieldHints.${field}`) : undefined),
  };
}
