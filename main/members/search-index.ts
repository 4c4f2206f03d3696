/**
 * In-memory search over the register, so typing in the search box stays instant at 20,000
 * members (SQL returning thousands of rows per keystroke does not). The index is rebuilt when
 * the audit log has moved on: every business change writes an audit row, so its highest id is
 * a version number for the whole file that no writer can forget to bump.
 */
import type { Db } from '../db/connection';
import type { Gender, MemberStatus } from '../db/schema';
import { searchKey } from '../vi/text';
import type { MemberListQuery } from './contract';
import { CURRENT_STATUSES } from './movements';

interface Entry {
  id: number;
  key: string;
  status: MemberStatus;
  groupId: number | null;
  gender: Gender;
  partyMember: boolean;
  dateOfBirth: string | null;
  hasCard: boolean;
}

interface Index {
  version: number;
  /** In register order: tên, họ, đệm, date of birth. */
  entries: Entry[];
}

const indexes = new WeakMap<Db, Index>();

async function auditVersion(db: Db): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('id').as('v'))
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}

async function loadIndex(db: Db): Promise<Index> {
  const version = await auditVersion(db);
  const cached = indexes.get(db);
  if (cached && cached.version === version) return cached;
  const rows = await db
    .selectFrom('members')
    .select(['id', 'search_key', 'status', 'group_id', 'gender', 'party_member', 'date_of_birth', 'card_number'])
    .where('archived_at', 'is', null)
    .orderBy('name_sort_key')
    .orderBy('date_of_birth')
    .execute();
  const index: Index = {
    version,
    entries: rows.map((r) => ({
      id: r.id,
      key: r.search_key,
      status: r.status,
      groupId: r.group_id,
      gender: r.gender,
      partyMember: r.party_member === 1,
      dateOfBirth: r.date_of_birth,
      hasCard: r.card_number !== null,
    })),
  };
  indexes.set(db, index);
  return index;
}

/** ISO date `years` before `today`: someone born after it is younger than `years`. */
function yearsBefore(today: string, years: number): string {
  return `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
}

const AGE_BANDS: Record<NonNullable<MemberListQuery['ageBand']>, [number, number | null]> = {
  under30: [0, 30],
  '30to39': [30, 40],
  '40to49': [40, 50],
  '50plus': [50, null],
};

type Filter = Omit<MemberListQuery, 'status'> & { status: NonNullable<MemberListQuery['status']> };

function matcher(filter: Filter, today: string): (e: Entry) => boolean {
  const tokens = searchKey(filter.query ?? '')
    .split(' ')
    .filter(Boolean);
  const band = filter.ageBand ? AGE_BANDS[filter.ageBand] : undefined;
  const bornBy = band ? yearsBefore(today, band[0]) : undefined;
  const olderLimit = band?.[1];
  const bornAfter = olderLimit === null || olderLimit === undefined ? undefined : yearsBefore(today, olderLimit);
  return (e) =>
    (filter.status === 'all' ||
      (filter.status === 'current' ? CURRENT_STATUSES.includes(e.status) : e.status === filter.status)) &&
    (filter.groupId === undefined || e.groupId === filter.groupId) &&
    (filter.gender === undefined || e.gender === filter.gender) &&
    (filter.partyMember === undefined || e.partyMember === filter.partyMember) &&
    (filter.hasCard === undefined || e.hasCard === filter.hasCard) &&
    (bornBy === undefined || (e.dateOfBirth !== null && e.dateOfBirth <= bornBy)) &&
    (bornAfter === undefined || (e.dateOfBirth !== null && e.dateOfBirth > bornAfter)) &&
    tokens.every((t) => e.key.includes(t));
}

/** Ids of the members matching `filter`, in register order. */
export async function searchMemberIds(db: Db, filter: Filter, today: string): Promise<number[]> {
  const { entries } = await loadIndex(db);
  const matches = matcher(filter, today);
  const ids: number[] = [];
  for (const e of entries) if (matches(e)) ids.push(e.id);
  return ids;
}
