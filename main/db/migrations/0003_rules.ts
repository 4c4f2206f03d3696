import type { Kysely } from 'kysely';

/**
 * Version 3: rules that change by date (domain.md: never hard-code a rate, cap or threshold).
 * Each rule has one base value (valid_from null: it applies before any dated change) and may
 * gain dated values; the chair edits them with their legal basis ("căn cứ"). The first rules
 * are the member age thresholds, shipped as defaults the chair can correct.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rule_values')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text')
    .addColumn('value', 'integer', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('rule_values_once_a_day', ['rule', 'valid_from'])
    .execute();

  const now = new Date().toISOString();
  await (db as Kysely<{ rule_values: Record<string, unknown> }>)
    .insertInto('rule_values')
    .values([
      {
        rule: 'member.minJoinAge',
        valid_from: null,
        value: 15,
        basis: 'Bộ luật Lao động số 45/2019/QH14, Điều 3: độ tuổi lao động tối thiểu là đủ 15 tuổi (giá trị mặc định).',
        created_at: now,
        updated_at: now,
      },
      {
        rule: 'member.minPartyAge',
        valid_from: null,
        value: 18,
        basis: 'Điều lệ Đảng Cộng sản Việt Nam, Điều 1: đảng viên từ đủ 18 tuổi (giá trị mặc định).',
        created_at: now,
        updated_at: now,
      },
    ])
    .execute();
}
