import { sql, type Kysely } from 'kysely';

/**
 * Version 7: a tổ merged away remembers the tổ it went into, so that a member who comes back
 * to the branch after the merge (a new kết nạp or chuyển đến, or a departure cancelled) joins
 * that tổ instead of one that no longer counts. Before this version the target was written only
 * in the audit row that archived the tổ; it is read from there.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('union_groups')
    .addColumn('merged_into_id', 'integer', (c) => c.references('union_groups.id'))
    .execute();
  await sql`
    update union_groups set merged_into_id = (
      select json_extract(a.after_json, '$.merged_into') from audit_log a
      where a.table_name = 'union_groups' and a.row_id = union_groups.id
        and json_extract(a.after_json, '$.merged_into') is not null
      order by a.id desc limit 1)
    where archived_at is not null`.execute(db);
}
