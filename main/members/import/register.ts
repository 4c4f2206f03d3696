/** What the import compares the file with: who is already in the register, and the tổ. */
import type { Trx } from '../../audit/audit';
import type { Db } from '../../db/connection';
import type { MemberStatus } from '../../db/schema';
import { searchKey } from '../../vi/text';
import type { MemberFields } from '../contract';
import { columnsToFields } from '../records';

export interface RegisterMember {
  id: number;
  fullName: string;
  cccd: string | null;
  dateOfBirth: string | null;
  status: MemberStatus;
}

export interface RegisterGroup {
  id: number;
  name: string;
  /** Merged into another tổ or closed: members cannot be put in it. */
  archived: boolean;
}

export interface RegisterIndex {
  byCccd: Map<string, RegisterMember>;
  /** nameDobKey → members; namesakes born the same day do happen. */
  byNameDob: Map<string, RegisterMember[]>;
  groups: RegisterGroup[];
}

export const nameDobKey = (fullName: string, dateOfBirth: string) => `${searchKey(fullName)}|${dateOfBirth}`;

/** Every member, archived or gone included: a CCCD stays unique across the whole file. */
export async function loadRegisterIndex(db: Db | Trx): Promise<RegisterIndex> {
  const members = await db
    .selectFrom('members')
    .select(['id', 'full_name', 'cccd', 'date_of_birth', 'status'])
    .execute();
  const byCccd = new Map<string, RegisterMember>();
  const byNameDob = new Map<string, RegisterMember[]>();
  for (const m of members) {
    const member = { id: m.id, fullName: m.full_name, cccd: m.cccd, dateOfBirth: m.date_of_birth, status: m.status };
    if (m.cccd) byCccd.set(m.cccd, member);
    if (m.date_of_birth) {
      const key = nameDobKey(m.full_name, m.date_of_birth);
      byNameDob.set(key, [...(byNameDob.get(key) ?? []), member]);
    }
  }
  const groups = await db
    .selectFrom('union_groups')
    .select(['id', 'name', 'archived_at'])
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  return {
    byCccd,
    byNameDob,
    groups: groups.map((g) => ({ id: g.id, name: g.name, archived: g.archived_at !== null })),
  };
}

/** The stored fields of the members an import would update, as the form would show them. */
export async function loadMemberFields(db: Db | Trx, ids: number[]): Promise<Map<number, MemberFields>> {
  const result = new Map<number, MemberFields>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await db.selectFrom('members').selectAll().where('id', 'in', chunk).execute();
    const salaries = await db
      .selectFrom('member_salaries')
      .select(['member_id', 'amount'])
      .where('member_id', 'in', chunk)
      .orderBy('member_id')
      .orderBy('valid_from')
      .execute();
    const salary = new Map(salaries.map((s) => [s.member_id, s.amount])); // the last one wins
    for (const row of rows) result.set(row.id, columnsToFields(row, salary.get(row.id) ?? null));
  }
  return result;
}

/** "Tổ Toán - Tin", "TỔ TOÁN - TIN", "Toán - Tin" and "To Toan - Tin" are one tổ to a chair. */
export function groupKey(name: string): string {
  return searchKey(name)
    .replace(/^(to cong doan|cong doan bo phan|to|bo phan)\s+/, '')
    .replace(/\s*-\s*/g, '-');
}

/** The existing tổ a name in the file means: same text ignoring case first, then ignoring marks. */
export function matchGroup(name: string, groups: RegisterGroup[]): RegisterGroup | undefined {
  // A current tổ wins over an archived one of the same name.
  const ordered = [...groups.filter((g) => !g.archived), ...groups.filter((g) => g.archived)];
  const lower = name.toLocaleLowerCase('vi');
  const exact = ordered.find((g) => g.name.toLocaleLowerCase('vi') === lower);
  if (exact) return exact;
  const key = groupKey(name);
  const current = ordered.filter((g) => !g.archived && groupKey(g.name) === key);
  if (current.length > 0) return current.length === 1 ? current[0] : undefined;
  return ordered.find((g) => groupKey(g.name) === key);
}
