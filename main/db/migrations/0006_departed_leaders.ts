import { sql, type Kysely } from 'kysely';

/**
 * Version 6, data only: nobody who has left the branch leads a tổ. Before this version,
 * cancelling the kết nạp or chuyển đến of a member who had come back left them tổ trưởng
 * although they were out again; the app now refuses such a leader (writeLeader), so a file
 * holding one is put right here, the way the app steps a leader down: the tổ loses its leader,
 * the member's "Tổ trưởng công đoàn" title goes, and both changes are audited. A shipped
 * migration never changes, so it keeps its own copy of the statuses and the title.
 */
const ACTOR = 'Sổ Công đoàn (nâng cấp dữ liệu, phiên bản 6)';
const DEPARTED = sql`select id from members where status not in ('active', 'suspended')`;
const NOW = sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into audit_log (at, actor, table_name, row_id, action, before_json, after_json)
    select ${NOW}, ${ACTOR}, 'members', id, 'update',
      json_object('union_position', union_position), json_object('union_position', null)
    from members
    where id in (select leader_member_id from union_groups where leader_member_id in (${DEPARTED}))
      and union_position = 'Tổ trưởng công đoàn'`.execute(db);
  await sql`update members set union_position = null
    where id in (select leader_member_id from union_groups where leader_member_id in (${DEPARTED}))
      and union_position = 'Tổ trưởng công đoàn'`.execute(db);
  await sql`insert into audit_log (at, actor, table_name, row_id, action, before_json, after_json)
    select ${NOW}, ${ACTOR}, 'union_groups', id, 'update',
      json_object('leader_member_id', leader_member_id), json_object('leader_member_id', null)
    from union_groups where leader_member_id in (${DEPARTED})`.execute(db);
  await sql`update union_groups set leader_member_id = null where leader_member_id in (${DEPARTED})`.execute(db);
}
