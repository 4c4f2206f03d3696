/**
 * The string catalogues: the shell's (./vi.json, ./en.json) and one pair per area that has
 * grown its own, kept beside that area's pages and merged here under their top-level keys,
 * plus the words main also says (statuses, genders, movements, the import's field names, hints
 * and skip reason, export column names, rule units), taken from main's catalogues so that both
 * say them alike.
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
import { importFieldHints, importFieldNames, importMessages } from '../../../main/members/import/messages';
import { ruleUnits } from '../../../main/rules/messages';
import { exportColumnNames } from '../../../main/members/export/messages';

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

/**
 * The import's field names and hints, which main's report and the CLI say too (a tổ error
 * names groupId), and the reason main gives a row the chair chose to skip.
 */
const memberImport = <R extends { check: object }>(own: R, language: Language) => {
  const fields = inLanguage(importFieldNames, language);
  return {
    ...own,
    fields: { ...fields, groupId: fields.groupName },
    fieldHints: inLanguage(importFieldHints, language),
    check: { ...own.check, skippedByChoice: importMessages.skipByChoice[language] },
  };
};

export const vi = {
  ...coreVi,
  register: register(registerVi.register, 'vi'),
  memberImport: memberImport(importVi.memberImport, 'vi'),
  exportLayouts: { ...exportLayoutsVi.exportLayouts, columnNames: inLanguage(exportColumnNames, 'vi') },
  rules: { ...rulesVi.rules, units: inLanguage(ruleUnits, 'vi') },
};
const enMerged = {
  ...coreEn,
  register: register(registerEn.register, 'en'),
  memberImport: memberImport(importEn.memberImport, 'en'),
  exportLayouts: { ...exportLayoutsEn.exportLayouts, columnNames: inLanguage(exportColumnNames, 'en') },
  rules: { ...rulesEn.rules, units: inLanguage(ruleUnits, 'en') },
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
