/**
 * In-memory search over the register, so typing in the search box stays instant at 20,000
 * members (SQL returning thousands of rows per keystroke does not). The index is rebuilt when
 * the audit log has moved on: every business change writes an audit row, so its highest id is
 * a version number for the whole file that no writer can forget to bump.
 *
 * It holds the register's rows as the list shows them, too: opening the register then costs
 * one version check instead of reading 20,000 rows again (a fifth of a second on an office PC).
 */
import type { Db } from '../db/connection';
import { bareNumber, searchKey, searchTokens } from '../vi/text';
import type { MemberListHead, MemberListItem, MemberListQuery } from './contract';
import { CURRENT_STATUSES } from './movements';

interface Entry {
  key: string;
  /** Frozen: every caller gets the same object, so none may change it for the others. */
  item: MemberListItem;
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

/**
 * The stored search key, and the card number bare: cards are kept as typed ("79.012.345",
 * "TĐ 0123 456"), while a query's numbers lose their dots and spaces (searchTokens).
 */
function indexKey(searchKeyColumn: string, cardNumber: string | null): string {
  const card = cardNumber ? bareNumber(searchKey(cardNumber)) : '';
  return card && !searchKeyColumn.includes(card) ? `${searchKeyColumn} | ${card}` : searchKeyColumn;
}

async function loadIndex(db: Db): Promise<Index> {
  const version = await auditVersion(db);
  const cached = indexes.get(db);
  if (cached && cached.version === version) return cached;
  const rows = await db
    .selectFrom('members as m')
    .leftJoin('union_groups as g', 'g.id', 'm.group_id')
    .select([
      'm.id',
      'm.search_key',
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
      'm.status',
    ])
    .where('m.archived_at', 'is', null)
    .orderBy('m.name_sort_key')
    .orderBy('m.date_of_birth')
    .execute();
  const index: Index = {
    version,
    entries: rows.map((r) => ({
      key: indexKey(r.search_key, r.card_number),
      item: Object.freeze({
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
        status: r.status,
      }),
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

/** The register's filters as the handlers pass them on, the status default applied by zod. */
export type ListQuery = Required<Pick<MemberListQuery, 'status'>> & Omit<MemberListQuery, 'status'>;

function matcher(filter: ListQuery, today: string): (e: Entry) => boolean {
  const tokens = searchTokens(filter.query ?? '');
  const band = filter.ageBand ? AGE_BANDS[filter.ageBand] : undefined;
  const bornBy = band ? yearsBefore(today, band[0]) : undefined;
  const olderLimit = band?.[1];
  const bornAfter = olderLimit === null || olderLimit === undefined ? undefined : yearsBefore(today, olderLimit);
  return ({ key, item: m }) =>
    (filter.status === 'all' ||
      (filter.status === 'current' ? CURRENT_STATUSES.includes(m.status) : m.status === filter.status)) &&
    (filter.groupId === undefined || m.groupId === filter.groupId) &&
    (filter.gender === undefined || m.gender === filter.gender) &&
    (filter.partyMember === undefined || m.partyMember === filter.partyMember) &&
    (filter.hasCard === undefined || (m.cardNumber !== null) === filter.hasCard) &&
    (bornBy === undefined || (m.dateOfBirth !== null && m.dateOfBirth <= bornBy)) &&
    (bornAfter === undefined || (m.dateOfBirth !== null && m.dateOfBirth > bornAfter)) &&
    tokens.every((spellings) => spellings.some((t) => key.includes(t)));
}

/** What `pick` takes from each member matching `filter`, in register order. */
async function pickMatching<T>(db: Db, filter: ListQuery, today: string, pick: (e: Entry) => T): Promise<T[]> {
  const { entries } = await loadIndex(db);
  const matches = matcher(filter, today);
  const out: T[] = [];
  for (const e of entries) if (matches(e)) out.push(pick(e));
  return out;
}

/** The register's rows matching `filter`, in register order (tên, họ, đệm, date of birth). */
export function listMembers(db: Db, filter: ListQuery, today: string): Promise<MemberListItem[]> {
  return pickMatching(db, filter, today, (e) => e.item);
}

/** The first `limit` rows of `listMembers` and how many it has in all. */
export async function listMembersHead(
  db: Db,
  filter: ListQuery,
  today: string,
  limit: number,
): Promise<MemberListHead> {
  const all = await listMembers(db, filter, today);
  return { rows: all.slice(0, limit), total: all.length };
}

/** Ids of the members matching `filter`, in register order: what the search box asks for. */
export function searchMemberIds(db: Db, filter: ListQuery, today: string): Promise<number[]> {
  return pickMatching(db, filter, today, (e) => e.item.id);
}
