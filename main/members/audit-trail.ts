/** A member's change history for their page, read back from the audit log. */
import { sql } from 'kysely';
import type { Db } from '../db/connection';
import type { Trx } from '../audit/audit';
import type { MemberDetail } from './contract';

/**
 * Member columns that restate what a person typed (name parts, keys) or the audit row's own
 * time: creation snapshots leave them out (records.ts), and the page never shows them.
 */
export const RESTATED_MEMBER_COLUMNS: ReadonlySet<string> = new Set([
  'family_name',
  'middle_name',
  'given_name',
  'name_sort_key',
  'search_key',
  'created_at',
  'updated_at',
]);

/** Derived or bookkeeping columns: they change with the fields a person typed, so showing them is noise. */
const HIDDEN = new Set([...RESTATED_MEMBER_COLUMNS, 'id', 'member_id']);

function changes(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const result: Record<string, [unknown, unknown]> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (HIDDEN.has(key)) continue;
    const was = before?.[key] ?? null;
    const now = after?.[key] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(now)) result[key] = [was, now];
  }
  return result;
}

export async function auditTrail(db: Db | Trx, memberId: number): Promise<MemberDetail['audit']> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['at', 'actor', 'action', 'table_name', 'row_id', 'before_json', 'after_json'])
    .where((eb) =>
      eb.or([
        eb.and([eb('table_name', '=', 'members'), eb('row_id', '=', memberId)]),
        eb.and([
          eb('table_name', '=', 'union_groups'),
          eb.or([
            eb(sql`json_extract(before_json, '$.leader_member_id')`, '=', memberId),
            eb(sql`json_extract(after_json, '$.leader_member_id')`, '=', memberId),
          ]),
        ]),
        eb.and([
          eb('table_name', 'in', ['member_movements', 'member_salaries', 'member_group_history']),
          // A deleted row has only its "before".
          eb(sql`json_extract(coalesce(after_json, before_json), '$.member_id')`, '=', memberId),
        ]),
      ]),
    )
    .orderBy('id', 'desc')
    .execute();
  const parse = (json: string | null) => (json ? (JSON.parse(json) as Record<string, unknown>) : null);
  return rows.map((r) => {
    const before = parse(r.before_json);
    const after = parse(r.after_json);
    return {
      at: r.at,
      actor: r.actor,
      action: r.action,
      table: r.table_name,
      changes: r.table_name === 'union_groups' ? leadership(r.row_id, memberId, before, after) : changes(before, after),
    };
  });
}

/**
 * A tổ's change of leader, as the member's own change: the tổ they came to lead, or stopped
 * leading, as `group_id` [before, after]. (Their "Tổ trưởng công đoàn" title changes only when
 * they held no other post, so the title alone would not always show it.)
 */
function leadership(
  groupId: number,
  memberId: number,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Record<string, [unknown, unknown]> {
  const led = (snapshot: Record<string, unknown> | null) => (snapshot?.leader_member_id === memberId ? groupId : null);
  return { group_id: [led(before), led(after)] };
}
