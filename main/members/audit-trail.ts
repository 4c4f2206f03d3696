/** A member's change history for their page, read back from the audit log. */
import { sql } from 'kysely';
import type { Db } from '../db/connection';
import type { Trx } from '../audit/audit';
import type { MemberDetail } from './contract';

/** Derived or bookkeeping columns: they change with the fields a person typed, so showing them is noise. */
const HIDDEN = new Set([
  'id',
  'family_name',
  'middle_name',
  'given_name',
  'name_sort_key',
  'search_key',
  'created_at',
  'updated_at',
  'member_id',
]);

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
    .select(['at', 'actor', 'action', 'table_name', 'before_json', 'after_json'])
    .where((eb) =>
      eb.or([
        eb.and([eb('table_name', '=', 'members'), eb('row_id', '=', memberId)]),
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
  return rows.map((r) => ({
    at: r.at,
    actor: r.actor,
    action: r.action,
    table: r.table_name,
    changes: changes(parse(r.before_json), parse(r.after_json)),
  }));
}
