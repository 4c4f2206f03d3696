import { sql } from 'kysely';
import type { Db } from '../db/connection';
import { searchKey } from '../vi/text';
import type { MemberListItem, UnionGroup } from './contract';

export interface MemberFilter {
  query?: string | undefined;
  groupId?: number | undefined;
}

/** Active members in Vietnamese order (tên, họ, đệm, then date of birth). */
export async function listMembers(db: Db, filter: MemberFilter = {}): Promise<MemberListItem[]> {
  let q = db
    .selectFrom('members as m')
    .leftJoin('union_groups as g', 'g.id', 'm.group_id')
    .select([
      'm.id',
      'm.full_name',
      'm.gender',
      'm.date_of_birth',
      'm.group_id',
      'g.name as group_name',
      'm.job_title',
      'm.union_position',
      'm.joined_on',
      'm.party_member',
      'm.card_number',
    ])
    .where('m.archived_at', 'is', null);
  if (filter.groupId !== undefined) q = q.where('m.group_id', '=', filter.groupId);
  for (const token of searchKey(filter.query ?? '')
    .split(' ')
    .filter(Boolean)) {
    // instr() instead of LIKE: the token is data, so % and _ in it must not act as wildcards.
    q = q.where(sql<boolean>`instr(m.search_key, ${token}) > 0`);
  }
  const rows = await q.orderBy('m.name_sort_key').orderBy('m.date_of_birth').execute();
  return rows.map((r) => ({
    id: r.id,
    fullName: r.full_name,
    gender: r.gender,
    dateOfBirth: r.date_of_birth,
    groupId: r.group_id,
    groupName: r.group_name,
    jobTitle: r.job_title,
    unionPosition: r.union_position,
    joinedOn: r.joined_on,
    partyMember: r.party_member === 1,
    cardNumber: r.card_number,
  }));
}

export async function listGroups(db: Db): Promise<UnionGroup[]> {
  const rows = await db
    .selectFrom('union_groups as g')
    .leftJoin('members as leader', 'leader.id', 'g.leader_member_id')
    .leftJoin('members as m', (join) => join.onRef('m.group_id', '=', 'g.id').on('m.archived_at', 'is', null))
    .select((eb) => [
      'g.id',
      'g.name',
      'leader.full_name as leader_name',
      eb.fn.count<number>('m.id').as('member_count'),
      eb.fn.sum<number>(sql`case when m.gender = 'female' then 1 else 0 end`).as('female_count'),
    ])
    .where('g.archived_at', 'is', null)
    .groupBy(['g.id', 'g.name', 'leader.full_name'])
    .orderBy('g.sort_order')
    .orderBy('g.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    leaderName: r.leader_name,
    memberCount: Number(r.member_count),
    femaleCount: Number(r.female_count ?? 0),
  }));
}
