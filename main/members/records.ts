/**
 * Writing member records: the row, its first movement, its salary and tổ history, and the
 * audit trail, always together in the caller's transaction. Used by the form, the import,
 * the demo branch and the CLI.
 */
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Actor, Trx } from '../audit/audit';
import { bulkInsert, nextId, writeInBatches } from '../db/bulk-insert';
import type { Database, MemberTable } from '../db/schema';
import { AppError } from '../ipc/errors';
import type { MemberFields } from './contract';
import { derivedNameColumns } from './derived';
import { RESTATED_MEMBER_COLUMNS } from './audit-trail';
import { say } from '../i18n/messages';
import { memberMessages as m } from './messages';

export interface NewMemberRecord {
  fields: MemberFields;
  entry: 'admitted' | 'transferred_in';
  decisionNumber?: string | null;
  /**
   * For chuyển đến: the day the member came into this branch, when later than the joining date.
   * Their first movement, tổ and salary start then; null = the joining date.
   */
  enteredOn?: string | null;
}

type MemberRow = Selectable<MemberTable>;

/**
 * The stored columns a chair's fields map to (derived name and search keys included), stamped
 * `updated_at`. Spelled out rather than spread from derivedNameColumns: V8 builds an object
 * literal that starts with a spread and goes on with 20 more keys through its slow dictionary
 * path, which made this function most of a 10,000-row import's JavaScript time.
 */
export function fieldsToColumns(f: MemberFields, now: string) {
  const derived = derivedNameColumns({ fullName: f.fullName, cccd: f.cccd, phone: f.phone, cardNumber: f.cardNumber });
  return {
    full_name: derived.full_name,
    family_name: derived.family_name,
    middle_name: derived.middle_name,
    given_name: derived.given_name,
    name_sort_key: derived.name_sort_key,
    search_key: derived.search_key,
    date_of_birth: f.dateOfBirth,
    gender: f.gender,
    ethnicity: f.ethnicity,
    religion: f.religion,
    cccd: f.cccd,
    phone: f.phone,
    email: f.email,
    education: f.education,
    job_title: f.jobTitle,
    union_position: f.unionPosition,
    group_id: f.groupId,
    joined_on: f.joinedOn,
    member_code: f.memberCode,
    card_number: f.cardNumber,
    card_issued_on: f.cardIssuedOn,
    card_type: f.cardType,
    card_status: f.cardStatus,
    party_member: f.partyMember ? 1 : 0,
    party_joined_on: f.partyJoinedOn,
    notes: f.notes,
    updated_at: now,
  };
}

/**
 * The audit rows of the members just written, one per member recording the whole creation: the
 * row as typed, without restated columns or empty ones (an absent key reads as empty on the
 * member's page), its salary and its first movement. SQLite builds each snapshot from the rows
 * it has just stored: a 10,000-row import then neither serialises 10,000 objects in JavaScript
 * nor sends their text through a second layer of JSON escaping.
 */
async function writeCreationAudit(trx: Trx, who: Actor, at: string, members: Insertable<MemberTable>[]) {
  const first = members[0]!.id!;
  const last = first + members.length - 1;
  // Only columns with a value in some row are looked at: the rest would be left out anyway.
  const typed = Object.keys(members[0]!).filter(
    (c) =>
      c !== 'id' &&
      !RESTATED_MEMBER_COLUMNS.has(c) &&
      members.some((row) => ((row as Record<string, unknown>)[c] ?? null) !== null),
  );
  // The object is written out as text, key by key, so that an empty column is simply left out:
  // half the time of building it with json_object and dropping the nulls with json_patch. The
  // id comes first and is never empty, so every other key can bring its own leading comma.
  const keys = typed.map(
    (c) => sql`iif(m.${sql.ref(c)} is null, '', ${sql.lit(`,"${c}":`)} || json_quote(m.${sql.ref(c)}))`,
  );
  // The salary and the movement are there even when empty, as in the form's own audit.
  await sql`
    insert into audit_log (at, actor, table_name, row_id, action, after_json)
    select ${at}, ${who.actor}, 'members', m.id, 'insert',
      '{"id":' || m.id || ${sql.join(keys, sql` || `)}
      || ',"insurance_salary":' || json_quote(s.amount)
      || ',"first_movement":' || json_object('kind', mv.kind, 'on_date', mv.on_date, 'decision_number', mv.decision_number)
      || '}'
    from members m
    join member_movements mv on mv.member_id = m.id
    left join member_salaries s on s.member_id = m.id
    where m.id between ${first} and ${last}
    order by m.id`.execute(trx);
}

export function columnsToFields(row: MemberRow, insuranceSalary: number | null): MemberFields {
  return {
    fullName: row.full_name,
    dateOfBirth: row.date_of_birth ?? '',
    gender: row.gender,
    ethnicity: row.ethnicity,
    religion: row.religion,
    cccd: row.cccd,
    phone: row.phone,
    email: row.email,
    education: row.education,
    jobTitle: row.job_title,
    unionPosition: row.union_position,
    groupId: row.group_id,
    joinedOn: row.joined_on ?? '',
    memberCode: row.member_code,
    cardNumber: row.card_number,
    cardIssuedOn: row.card_issued_on,
    cardType: row.card_type,
    cardStatus: row.card_status,
    partyMember: row.party_member === 1,
    partyJoinedOn: row.party_joined_on,
    insuranceSalary,
    notes: row.notes,
  };
}

/** Refuses a CCCD that another member (or another record of the same batch) already has. */
export async function assertCccdFree(trx: Trx, records: { cccd: string | null; field: string; exceptId?: number }[]) {
  const wanted = records.filter((r) => r.cccd);
  if (wanted.length === 0) return;
  const seen = new Map<string, string>();
  for (const r of wanted) {
    if (seen.has(r.cccd!))
      throw AppError.invalid([{ field: r.field, message: say(m.cccdTwiceInInput, { cccd: r.cccd! }) }]);
    seen.set(r.cccd!, r.field);
  }
  for (let i = 0; i < wanted.length; i += 500) {
    const chunk = wanted.slice(i, i + 500);
    const taken = await trx
      .selectFrom('members')
      .select(['id', 'cccd', 'full_name'])
      .where(
        'cccd',
        'in',
        chunk.map((r) => r.cccd!),
      )
      .execute();
    for (const row of taken) {
      const clash = chunk.find((r) => r.cccd === row.cccd && r.exceptId !== row.id);
      if (clash) {
        const message = say(m.cccdTaken, { cccd: row.cccd!, name: row.full_name });
        throw AppError.invalid([{ field: clash.field, message }]);
      }
    }
  }
}

/** Members per batch: a 10,000-row import is written in 20 steps (progress, cancel, overlap). */
export const MEMBER_BATCH = 500;

export interface MemberBatch {
  members: Insertable<MemberTable>[];
  /** The members of each kind of first movement ("admitted|12/QĐ-CĐ" → ids): usually one kind. */
  entries: Map<
    string,
    { kind: NewMemberRecord['entry']; decisionNumber: string | null; enteredOn: string | null; ids: number[] }
  >;
  salaries: Insertable<Database['member_salaries']>[];
  /** For assertCccdFree: the CCCDs of the batch and the form field each came from. */
  cccds: { cccd: string | null; field: string }[];
}

export interface MemberRecordWriter {
  start(): MemberBatch;
  /** Puts the record in the batch and returns the id it will have. */
  add(batch: MemberBatch, record: NewMemberRecord): number;
  write(batch: MemberBatch): Promise<void>;
}

/**
 * Writes new members with their first movement, salary and tổ history, batch by batch (for
 * writeInBatches). Ids are numbered up front (nextId), so every table of a batch can be built
 * before anything is written. One audit row per member records the whole creation (the row,
 * its salary and its first movement) rather than one per table.
 *
 * `fieldOf` names the form field of the record at an index, for a CCCD already taken; null
 * when the caller has checked every CCCD against the register in this same transaction (the
 * import's planner), so it is not checked twice. The UNIQUE index stays the last guard.
 */
export async function memberRecordWriter(
  trx: Trx,
  who: Actor,
  fieldOf: ((index: number) => string) | null,
): Promise<MemberRecordWriter> {
  const now = who.now().toISOString();
  const firstId = await nextId(trx, 'members');
  let id = firstId;
  return {
    start: () => ({ members: [], entries: new Map(), salaries: [], cccds: [] }),
    add(batch, { fields: f, entry, decisionNumber = null, enteredOn: later = null }) {
      const memberId = id++;
      batch.members.push(Object.assign({ id: memberId }, fieldsToColumns(f, now), { created_at: now }));
      if (fieldOf) batch.cccds.push({ cccd: f.cccd, field: fieldOf(memberId - firstId) });
      const enteredOn = entry === 'transferred_in' && later !== null && later !== f.joinedOn ? later : null;
      const key = `${entry}|${decisionNumber ?? ''}|${enteredOn ?? ''}`;
      const same = batch.entries.get(key) ?? { kind: entry, decisionNumber, enteredOn, ids: [] };
      same.ids.push(memberId);
      batch.entries.set(key, same);
      if (f.insuranceSalary !== null)
        batch.salaries.push({
          member_id: memberId,
          valid_from: enteredOn ?? f.joinedOn,
          amount: f.insuranceSalary,
          created_at: now,
        });
      return memberId;
    },
    async write(batch) {
      const first = batch.members[0]?.id;
      if (first === undefined) return;
      const last = first + batch.members.length - 1;
      // Earlier batches are in the table by now, so this also catches a clash across batches.
      await assertCccdFree(trx, batch.cccds);
      await bulkInsert(trx, 'members', batch.members);
      // The first movement and the tổ history restate the rows just written: SQLite copies them.
      for (const { kind, decisionNumber, enteredOn, ids } of batch.entries.values()) {
        await sql`
          insert into member_movements (member_id, kind, on_date, decision_number, created_at)
          select id, ${kind}, coalesce(${enteredOn}, joined_on), ${decisionNumber}, created_at from members
          where id in (select value from json_each(${JSON.stringify(ids)}))`.execute(trx);
      }
      // Each new member's one movement gives the day their tổ starts.
      await sql`
        insert into member_group_history (member_id, group_id, from_date, created_at)
        select m.id, m.group_id, mv.on_date, m.created_at from members m
        join member_movements mv on mv.member_id = m.id
        where m.id between ${first} and ${last} and m.group_id is not null`.execute(trx);
      await bulkInsert(trx, 'member_salaries', batch.salaries);
      await writeCreationAudit(trx, who, now, batch.members);
    },
  };
}

/** Inserts members with all their records (memberRecordWriter); `afterBatch` may throw to cancel. */
export async function insertMemberRecords(
  trx: Trx,
  who: Actor,
  records: NewMemberRecord[],
  afterBatch?: (written: number) => void,
): Promise<number[]> {
  const writer = await memberRecordWriter(trx, who, (i) => (records.length === 1 ? 'fields.cccd' : `${i}.fields.cccd`));
  const ids: number[] = [];
  await writeInBatches(
    records,
    MEMBER_BATCH,
    { start: writer.start, add: (batch, record) => void ids.push(writer.add(batch, record)), write: writer.write },
    afterBatch,
  );
  return ids;
}
