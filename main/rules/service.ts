/**
 * Rules that change by date: reading the value in force on a day, and the chair's edits to
 * them (each audited). Checks that depend on a threshold take a RuleBook instead of a constant.
 */
import type { Selectable } from 'kysely';
import { saveRecord, writeAudit, type Actor } from '../audit/audit';
import type { Db } from '../db/connection';
import type { RuleValueTable } from '../db/schema';
import { AppError } from '../ipc/errors';
import { formatDate } from '../vi/dates';
import { RULES } from './catalogue';
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
        throw new AppError(
          'DATA_FILE',
          `Tệp dữ liệu thiếu mức ban đầu của quy định “${rule}” (có thể đã bị sửa ngoài chương trình). Hãy mở bản sao lưu gần nhất.`,
        );
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
    throw AppError.invalid([{ field: 'value', message: `Nhập giá trị từ ${min} đến ${max} ${unit}.` }]);
  }
  return db.transaction().execute(async (trx) => {
    const now = who.now().toISOString();
    const before = input.id
      ? await trx.selectFrom('rule_values').selectAll().where('id', '=', input.id).executeTakeFirst()
      : undefined;
    if (input.id && (!before || before.rule !== input.rule)) {
      throw new AppError('NOT_FOUND', 'Không tìm thấy mức quy định này; có thể nó vừa bị xóa. Hãy tải lại trang.');
    }
    const isBase = before?.valid_from === null;
    if (!isBase && input.validFrom === null) {
      throw AppError.invalid([{ field: 'validFrom', message: 'Nhập ngày bắt đầu áp dụng (dd/mm/yyyy).' }]);
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
        throw AppError.invalid([
          { field: 'validFrom', message: `Đã có mức áp dụng từ ngày ${formatDate(validFrom)}; hãy sửa mức đó.` },
        ]);
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
    if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy mức quy định này; có thể nó đã bị xóa.');
    if (before.valid_from === null) {
      throw new AppError('VALIDATION', 'Mức ban đầu của quy định không xóa được; hãy sửa giá trị hoặc căn cứ của nó.');
    }
    await trx.deleteFrom('rule_values').where('id', '=', id).execute();
    await writeAudit(trx, who, { table: 'rule_values', rowId: id, action: 'delete', before });
    return { id };
  });
}
