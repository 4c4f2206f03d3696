// Plain data without zod: the renderer's rules card reads it without loading any schema.

/**
 * The rules that change by date, each with the range a value may take (a typo guard, not law)
 * and the word its values are counted in (a key of ruleUnits in messages.ts, which main says in
 * the UI's language). Labels live in the renderer's catalogue.
 */
export const RULES = {
  /** Youngest age at which a person may join the union (and be on the register). */
  'member.minJoinAge': { unit: 'years', min: 14, max: 30 },
  /** Youngest age at which a member may have joined the Party. */
  'member.minPartyAge': { unit: 'years', min: 16, max: 30 },
} as const;

export type RuleKey = keyof typeof RULES;
