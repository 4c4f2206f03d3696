import { z } from 'zod';
import { id, isoDate, requiredText } from '../ipc/zod-vi';
import { say } from '../i18n/messages';
import { RULES, type RuleKey as Key } from './catalogue';
import { rulesMessages as m } from './messages';

export type RuleKey = Key;
export const RuleKey = z.enum(Object.keys(RULES) as [RuleKey, ...RuleKey[]]);

export const RuleValue = z.object({
  id: z.number().int(),
  rule: RuleKey,
  /** null: the base value, which applies before the first dated change. */
  validFrom: z.string().nullable(),
  value: z.number().int(),
  basis: z.string(),
});
export type RuleValue = z.infer<typeof RuleValue>;

export const RuleValueInput = z.object({
  /** Absent: a new value from `validFrom`; present: that value corrected. */
  id: id().optional(),
  rule: RuleKey,
  validFrom: isoDate(m.validFromRequired).nullable(),
  value: z.number({ error: () => say(m.valueRequired) }).int({ error: () => say(m.valueWhole) }),
  basis: requiredText(m.basisRequired, 500),
});
export type RuleValueInput = z.output<typeof RuleValueInput>;

export const rulesContract = {
  /** Every value of every rule: by rule, the base value first, then by date. */
  'rules.list': { input: z.void(), output: z.array(RuleValue) },
  'rules.save': { input: RuleValueInput, output: RuleValue },
  /** Removes a dated value (the base value stays: it can only be corrected). */
  'rules.remove': { input: z.object({ id: id() }), output: z.object({ id: z.number().int() }) },
} as const;
