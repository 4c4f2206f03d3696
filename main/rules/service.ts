/**
 * Rules that change by date: reading the value in force on a day, and the chair's edits to
 * them (each audited). Checks that depend on a threshold take a RuleBook instead of a constant.
 */
import type { Selectable } from 'kysely';
import { saveRecord, writeAudit, type Actor } from '../audit/audit';
import type { Db } from '../db/connection';
import type { RuleValueTable } from '../db/schema';
import { AppError } from '../ipc/errors';
import { say } from '../i18n/messages';
import { formatDate } from '../vi/dates';
import { RULES } from './catalogue';
import { rulesMessages as m, ruleUnits } from './messages';
import type { RuleKey, RuleValue, RuleValueInput } from './contract';

export interface RuleBook {
  /** The value in force on `date` (ISO): the latest dated value from on or before it, else the base value. */
  valueOn(rule: RuleKey, date: string): number;
}

type RuleRow = Selectable<RuleValueTable>;

function toRuleValue(row: RuleRow): RuleValue {
  return { id: row.id, rule: row.rule as RuleKey, validFrom: row.valid_from, value: row.value, basis: row.basis };
}

/** The base value first, then the dated ones in order (ISO dates sort as text). */
const byDate = (a: Pick<RuleValue, 'validFrom'>, b: Pick<RuleValue, 'validFrom'>) =>
  (a.validFrom ?? '').localeCompare(b.validFrom ?? '');

export function ruleBook(values: Pick<RuleValue, 'rule' | 'validFrom' | 'value'>[]): RuleBook {
  const byRule = new Map<string, Pick<RuleValue, 'validFrom' | 'value'>[]>();
  for (const v of [...values].sort(byDate)) byRule.set(v.rule, [...(byRule.get(v.rule) ?? []), v]);
  return {
    valueOn(rule, date) {
      const list = byRule.get(rule);
      if (!list || list[0]!.validFrom !== null) {
        // The migration that adds a rule also adds its base value; only a damaged file lacks it.
        throw new AppError('DATA_FILE', say(m.baseValueMissing, { rule }));
      }
      let value = list[0]!.value;
      for (const v of list) if (v.validFrom !== null && v.validFrom <= date) value = v.value;
      return value;
    },
  };
}

export async function listRules(db: Db): Promise<RuleValue[]> {
  const rows = await db.selectFrom('rule_values').selectAll().execute();
  const order = Object.keys(RULES);
  return rows
    .filter((r) => r.rule in RULES)
    .map(toRuleValue)
    .sort((a, b) => order.indexOf(a.rule) - order.indexOf(b.rule) || byDate(a, b));
}

export async function loadRuleBook(db: Db): Promise<RuleBook> {
  return ruleBook(await listRules(db));
}

/** A new dated value, or a correction of an existing one (the base value keeps no date). */
export function saveRuleValue(db: Db, who: Actor, input: RuleValueInput): Promise<RuleValue> {
  const { min, max, unit } = RULES[input.rule];
  if (input.value < min || input.value > max) {
    const message = say(m.valueOutOfRange, { min, max, unit: say(ruleUnits[unit]) });
    throw AppError.invalid([{ field: 'value', message }]);
  }
  return db.transaction().execute(async (trx) => {
    const now = who.now().toISOString();
    const before = input.id
      ? await trx.selectFrom('rule_values').selectAll().where('id', '=', input.id).executeTakeFirst()
      : undefined;
    if (input.id && (!before || before.rule !== input.rule)) {
      throw new AppError('NOT_FOUND', say(m.valueNotFound));
    }
    const isBase = before?.valid_from === null;
    if (!isBase && input.validFrom === null) {
      throw AppError.invalid([{ field: 'validFrom', message: say(m.validFromRequired) }]);
    }
    const validFrom = isBase ? null : input.validFrom;
    if (validFrom !== null) {
      const clash = await trx
        .selectFrom('rule_values')
        .select('id')
        .where('rule', '=', input.rule)
        .where('valid_from', '=', validFrom)
        .where('id', '!=', input.id ?? 0)
        .executeTakeFirst();
      if (clash) {
        throw AppError.invalid([{ field: 'validFrom', message: say(m.sameDay, { date: formatDate(validFrom) }) }]);
      }
    }
    const values = { valid_from: validFrom, value: input.value, basis: input.basis, updated_at: now };
    const row = await saveRecord(trx, who, 'rule_values', before, values, { rule: input.rule, created_at: now });
    return toRuleValue(row);
  });
}

export function removeRuleValue(db: Db, who: Actor, id: number): Promise<{ id: number }> {
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('rule_values').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError('NOT_FOUND', say(m.valueGone));
    if (before.valid_from === null) {
      throw new AppError('VALIDATION', say(m.baseNotRemovable));
    }
    await trx.deleteFrom('rule_values').where('id', '=', id).execute();
    await writeAudit(trx, who, { table: 'rule_values', rowId: id, action: 'delete', before });
    return { id };
  });
}
