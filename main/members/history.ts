/**
 * A member's tổ and salary histories. They are read by date ("which tổ on D", "which salary
 * on D"), so they must start with the member's entry into the branch and a change must fall
 * between that entry and today, not before the last change of the same history: a back-dated
 * row would make the history disagree with the member's current tổ or salary.
 */
import { writeAudit, type Actor, type AuditEntry, type Trx } from '../audit/audit';
import type { Db } from '../db/connection';
import { formatDate } from '../vi/dates';
import { effectiveMovements, type MovementLike } from './movements';
import { say } from '../i18n/messages';
import { memberMessages as m } from './messages';

export async function changeDateProblem(
  trx: Trx,
  memberId: number,
  on: string,
  today: string,
  changes: { group: boolean; salary: boolean },
): Promise<string | null> {
  const date = formatDate(on);
  if (on > today) return say(m.changeAfterToday, { date });
  const [first] = effectiveMovements(await loadMovements(trx, memberId));
  if (first && on < first.on_date) {
    const message = first.kind === 'transferred_in' ? m.changeBeforeTransferIn : m.changeBeforeJoining;
    return say(message, { date, entry: formatDate(first.on_date) });
  }
  if (changes.group) {
    const last = await trx
      .selectFrom('member_group_history')
      .select('from_date')
      .where('member_id', '=', memberId)
      .orderBy('from_date', 'desc')
      .executeTakeFirst();
    if (last && on < last.from_date) {
      return say(m.changeBeforeGroupChange, { date, last: formatDate(last.from_date) });
    }
  }
  if (changes.salary) {
    const last = await latestSalary(trx, memberId);
    if (last && on < last.valid_from) {
      return say(m.changeBeforeSalaryChange, { date, last: formatDate(last.valid_from) });
    }
  }
  return null;
}

/** A member's movement log, in the order it was written (corrections after what they cancel). */
export async function loadMovements(db: Db | Trx, memberId: number) {
  return db.selectFrom('member_movements').selectAll().where('member_id', '=', memberId).orderBy('id').execute();
}

/**
 * The movement logs of members, by id, in one query per 500: an import checks a new joining
 * date against them, an export reads from them how each member entered the branch, a merge
 * who was in the tổ on its date.
 */
export async function loadMovementLogs(db: Db | Trx, ids: number[]): Promise<Map<number, MovementLike[]>> {
  const result = new Map<number, MovementLike[]>(ids.map((id) => [id, []]));
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('member_movements')
      .select(['id', 'member_id', 'kind', 'on_date', 'corrects_id'])
      .where('member_id', 'in', ids.slice(i, i + 500))
      .orderBy('id')
      .execute();
    for (const { member_id, ...movement } of rows) result.get(member_id)!.push(movement);
  }
  return result;
}

/** The salary row in force now: the one with the latest start. */
export async function latestSalary(trx: Trx, memberId: number) {
  return trx
    .selectFrom('member_salaries')
    .select(['amount', 'valid_from'])
    .where('member_id', '=', memberId)
    .orderBy('valid_from', 'desc')
    .executeTakeFirst();
}

/** A row of the tổ or the salary history, by the day it starts. */
export interface HistoryRow {
  id: number;
  start: string;
}

/**
 * What a corrected entry date (`from` → `to`) does to a tổ or salary history (`rows` in date
 * order). Moved later, nothing may start before the new date: the row in force on it starts
 * then and the rows before it go (kept, they would show "Tổ A từ 2015" for someone who joined
 * in 2019), whether the history began on the old date or later. Moved earlier, a history that
 * began on the old date begins on the new one: the row in force on the old date moves, rows
 * replaced that same day go.
 */
export function historyOnNewEntry<R extends HistoryRow>(
  rows: readonly R[],
  from: string,
  to: string,
): { move: R | null; drop: R[] } {
  const none = { move: null, drop: [] };
  if (to === from || rows.length === 0) return none;
  if (to < from) {
    if (rows[0]!.start !== from) return none;
    const last = rows.findLastIndex((r) => r.start === from);
    return { move: rows[last]!, drop: rows.slice(0, last) };
  }
  const inForce = rows.findLastIndex((r) => r.start <= to);
  if (inForce < 0) return none;
  return { move: rows[inForce]!.start === to ? null : rows[inForce]!, drop: rows.slice(0, inForce) };
}

/**
 * Applies historyOnNewEntry to the member's tổ and salary histories, each change audited with
 * the member's id so that it shows on the member's page.
 */
export async function moveHistoriesToEntry(trx: Trx, who: Actor, memberId: number, from: string, to: string) {
  const groups = await trx
    .selectFrom('member_group_history')
    .select(['id', 'from_date as start', 'group_id'])
    .where('member_id', '=', memberId)
    .orderBy('from_date')
    .orderBy('id')
    .execute();
  const salaries = await trx
    .selectFrom('member_salaries')
    .select(['id', 'valid_from as start', 'amount'])
    .where('member_id', '=', memberId)
    .orderBy('valid_from')
    .execute();
  const audits = [
    ...(await applyNewEntry(
      trx,
      memberId,
      'member_group_history',
      'from_date',
      historyOnNewEntry(groups, from, to),
      to,
      (row) => ({ group_id: row.group_id }),
    )),
    ...(await applyNewEntry(
      trx,
      memberId,
      'member_salaries',
      'valid_from',
      historyOnNewEntry(salaries, from, to),
      to,
      (row) => ({ amount: row.amount }),
    )),
  ];
  await writeAudit(trx, who, audits);
}

/** Deletes and moves the rows historyOnNewEntry chose; returns their audit entries. */
async function applyNewEntry<R extends HistoryRow>(
  trx: Trx,
  memberId: number,
  table: 'member_group_history' | 'member_salaries',
  column: 'from_date' | 'valid_from',
  change: { move: R | null; drop: R[] },
  to: string,
  held: (row: R) => object,
): Promise<AuditEntry[]> {
  const audits: AuditEntry[] = [];
  for (const row of change.drop) {
    await trx.deleteFrom(table).where('id', '=', row.id).execute();
    audits.push({
      table,
      rowId: row.id,
      action: 'delete',
      before: { member_id: memberId, ...held(row), [column]: row.start },
    });
  }
  if (change.move) {
    await trx
      .updateTable(table)
      .set({ [column]: to })
      .where('id', '=', change.move.id)
      .execute();
    audits.push(moved(table, memberId, change.move, column, to));
  }
  return audits;
}

type HistoryTable = 'member_group_history' | 'member_salaries' | 'member_movements';

/** The audit of a history row whose start moved; `member_id` puts it on the member's page. */
export function moved(table: HistoryTable, memberId: number, row: HistoryRow, column: string, to: string): AuditEntry {
  return {
    table,
    rowId: row.id,
    action: 'update',
    before: { member_id: memberId, [column]: row.start },
    after: { member_id: memberId, [column]: to },
  };
}
