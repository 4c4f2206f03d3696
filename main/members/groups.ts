/** Tổ công đoàn / công đoàn bộ phận: create, rename, merge, tổ trưởng, moving members. */
import { sql } from 'kysely';
import type { Db } from '../db/connection';
import { writeAudit, type Actor, type Trx } from '../audit/audit';
import { AppError } from '../ipc/errors';
import { viCollator } from '../vi/names';
import type { UnionGroup } from './contract';
import type { MemberStatus } from '../db/schema';
import { todayIso } from '../vi/dates';
import { changeDateProblem, loadMovementLogs } from './history';
import { CURRENT_STATUSES, statusOn, statusPhrase } from './movements';
import { say } from '../i18n/messages';
import { groupMessages as m } from './messages';

export async function listGroups(db: Db | Trx, onlyId?: number): Promise<UnionGroup[]> {
  let q = db
    .selectFrom('union_groups as g')
    .leftJoin('members as leader', 'leader.id', 'g.leader_member_id')
    .leftJoin('members as m', (join) =>
      join
        .onRef('m.group_id', '=', 'g.id')
        .on('m.archived_at', 'is', null)
        .on('m.status', 'in', [...CURRENT_STATUSES]),
    )
    .select((eb) => [
      'g.id',
      'g.name',
      'g.kind',
      'g.leader_member_id',
      'leader.full_name as leader_name',
      eb.fn.count<number>('m.id').as('member_count'),
      eb.fn.sum<number>(sql`case when m.gender = 'female' then 1 else 0 end`).as('female_count'),
    ])
    .where('g.archived_at', 'is', null)
    .groupBy(['g.id', 'g.name', 'g.kind', 'g.leader_member_id', 'leader.full_name'])
    .orderBy('g.sort_order')
    .orderBy('g.id');
  if (onlyId !== undefined) q = q.where('g.id', '=', onlyId);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    leaderId: r.leader_member_id,
    leaderName: r.leader_name,
    memberCount: Number(r.member_count),
    femaleCount: Number(r.female_count ?? 0),
  }));
}

/** A tổ by id, or NOT_FOUND: the chair's pick for a list, an export, a rename. */
export async function groupById(db: Db | Trx, id: number): Promise<UnionGroup> {
  const [group] = await listGroups(db, id);
  if (!group) throw new AppError('NOT_FOUND', say(m.notFound));
  return group;
}

/** A member's tổ must exist and not be merged away: a member in an archived tổ is counted nowhere. */
export async function assertGroupOpen(trx: Trx, groupId: number | null, field: string): Promise<void> {
  if (groupId === null) return;
  const group = await trx
    .selectFrom('union_groups')
    .select(['name', 'archived_at'])
    .where('id', '=', groupId)
    .executeTakeFirst();
  if (!group) throw AppError.invalid([{ field, message: say(m.chosenNotFound) }]);
  if (group.archived_at !== null) {
    throw AppError.invalid([{ field, message: say(m.merged, { name: group.name }) }]);
  }
}

async function assertNameFree(trx: Trx, name: string, exceptId?: number): Promise<void> {
  const rows = await trx.selectFrom('union_groups').select(['id', 'name', 'archived_at']).execute();
  // Case- and form-insensitive: "Tổ văn phòng" and "TỔ VĂN PHÒNG" are the same tổ to a chair.
  const clash = rows.find(
    (r) => r.id !== exceptId && viCollator.compare(r.name.toLocaleLowerCase('vi'), name.toLocaleLowerCase('vi')) === 0,
  );
  if (!clash) return;
  // A merged tổ keeps its name in the members' histories, so the name stays taken.
  const message = say(clash.archived_at ? m.nameOfMerged : m.nameTaken, { name: clash.name });
  throw AppError.invalid([{ field: 'name', message }]);
}

export async function createGroup(db: Db, who: Actor, name: string, kind: 'to' | 'bo_phan'): Promise<UnionGroup> {
  return db.transaction().execute(async (trx) => groupById(trx, await insertGroup(trx, who, name, kind)));
}

/** The insert itself, for callers inside a transaction (the import creates the tổ it names). */
/** `id` is for a caller that numbered the tổ itself (nextId), as the import does. */
export async function insertGroup(
  trx: Trx,
  who: Actor,
  name: string,
  kind: 'to' | 'bo_phan',
  id?: number,
): Promise<number> {
  await assertNameFree(trx, name);
  const last = await trx
    .selectFrom('union_groups')
    .select((eb) => eb.fn.max('sort_order').as('max'))
    .executeTakeFirst();
  const values = {
    ...(id === undefined ? {} : { id }),
    name,
    kind,
    sort_order: Number(last?.max ?? 0) + 1,
    created_at: who.now().toISOString(),
    leader_member_id: null,
  };
  const inserted = await trx.insertInto('union_groups').values(values).returning('id').executeTakeFirstOrThrow();
  await writeAudit(trx, who, { table: 'union_groups', rowId: inserted.id, action: 'insert', after: values });
  return inserted.id;
}

export async function renameGroup(db: Db, who: Actor, id: number, name: string): Promise<UnionGroup> {
  return db.transaction().execute(async (trx) => {
    const before = await groupById(trx, id);
    await assertNameFree(trx, name, id);
    await trx.updateTable('union_groups').set({ name }).where('id', '=', id).execute();
    await writeAudit(trx, who, {
      table: 'union_groups',
      rowId: id,
      action: 'update',
      before: { name: before.name },
      after: { name },
    });
    return groupById(trx, id);
  });
}

export function setLeader(db: Db, who: Actor, id: number, memberId: number | null): Promise<UnionGroup> {
  return db.transaction().execute(async (trx) => {
    await writeLeader(trx, who, id, memberId);
    return groupById(trx, id);
  });
}

/** The tổ trưởng change itself, for callers already inside a transaction (the demo branch). */
export async function writeLeader(trx: Trx, who: Actor, id: number, memberId: number | null): Promise<void> {
  const before = await groupById(trx, id);
  // The dialog opens on the current leader: saving it as it is changes nothing.
  if (before.leaderId === memberId) return;
  if (memberId !== null) {
    const member = await trx
      .selectFrom('members')
      .select(['group_id', 'full_name', 'status'])
      .where('id', '=', memberId)
      .executeTakeFirst();
    if (!member || member.group_id !== id) {
      throw AppError.invalid([{ field: 'memberId', message: say(m.leaderNotInGroup) }]);
    }
    // Someone who has left keeps their tổ in the register, but leads it no more (stepDownOnLeaving).
    if (!CURRENT_STATUSES.includes(member.status)) {
      const message = say(m.leaderNotCurrent, { name: member.full_name, status: statusPhrase(member.status) });
      throw AppError.invalid([{ field: 'memberId', message }]);
    }
  }
  await trx.updateTable('union_groups').set({ leader_member_id: memberId }).where('id', '=', id).execute();
  await writeAudit(trx, who, {
    table: 'union_groups',
    rowId: id,
    action: 'update',
    before: { leader_member_id: before.leaderId },
    after: { leader_member_id: memberId },
  });
  if (before.leaderId !== null && before.leaderId !== memberId) {
    await setUnionPosition(trx, who, before.leaderId, LEADER_POSITION, null);
  }
  if (memberId !== null) await setUnionPosition(trx, who, memberId, null, LEADER_POSITION);
}

const LEADER_POSITION = 'Tổ trưởng công đoàn';

/**
 * Keeps "Chức vụ công đoàn" in step with the tổ trưởng choice, touching it only when it holds
 * what we expect (`from`): a member who is also, say, Phó Chủ tịch keeps that title.
 */
async function setUnionPosition(trx: Trx, who: Actor, memberId: number, from: string | null, to: string | null) {
  const member = await trx.selectFrom('members').select('union_position').where('id', '=', memberId).executeTakeFirst();
  if (!member || member.union_position !== from) return;
  await trx.updateTable('members').set({ union_position: to }).where('id', '=', memberId).execute();
  await writeAudit(trx, who, {
    table: 'members',
    rowId: memberId,
    action: 'update',
    before: { union_position: from },
    after: { union_position: to },
  });
}

/** Moves members into `groupId` from `onDate`; the old tổ stays in each member's history. */
export async function moveMembers(
  trx: Trx,
  who: Actor,
  memberIds: number[],
  groupId: number,
  onDate: string,
): Promise<number> {
  await assertGroupOpen(trx, groupId, 'groupId');
  const now = who.now().toISOString();
  const today = todayIso(who.now());
  let moved = 0;
  for (const memberId of memberIds) {
    const member = await trx
      .selectFrom('members')
      .select(['id', 'group_id', 'full_name'])
      .where('id', '=', memberId)
      .executeTakeFirst();
    if (!member) throw new AppError('NOT_FOUND', say(m.memberNotFound));
    if (member.group_id === groupId) continue;
    const problem = await changeDateProblem(trx, memberId, onDate, today, { group: true, salary: false });
    if (problem) throw AppError.invalid([{ field: 'onDate', message: `${member.full_name}: ${problem}` }]);
    await trx.updateTable('members').set({ group_id: groupId, updated_at: now }).where('id', '=', memberId).execute();
    const history = { member_id: memberId, group_id: groupId, from_date: onDate, created_at: now, note: null };
    const { id } = await trx
      .insertInto('member_group_history')
      .values(history)
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, who, [
      {
        table: 'members',
        rowId: memberId,
        action: 'update',
        before: { group_id: member.group_id },
        after: { group_id: groupId },
      },
      { table: 'member_group_history', rowId: id, action: 'insert', after: history },
    ]);
    await stepDownOnLeaving(trx, who, memberId, groupId);
    moved++;
  }
  return moved;
}

/**
 * A tổ trưởng who moves to another tổ (or, with `newGroupId` null, leaves the branch) stops
 * leading the old one: the same audited change, and the same "Chức vụ công đoàn" reset, as
 * choosing nobody on the tổ's page. Returns the tổ they stopped leading, if any.
 */
export async function stepDownOnLeaving(
  trx: Trx,
  who: Actor,
  memberId: number,
  newGroupId: number | null,
): Promise<number | null> {
  const led = await trx
    .selectFrom('union_groups')
    .select('id')
    .where('leader_member_id', '=', memberId)
    .where('archived_at', 'is', null)
    .where('id', 'is not', newGroupId)
    .executeTakeFirst();
  // A tổ trưởng must be a member of the tổ they lead (writeLeader), so they lead one at most.
  if (!led) return null;
  await writeLeader(trx, who, led.id, null);
  return led.id;
}

/**
 * The members of a tổ who are in it on `date`: everyone in the branch now, and those who left
 * after that date. Who had left by then keeps the tổ they left from (archived with the merge):
 * their history must not put them in a tổ they never belonged to.
 */
async function membersOn(trx: Trx, members: { id: number; status: MemberStatus }[], date: string) {
  const isCurrent = (status: MemberStatus | null) => status !== null && CURRENT_STATUSES.includes(status);
  const logs = await loadMovementLogs(
    trx,
    members.filter((m) => !isCurrent(m.status)).map((m) => m.id),
  );
  return members.filter((m) => isCurrent(m.status) || isCurrent(statusOn(logs.get(m.id)!, date))).map((m) => m.id);
}

/**
 * A member back in the branch whose tổ was merged away while they were out joins the tổ it went
 * into, following later merges too: a current member in an archived tổ would be counted in
 * none. `backOn` is the day they came back, or null when their departure was cancelled (they
 * never left, so they join as of the merge). Never earlier than the last merge of the chain or
 * their last change of tổ, never later than today; a broken chain leaves them where they are.
 */
export async function rejoinOpenGroup(trx: Trx, who: Actor, memberId: number, backOn: string | null): Promise<void> {
  const member = await trx.selectFrom('members').select('group_id').where('id', '=', memberId).executeTakeFirst();
  let groupId = member?.group_id ?? null;
  let mergedOn = '';
  const seen = new Set<number>();
  for (;;) {
    if (groupId === null || seen.has(groupId)) return;
    seen.add(groupId);
    const group = await trx
      .selectFrom('union_groups')
      .select(['archived_at', 'merged_into_id', 'merged_on'])
      .where('id', '=', groupId)
      .executeTakeFirst();
    if (!group) return;
    if (group.archived_at === null) break;
    groupId = group.merged_into_id;
    mergedOn = group.merged_on ?? mergedOn;
  }
  if (groupId === member?.group_id) return;
  const last = await trx
    .selectFrom('member_group_history')
    .select(({ fn }) => fn.max('from_date').as('from'))
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  const today = todayIso(who.now());
  const from = [backOn ?? '', mergedOn, last?.from ?? ''].reduce((a, b) => (b > a ? b : a));
  await moveMembers(trx, who, [memberId], groupId, from > today || from === '' ? today : from);
}

/**
 * Gộp tổ: the members of `sourceId` move to `targetId` on `onDate`, then the source is archived
 * and remembers its target, where a member who had left it and comes back goes (rejoinOpenGroup).
 */
export async function mergeGroups(
  db: Db,
  who: Actor,
  sourceId: number,
  targetId: number,
  onDate: string,
): Promise<UnionGroup> {
  if (sourceId === targetId) throw AppError.invalid([{ field: 'targetId', message: say(m.mergeIntoItself) }]);
  return db.transaction().execute(async (trx) => {
    const source = await groupById(trx, sourceId);
    await assertGroupOpen(trx, targetId, 'targetId');
    const members = await trx.selectFrom('members').select(['id', 'status']).where('group_id', '=', sourceId).execute();
    await moveMembers(trx, who, await membersOn(trx, members, onDate), targetId, onDate);
    const archivedAt = who.now().toISOString();
    await trx
      .updateTable('union_groups')
      .set({ archived_at: archivedAt, leader_member_id: null, merged_into_id: targetId, merged_on: onDate })
      .where('id', '=', sourceId)
      .execute();
    await writeAudit(trx, who, {
      table: 'union_groups',
      rowId: sourceId,
      action: 'update',
      before: { name: source.name, archived_at: null },
      after: { archived_at: archivedAt, merged_into: targetId },
    });
    return groupById(trx, targetId);
  });
}
