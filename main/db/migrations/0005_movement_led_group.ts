import type { Kysely } from 'kysely';

/**
 * Version 5: the tổ a member led until a movement took them out of the branch. A tổ trưởng who
 * leaves (chuyển đi, thôi sinh hoạt, khai trừ…) stops leading; when that movement is cancelled
 * as a mistake, the correcting entry gives the tổ back to them (unless it has a leader again).
 * Rows written before this version hold null: their cancellation restores nobody, as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('member_movements')
    .addColumn('led_group_id', 'integer', (c) => c.references('union_groups.id'))
    .execute();
}
