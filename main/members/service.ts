import type { Db } from '../db/connection';
import type { Insertable } from 'kysely';
import type { MemberMovementTable, MemberStatus } from '../db/schema';
import { writeAudit, type Actor, type Trx } from '../audit/audit';
import { AppError } from '../ipc/errors';
import { todayIso } from '../vi/dates';
import {
  type Counts,
  type MemberFields,
  type MemberDetail,
  type MovementKind,
  type OverdueSuspension,
} from './contract';
import {
  cancelProblem,
  CURRENT_STATUSES,
  currentStatus,
  joiningMovement,
  movementProblem,
  statusOn,
  effectiveMovements,
} from './movements';
import { assertCccdFree, columnsToFields, fieldsToColumns, insertMemberRecords, type NewMemberRecord } from './records';
import { enteredOnProblem, memberIssues } from './validation';
import { loadRuleBook } from '../rules/service';
import { auditTrail } from './audit-trail';
import { isEthnicMinority } from './derived';
import { assertGroupOpen, rejoinOpenGroup, stepDownOnLeaving, writeLeader } from './groups';
import { changeDateProblem, latestSalary, loadMovements, moveHistoriesToEntry, moved } from './history';
import { viCollator } from '../vi/names';
import { say } from '../i18n/messages';
import { memberMessages, movementMessages } from './messages';

async function loadMember(db: Db | Trx, id: number) {
  const row = await db.selectFrom('members').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', say(memberMessages.memberNotFound));
  return row;
}

export async function getMember(db: Db | Trx, id: number): Promise<MemberDetail> {
  const row = await loadMember(db, id);
  const movements = await loadMovements(db, id);
  const cancelled = new Set(movements.map((m) => m.corrects_id).filter((x) => x !== null));
  const salaries = await db
    .selectFrom('member_salaries')
    .select(['valid_from', 'amount', 'note'])
    .where('member_id', '=', id)
    .orderBy('valid_from')
    .execute();
  const history = await db
    .selectFrom('member_group_history as h')
    .leftJoin('union_groups as g', 'g.id', 'h.group_id')
    .select(['h.from_date', 'g.name', 'h.note'])
    .where('h.member_id', '=', id)
    .orderBy('h.from_date')
    .orderBy('h.id')
    .execute();
  const audit = await auditTrail(db, id);
  const group = row.group_id
    ? await db.selectFrom('union_groups').select('name').where('id', '=', row.group_id).executeTakeFirst()
    : undefined;
  return {
    id,
    fields: columnsToFields(row, salaries.at(-1)?.amount ?? null),
    status: row.status,
    groupName: group?.name ?? null,
    salaries: salaries.map((s) => ({ validFrom: s.valid_from, amount: s.amount, note: s.note })),
    movements: movements.map((m) => ({
      id: m.id,
      kind: m.kind,
      onDate: m.on_date,
      decisionNumber: m.decision_number,
      decisionDate: m.decision_date,
      reason: m.reason,
      place: m.place,
      endDate: m.end_date,
      note: m.note,
      correctsId: m.corrects_id,
      cancelled: cancelled.has(m.id),
    })),
    groupHistory: history.map((h) => ({ fromDate: h.from_date, groupName: h.name, note: h.note })),
    audit,
    groupNames: await namesOfGroups(db, auditedGroupIds(audit)),
  };
}

/** The tổ ids an audit trail shows as "Tổ công đoàn" before or after a change. */
function auditedGroupIds(audit: MemberDetail['audit']): number[] {
  const ids = new Set<number>();
  for (const item of audit)
    for (const value of item.changes.group_id ?? []) if (typeof value === 'number') ids.add(value);
  return [...ids];
}

/** Names by id, archived tổ included: a change from before a merge names the tổ as it was. */
async function namesOfGroups(db: Db | Trx, ids: number[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const rows = await db.selectFrom('union_groups').select(['id', 'name']).where('id', 'in', ids).execute();
  return Object.fromEntries(rows.map((g) => [String(g.id), g.name]));
}

async function assertPlausible(db: Db, fields: MemberFields, today: string): Promise<void> {
  const issues = memberIssues(fields, today, await loadRuleBook(db), 'fields.');
  if (issues.length > 0) throw AppError.invalid(issues);
}

export async function createMember(db: Db, who: Actor, record: NewMemberRecord): Promise<number> {
  const today = todayIso(who.now());
  const entered = record.entry === 'transferred_in' ? record.enteredOn : null;
  const problem = entered ? enteredOnProblem(record.fields.joinedOn, entered, today) : null;
  if (problem) throw AppError.invalid([{ field: 'enteredOn', message: problem }]);
  await assertPlausible(db, record.fields, today);
  return db.transaction().execute(async (trx) => {
    await assertGroupOpen(trx, record.fields.groupId, 'fields.groupId');
    const [id] = await insertMemberRecords(trx, who, [record]);
    return id!;
  });
}

/** Saves edited fields; a new tổ or salary becomes a dated history row, not an overwrite. */
export async function updateMember(db: Db, who: Actor, id: number, fields: MemberFields, changedOn?: string) {
  const today = todayIso(who.now());
  await assertPlausible(db, fields, today);
  await db.transaction().execute((trx) => writeMemberUpdate(trx, who, id, fields, changedOn ?? today));
}

/**
 * The update itself, for callers already inside a transaction that checked plausibility
 * themselves (the import, which reports issues per row instead of throwing).
 */
export async function writeMemberUpdate(trx: Trx, who: Actor, id: number, fields: MemberFields, on: string) {
  const before = await loadMember(trx, id);
  await assertCccdFree(trx, [{ cccd: fields.cccd, field: 'fields.cccd', exceptId: id }]);
  const groupChanged = fields.groupId !== before.group_id;
  if (groupChanged) await assertGroupOpen(trx, fields.groupId, 'fields.groupId');
  const now = who.now().toISOString();
  if (before.joined_on !== null && fields.joinedOn !== before.joined_on)
    await moveJoining(trx, who, id, before.joined_on, fields.joinedOn);
  const columns = fieldsToColumns(fields, now);
  await trx.updateTable('members').set(columns).where('id', '=', id).execute();

  const salaryBefore = (await latestSalary(trx, id))?.amount ?? null;
  const salary = fields.insuranceSalary;
  const changes = { group: groupChanged, salary: salary !== null && salary !== salaryBefore };
  // After moveJoining: a corrected joining date is the entry the change is checked against.
  if (changes.group || changes.salary) {
    const problem = await changeDateProblem(trx, id, on, todayIso(who.now()), changes);
    if (problem) throw AppError.invalid([{ field: 'changedOn', message: problem }]);
  }
  if (changes.salary && salary !== null) {
    await trx
      .insertInto('member_salaries')
      .values({ member_id: id, valid_from: on, amount: salary, created_at: now })
      .onConflict((oc) => oc.columns(['member_id', 'valid_from']).doUpdateSet({ amount: salary }))
      .execute();
  }
  if (changes.group) {
    await trx
      .insertInto('member_group_history')
      .values({ member_id: id, group_id: fields.groupId, from_date: on, created_at: now })
      .execute();
  }
  const after = await loadMember(trx, id);
  // A form saved as it was changes nothing worth a line in the member's history.
  const unchanged = JSON.stringify({ ...before, updated_at: null }) === JSON.stringify({ ...after, updated_at: null });
  if (!unchanged || changes.salary) {
    await writeAudit(trx, who, {
      table: 'members',
      rowId: id,
      action: 'update',
      before: { ...before, insurance_salary: salaryBefore },
      after: { ...after, insurance_salary: fields.insuranceSalary ?? salaryBefore },
    });
  }
  if (changes.group) await stepDownOnLeaving(trx, who, id, fields.groupId);
}

/**
 * A corrected "ngày vào công đoàn" moves the records that restate it, each change audited: the
 * joining movement (counts "at date D" replay it) and the tổ and salary histories that began
 * on that day (moveHistoriesToEntry).
 */
async function moveJoining(trx: Trx, who: Actor, memberId: number, from: string, to: string) {
  const { movement, problem } = joiningMovement(await loadMovements(trx, memberId), from, to);
  if (problem) throw AppError.invalid([{ field: 'fields.joinedOn', message: problem }]);
  if (movement) {
    await trx.updateTable('member_movements').set({ on_date: to }).where('id', '=', movement.id).execute();
    await writeAudit(trx, who, moved('member_movements', memberId, { id: movement.id, start: from }, 'on_date', to));
  }
  await moveHistoriesToEntry(trx, who, memberId, from, to);
}

async function syncStatus(trx: Trx, memberId: number): Promise<MemberStatus> {
  const status = currentStatus(await loadMovements(trx, memberId)) ?? 'active';
  await trx.updateTable('members').set({ status }).where('id', '=', memberId).execute();
  return status;
}

export interface MovementInput {
  memberId: number;
  kind: MovementKind;
  onDate: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  reason: string | null;
  place: string | null;
  endDate: string | null;
  note: string | null;
}

export async function recordMovement(db: Db, who: Actor, input: MovementInput): Promise<void> {
  await db.transaction().execute((trx) => appendMovement(trx, who, input));
}

/** The movement write itself, for callers already inside a transaction (the demo branch). */
export async function appendMovement(trx: Trx, who: Actor, input: MovementInput): Promise<void> {
  if (input.kind === 'suspended' && input.endDate && input.endDate <= input.onDate) {
    throw AppError.invalid([{ field: 'endDate', message: say(movementMessages.endBeforeStart) }]);
  }
  const today = todayIso(who.now());
  if (input.decisionDate && input.decisionDate > today) {
    throw AppError.invalid([{ field: 'decisionDate', message: say(movementMessages.decisionAfterToday) }]);
  }
  await loadMember(trx, input.memberId);
  const problem = movementProblem(await loadMovements(trx, input.memberId), input.kind, input.onDate, today);
  if (problem) throw AppError.invalid([{ field: 'onDate', message: problem }]);
  const values = {
    member_id: input.memberId,
    kind: input.kind,
    on_date: input.onDate,
    decision_number: input.decisionNumber,
    decision_date: input.decisionDate,
    reason: input.reason,
    place: input.place,
    // Only a tạm dừng has an end; a date left in the dialog from another kind means nothing.
    end_date: input.kind === 'suspended' ? input.endDate : null,
    note: input.note,
    created_at: who.now().toISOString(),
  };
  await insertMovement(trx, who, values, null);
}

/**
 * Writes one movement (a recorded one or a cancelling correction) and what follows from it: the
 * member's status, the tổ trưởng choice, the audit row. `restoreGroupId` is the tổ a cancelled
 * departure took from the member.
 */
async function insertMovement(
  trx: Trx,
  who: Actor,
  values: Insertable<MemberMovementTable>,
  restoreGroupId: number | null,
): Promise<void> {
  const { id } = await trx.insertInto('member_movements').values(values).returning('id').executeTakeFirstOrThrow();
  const status = await syncStatus(trx, values.member_id);
  if (CURRENT_STATUSES.includes(status)) {
    // In the branch (again): a tổ merged away meanwhile hands the member on to its target. A
    // correction here is a cancelled departure: they never left, so there is no return date.
    await rejoinOpenGroup(trx, who, values.member_id, values.kind === 'correction' ? null : values.on_date);
  }
  // The movement keeps the tổ its member stopped leading, for cancelMovement to give it back.
  const ledGroupId = await syncLeadership(trx, who, values.member_id, status, restoreGroupId);
  if (ledGroupId !== null) {
    await trx.updateTable('member_movements').set({ led_group_id: ledGroupId }).where('id', '=', id).execute();
  }
  await writeAudit(trx, who, {
    table: 'member_movements',
    rowId: id,
    action: 'insert',
    after: { ...values, status, ...(ledGroupId !== null ? { led_group_id: ledGroupId } : {}) },
  });
}

/**
 * Keeps the tổ trưởng choice in step with the status a movement (or its cancel) left: someone
 * out of the branch (chuyển đi, thôi sinh hoạt, khai trừ…) leads no tổ in it, and someone back
 * in it leads again `ledGroupId`, the tổ a cancelled departure took from them. Returns the tổ
 * the member stopped leading now, if any.
 */
async function syncLeadership(
  trx: Trx,
  who: Actor,
  memberId: number,
  status: MemberStatus,
  ledGroupId: number | null,
): Promise<number | null> {
  if (!CURRENT_STATUSES.includes(status)) return stepDownOnLeaving(trx, who, memberId, null);
  if (ledGroupId !== null) await restoreLeader(trx, who, memberId, ledGroupId);
  return null;
}

/**
 * The tổ comes back only when the member is in it again and nobody has been chosen to lead it
 * since.
 */
async function restoreLeader(trx: Trx, who: Actor, memberId: number, groupId: number): Promise<void> {
  const group = await trx
    .selectFrom('union_groups')
    .select(['leader_member_id', 'archived_at'])
    .where('id', '=', groupId)
    .executeTakeFirst();
  if (!group || group.archived_at !== null || group.leader_member_id !== null) return;
  const member = await loadMember(trx, memberId);
  if (member.group_id === groupId) await writeLeader(trx, who, groupId, memberId);
}

/** Undoes a movement by a correcting entry; the original stays in the log, marked cancelled. */
export async function cancelMovement(db: Db, who: Actor, movementId: number, note: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const target = await trx.selectFrom('member_movements').selectAll().where('id', '=', movementId).executeTakeFirst();
    if (!target) throw new AppError('NOT_FOUND', say(movementMessages.toCancelNotFound));
    const problem = cancelProblem(await loadMovements(trx, target.member_id), movementId);
    if (problem) throw new AppError('CONFLICT', problem);
    const values = {
      member_id: target.member_id,
      kind: 'correction' as const,
      on_date: todayIso(who.now()),
      corrects_id: movementId,
      note,
      created_at: who.now().toISOString(),
    };
    // A correction can itself take a member out of the branch: a cancelled kết nạp or chuyển
    // đến of someone who had left before.
    await insertMovement(trx, who, values, target.led_group_id);
    return target.member_id;
  });
}

/**
 * Branch totals on `date`, replayed from the movement log rather than today's statuses. A
 * correction counts whatever its own date: it says the cancelled entry was a mistake, so that
 * entry is left out of earlier dates' totals too.
 */
export async function countsAt(db: Db, date: string): Promise<Counts> {
  const movements = await db
    .selectFrom('member_movements')
    .select(['id', 'member_id', 'kind', 'on_date', 'corrects_id'])
    .where((eb) => eb.or([eb('on_date', '<=', date), eb('kind', '=', 'correction')]))
    .execute();
  const byMember = new Map<number, typeof movements>();
  for (const m of movements) byMember.set(m.member_id, [...(byMember.get(m.member_id) ?? []), m]);
  const members = await db
    .selectFrom('members')
    .select(['id', 'gender', 'ethnicity', 'party_member', 'party_joined_on', 'card_number', 'card_issued_on'])
    .where('archived_at', 'is', null)
    .execute();
  const counts: Counts = { date, members: 0, female: 0, partyMembers: 0, ethnicMinority: 0, withCard: 0 };
  for (const m of members) {
    const status = statusOn(byMember.get(m.id) ?? [], date);
    if (!status || !CURRENT_STATUSES.includes(status)) continue;
    counts.members++;
    if (m.gender === 'female') counts.female++;
    if (isEthnicMinority(m.ethnicity)) counts.ethnicMinority++;
    if (m.party_member === 1 && (!m.party_joined_on || m.party_joined_on <= date)) counts.partyMembers++;
    if (m.card_number && (!m.card_issued_on || m.card_issued_on <= date)) counts.withCard++;
  }
  return counts;
}

/**
 * Members whose tạm dừng sinh hoạt ended before `date` with no khôi phục recorded. They stay
 * suspended until the chair records one (domain.md: a suspension ends by khôi phục), so the
 * dashboard lists them rather than the program restoring anyone by itself.
 */
export async function overdueSuspensions(db: Db, date: string): Promise<OverdueSuspension[]> {
  const suspended = db
    .selectFrom('members')
    .select('id')
    .where('status', '=', 'suspended')
    .where('archived_at', 'is', null);
  const movements = await db
    .selectFrom('member_movements')
    .select(['id', 'member_id', 'kind', 'on_date', 'end_date', 'corrects_id'])
    .where('member_id', 'in', suspended)
    .execute();
  const byMember = new Map<number, typeof movements>();
  for (const m of movements) byMember.set(m.member_id, [...(byMember.get(m.member_id) ?? []), m]);
  const overdue = new Map<number, string>();
  for (const [memberId, log] of byMember) {
    const last = effectiveMovements(log).at(-1);
    if (last?.kind === 'suspended' && last.end_date && last.end_date < date) overdue.set(memberId, last.end_date);
  }
  if (overdue.size === 0) return [];
  const names = await db
    .selectFrom('members')
    .select(['id', 'full_name'])
    .where('id', 'in', [...overdue.keys()])
    .execute();
  return names
    .map((m) => ({ id: m.id, fullName: m.full_name, endDate: overdue.get(m.id)! }))
    .sort((a, b) => a.endDate.localeCompare(b.endDate) || viCollator.compare(a.fullName, b.fullName));
}
