/**
 * What the printed lists read from the register: only the columns each list shows, so a list
 * that must not carry CCCD (Nghị định 13/2023) never even loads it.
 */
import type { Db } from '../../db/connection';
import type { Gender, GroupKind } from '../../db/schema';
import { CURRENT_STATUSES } from '../movements';

/** A tổ or công đoàn bộ phận: the documents print its name with what it is (labels.ts). */
export interface PrintedGroup {
  name: string;
  kind: GroupKind;
}

export interface ListedMember {
  id: number;
  fullName: string;
  dateOfBirth: string | null;
  gender: Gender;
  ethnicity: string;
  jobTitle: string | null;
  unionPosition: string | null;
  groupId: number | null;
  group: PrintedGroup | null;
  joinedOn: string | null;
  partyMember: boolean;
  cardNumber: string | null;
  suspended: boolean;
}

export interface CardRequestMember extends ListedMember {
  cccd: string | null;
}

function currentMembers(db: Db) {
  return (
    db
      .selectFrom('members as m')
      .leftJoin('union_groups as g', 'g.id', 'm.group_id')
      .select([
        'm.id',
        'm.full_name',
        'm.date_of_birth',
        'm.gender',
        'm.ethnicity',
        'm.job_title',
        'm.union_position',
        'm.group_id',
        'g.name as group_name',
        'g.kind as group_kind',
        'm.joined_on',
        'm.party_member',
        'm.card_number',
        'm.status',
      ])
      .where('m.archived_at', 'is', null)
      .where('m.status', 'in', [...CURRENT_STATUSES])
      // Tổ in the order the chair arranged them, members without one last; inside a tổ the
      // register order (tên, họ, đệm, date of birth), which name_sort_key gives in SQL.
      .orderBy((eb) => eb.case().when('g.id', 'is', null).then(1).else(0).end())
      .orderBy('g.sort_order')
      .orderBy('g.id')
      .orderBy('m.name_sort_key')
      .orderBy('m.date_of_birth')
      .orderBy('m.id')
  );
}

type Row = Awaited<ReturnType<ReturnType<typeof currentMembers>['execute']>>[number];

const toListed = (r: Row): ListedMember => ({
  id: r.id,
  fullName: r.full_name,
  dateOfBirth: r.date_of_birth,
  gender: r.gender,
  ethnicity: r.ethnicity,
  jobTitle: r.job_title,
  unionPosition: r.union_position,
  groupId: r.group_id,
  group: r.group_name !== null && r.group_kind !== null ? { name: r.group_name, kind: r.group_kind } : null,
  joinedOn: r.joined_on,
  partyMember: r.party_member === 1,
  cardNumber: r.card_number,
  suspended: r.status === 'suspended',
});

/** Members still in the branch (active or suspended), grouped by tổ; one tổ with `groupId`. */
export async function loadListedMembers(db: Db, groupId?: number): Promise<ListedMember[]> {
  let q = currentMembers(db);
  if (groupId !== undefined) q = q.where('m.group_id', '=', groupId);
  return (await q.execute()).map(toListed);
}

/** A member's tổ for the sheet, read without listGroups' archive filter: a merged tổ keeps its name. */
export async function loadGroup(db: Db, id: number): Promise<PrintedGroup | null> {
  return (await db.selectFrom('union_groups').select(['name', 'kind']).where('id', '=', id).executeTakeFirst()) ?? null;
}

/** Current members without a card number, with the CCCD the higher union issues cards by. */
export async function loadCardRequestMembers(db: Db): Promise<CardRequestMember[]> {
  const rows = await currentMembers(db).select('m.cccd').where('m.card_number', 'is', null).execute();
  return rows.map((r) => ({ ...toListed(r), cccd: r.cccd }));
}
