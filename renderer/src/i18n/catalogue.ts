/**
 * The string catalogues: the shell's (./vi.json, ./en.json) and one pair per area that has
 * grown its own, kept beside that area's pages and merged here under their top-level keys,
 * plus the few words main also says (main/members/messages.ts, and the import's field names and
 * hints, which the CLI prints too).
 */
import coreVi from './vi.json';
import coreEn from './en.json';
import registerVi from '../members/i18n.vi.json';
import registerEn from '../members/i18n.en.json';
import importVi from '../members/import/i18n.vi.json';
import importEn from '../members/import/i18n.en.json';
import exportLayoutsVi from '../members/export/i18n.vi.json';
import exportLayoutsEn from '../members/export/i18n.en.json';
import rulesVi from '../rules/i18n.vi.json';
import rulesEn from '../rules/i18n.en.json';
import { inLanguage, type Language } from '../../../main/i18n/messages';
import { genderLabels, movementKindLabels, statusLabels } from '../../../main/members/messages';
import { importFieldHints, importFieldNames } from '../../../main/members/import/messages';

/**
 * Words main also writes (statuses, genders, movements, which its documents print): one
 * catalogue for both, kept in main.
 */
const register = <R extends { movement: object }>(own: R, language: Language) => ({
  ...own,
  status: inLanguage(statusLabels, language),
  gender: inLanguage(genderLabels, language),
  movement: { ...own.movement, kinds: inLanguage(movementKindLabels, language) },
});

/** The import's field names, which main's report messages say too; a tổ error names groupId. */
const importFields = (language: Language) => {
  const fields = inLanguage(importFieldNames, language);
  return { ...fields, groupId: fields.groupName };
};

export const vi = {
  ...coreVi,
  register: register(registerVi.register, 'vi'),
  memberImport: {
    ...importVi.memberImport,
    fields: importFields('vi'),
    fieldHints: inLanguage(importFieldHints, 'vi'),
  },
  ...exportLayoutsVi,
  ...rulesVi,
};
const enMerged = {
  ...coreEn,
  register: register(registerEn.register, 'en'),
  memberImport: {
    ...importEn.memberImport,
    fields: importFields('en'),
    fieldHints: inLanguage(importFieldHints, 'en'),
  },
  ...exportLayoutsEn,
  ...rulesEn,
};

/** A catalogue without its singular forms ("…_one"): Vietnamese nouns have no plural. */
type WithoutSingulars<T> = {
  [K in keyof T as K extends `${string}_one` ? never : K]: T[K] extends string ? T[K] : WithoutSingulars<T[K]>;
};

// Both directions: a key missing from either language fails the type-check, so English can
// never fall behind Vietnamese (or the reverse) unnoticed. Only English has "_one" keys, which
// i18next picks when a `count` of 1 is passed; Vietnamese always takes the plain key.
export const en: typeof vi = enMerged;
const viHasEveryEnglishKey: WithoutSingulars<typeof enMerged> = vi;
void viHasEveryEnglishKey;
