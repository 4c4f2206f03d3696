import { sql, type Kysely } from 'kysely';

/**
 * Version 7: a tổ merged away remembers the tổ it went into and the merge date, so that a
 * member who comes back to the branch after the merge (a new kết nạp or chuyển đến, or a
 * departure cancelled) joins that tổ instead of one that no longer counts. Before this version
 * the target was written only in the audit row that archived the tổ, and the date nowhere: the
 * target is read from that row, the date taken as the day the merge was recorded.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // SQLite migrations run outside a transaction: a file whose earlier attempt stopped after
  // adding a column must not fail on adding it again.
  const columns = await sql<{ name: string }>`select name from pragma_table_info('union_groups')`.execute(db);
  const has = (name: string) => columns.rows.some((c) => c.name === name);
  if (!has('merged_into_id')) {
    await db.schema
      .alterTable('union_groups')
      .addColumn('merged_into_id', 'integer', (c) => c.references('union_groups.id'))
      .execute();
  }
  if (!has('merged_on')) await db.schema.alterTable('union_groups').addColumn('merged_on', 'text').execute();
  // Only a well-formed audit row naming a tổ that exists counts: a damaged file must still open.
  await sql`
    update union_groups set merged_into_id = (
      select t.id from audit_log a
      join union_groups t
        on t.id = case when json_valid(a.after_json) then json_extract(a.after_json, '$.merged_into') end
      where a.table_name = 'union_groups' and a.row_id = union_groups.id
      order by a.id desc limit 1)
    where archived_at is not null and merged_into_id is null`.execute(db);
  await sql`update union_groups set merged_on = substr(archived_at, 1, 10)
    where merged_into_id is not null and merged_on is null`.execute(db);
}
