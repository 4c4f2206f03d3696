/**
 * The date a tổ or salary change takes effect. The histories are read by date ("which tổ on
 * D", "which salary on D"), so a change must fall between the member's entry into the branch
 * and today, and not before the last change of the same history: a back-dated row would make
 * the history disagree with the member's current tổ or salary.
 */
import type { Trx } from '../audit/audit';
import type { Db } from '../db/connection';
import { formatDate } from '../vi/dates';
import { effectiveMovements } from './movements';

export async function changeDateProblem(
  trx: Trx,
  memberId: number,
  on: string,
  today: string,
  changes: { group: boolean; salary: boolean },
): Promise<string | null> {
  const when = `Ngày thay đổi (${formatDate(on)})`;
  if (on > today) return `${when} không được sau ngày hôm nay.`;
  const [first] = effectiveMovements(await loadMovements(trx, memberId));
  if (first && on < first.on_date) {
    const entry = first.kind === 'transferred_in' ? 'chuyển đến' : 'vào công đoàn';
    return `${when} không được trước ngày ${entry} của đoàn viên (${formatDate(first.on_date)}).`;
  }
  if (changes.group) {
    const last = await trx
      .selectFrom('member_group_history')
      .select('from_date')
      .where('member_id', '=', memberId)
      .orderBy('from_date', 'desc')
      .executeTakeFirst();
    if (last && on < last.from_date) {
      return `${when} không được trước lần đổi tổ gần nhất (${formatDate(last.from_date)}). Chọn ngày từ ${formatDate(last.from_date)} trở đi.`;
    }
  }
  if (changes.salary) {
    const last = await latestSalary(trx, memberId);
    if (last && on < last.valid_from) {
      return `${when} không được trước lần thay đổi lương gần nhất (${formatDate(last.valid_from)}). Chọn ngày từ ${formatDate(last.valid_from)} trở đi.`;
    }
  }
  return null;
}

/** A member's movement log, in the order it was written (corrections after what they cancel). */
export async function loadMovements(db: Db | Trx, memberId: number) {
  return db.selectFrom('member_movements').selectAll().where('member_id', '=', memberId).orderBy('id').execute();
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
