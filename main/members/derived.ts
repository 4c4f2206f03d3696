/**
 * Columns computed from what the chair types, never typed themselves: the name parts, the
 * Vietnamese sort key and the diacritic-free search key.
 */
import { namePartsSortKey, splitFullName } from '../vi/names';
import { nfc, searchKey } from '../vi/text';

export interface SearchableFields {
  fullName: string;
  cccd?: string | null;
  phone?: string | null;
  cardNumber?: string | null;
}

export function derivedNameColumns(fields: SearchableFields) {
  const fullName = nfc(fields.fullName);
  const parts = splitFullName(fullName);
  return {
    full_name: fullName,
    family_name: parts.familyName,
    middle_name: parts.middleName,
    given_name: parts.givenName,
    name_sort_key: namePartsSortKey(parts),
    search_key: [fullName, fields.cccd, fields.phone, fields.cardNumber]
      .filter((s): s is string => Boolean(s))
      .map(searchKey)
      .join(' | '),
  };
}

/** How lists write the majority: the official list of ethnic groups says "Kinh (Việt)". */
const KINH = new Set(['kinh', 'viet', 'kinh viet', 'viet kinh']);
/** What a list puts where it does not know, or the bare heading word: unknown, not a minority. */
const UNKNOWN = new Set(['', 'khong', 'khong ro', 'chua ro', 'dan toc', 'dt', 'n a', 'na']);

/**
 * The Kinh are the majority; every other ethnicity counts as "dân tộc thiểu số" in reports.
 * Read loosely, as imports and typing leave it ("KINH", "Dân tộc Kinh", "DT: Kinh", "Kinh
 * (Việt)"); blank, "không rõ", "N/A", "?" or "Dân tộc" alone is unknown, not a minority.
 */
export function isEthnicMinority(ethnicity: string): boolean {
  const key = searchKey(ethnicity.replace(/[().,:;/?-]/g, ' '))
    .replace(/^(dan toc|dt) /, '')
    .trim();
  return !KINH.has(key) && !UNKNOWN.has(key);
}
