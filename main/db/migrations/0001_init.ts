import { sql, type Kysely } from 'kysely';

/** Version 1: the branch, its tổ công đoàn, its members and the audit trail. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('branch')
    // One row: a file is one branch. The CHECK keeps a second row from ever appearing.
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('branch_name', 'text', (c) => c.notNull())
    .addColumn('unit_name', 'text', (c) => c.notNull())
    .addColumn('higher_union', 'text', (c) => c.notNull())
    .addColumn('chair_name', 'text', (c) => c.notNull())
    .addColumn('place_name', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('union_groups')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('leader_member_id', 'integer', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .execute();

  await db.schema
    .createTable('members')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('family_name', 'text', (c) => c.notNull())
    .addColumn('middle_name', 'text', (c) => c.notNull())
    .addColumn('given_name', 'text', (c) => c.notNull())
    .addColumn('name_sort_key', 'text', (c) => c.notNull())
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull().check(sql`gender in ('male', 'female')`))
    .addColumn('date_of_birth', 'text')
    .addColumn('ethnicity', 'text', (c) => c.notNull().defaultTo('Kinh'))
    .addColumn('religion', 'text', (c) => c.notNull().defaultTo('Không'))
    .addColumn('cccd', 'text', (c) => c.unique())
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('education', 'text')
    .addColumn('job_title', 'text')
    .addColumn('union_position', 'text')
    .addColumn('group_id', 'integer', (c) => c.references('union_groups.id'))
    .addColumn('joined_on', 'text')
    .addColumn('member_code', 'text')
    .addColumn('card_number', 'text')
    .addColumn('card_issued_on', 'text')
    .addColumn('party_member', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('party_joined_on', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .execute();
  await db.schema.createIndex('members_sort').on('members').column('name_sort_key').execute();
  await db.schema.createIndex('members_group').on('members').column('group_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('row_id', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('insert', 'update', 'delete')`))
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute();
  await db.schema.createIndex('audit_row').on('audit_log').columns(['table_name', 'row_id']).execute();
}
