import { sql, type Kysely } from 'kysely';

/**
 * Version 2: the full member register — card details, insurance-salary history, the dated
 * movement log that status and "counts at date D" come from, and the tổ history.
 * Existing members get their kết nạp (on their join date) and their current tổ as history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('members')
    .addColumn('card_type', 'text', (c) => c.check(sql`card_type in ('regular', 'linked')`))
    .execute();
  await db.schema.alterTable('members').addColumn('card_status', 'text').execute();
  // Cached from the movement log (the log is the truth; services keep this in step in the
  // same transaction) so the register filters by status without replaying movements.
  await db.schema
    .alterTable('members')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('active')
        .check(sql`status in ('active', 'suspended', 'transferred_out', 'left', 'removed', 'expelled')`),
    )
    .execute();
  await db.schema.createIndex('members_status').on('members').column('status').execute();

  await db.schema
    .alterTable('union_groups')
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .defaultTo('to')
        .check(sql`kind in ('to', 'bo_phan')`),
    )
    .execute();

  await db.schema
    .createTable('member_salaries')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount >= 0`))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('member_salaries_once_a_day', ['member_id', 'valid_from'])
    .execute();

  await db.schema
    .createTable('member_movements')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('admitted', 'transferred_in', 'transferred_out', 'suspended', 'restored', 'left', 'removed', 'expelled', 'correction')`,
        ),
    )
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('decision_number', 'text')
    .addColumn('decision_date', 'text')
    .addColumn('reason', 'text')
    .addColumn('place', 'text')
    .addColumn('end_date', 'text')
    .addColumn('note', 'text')
    .addColumn('corrects_id', 'integer', (c) => c.references('member_movements.id').unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('movements_member').on('member_movements').columns(['member_id', 'on_date']).execute();

  await db.schema
    .createTable('member_group_history')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('group_id', 'integer', (c) => c.references('union_groups.id'))
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('group_history_member').on('member_group_history').column('member_id').execute();

  await sql`
    insert into member_movements (member_id, kind, on_date, note, created_at)
    select id, 'admitted', coalesce(joined_on, substr(created_at, 1, 10)), 'Ghi nhận khi nâng cấp dữ liệu', created_at
    from members`.execute(db);
  await sql`
    insert into member_group_history (member_id, group_id, from_date, note, created_at)
    select id, group_id, coalesce(joined_on, substr(created_at, 1, 10)), 'Ghi nhận khi nâng cấp dữ liệu', created_at
    from members where group_id is not null`.execute(db);
}
