/**
 * Writing member records: the row, its first movement, its salary and tổ history, and the
 * audit trail, always together in the caller's transaction. Used by the form, the import,
 * the demo branch and the CLI.
 */
import type { Insertable, Selectable } from 'kysely';
import { writeAudit, type Actor, type Trx } from '../audit/audit';
import type { MemberTable } from '../db/schema';
import { AppError } from '../ipc/errors';
import type { MemberFields } from './contract';
import { derivedNameColumns } from './derived';

export interface NewMemberRecord {
  fields: MemberFields;
  entry: 'admitted' | 'transferred_in';
  decisionNumber?: string | null;
}

type MemberRow = Selectable<MemberTable>;

/** The stored columns a chair's fields map to (derived name and search keys included). */
export function fieldsToColumns(f: MemberFields) {
  return {
    ...derivedNameColumns({ fullName: f.fullName, cccd: f.cccd, phone: f.phone, cardNumber: f.cardNumber }),
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
  };
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
      throw AppError.invalid([{ field: r.field, message: `Số CCCD ${r.cccd} bị trùng trong dữ liệu nhập.` }]);
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
        throw AppError.invalid([
          { field: clash.field, message: `Số CCCD ${row.cccd} đã có ở đoàn viên ${row.full_name}.` },
        ]);
      }
    }
  }
}

/**
 * Rows per INSERT: SQLite binds at most 32766 parameters a statement and members have about 30
 * columns, so 1,000 rows stay under it while a 10,000-row import needs only ten statements.
 */
const CHUNK = 1000;

/**
 * Inserts members with their first movement, salary and tổ history. One audit row per member
 * records the whole creation (the row, its salary and its first movement), so a large import
 * writes one audit row per person rather than one per table.
 */
export async function insertMemberRecords(trx: Trx, who: Actor, records: NewMemberRecord[]): Promise<number[]> {
  await assertCccdFree(
    trx,
    records.map((r, i) => ({ cccd: r.fields.cccd, field: records.length === 1 ? 'fields.cccd' : `${i}.fields.cccd` })),
  );
  const now = who.now().toISOString();
  const ids: number[] = [];
  for (let i = 0; i < records.length; i += CHUNK) {
    const chunk = records.slice(i, i + CHUNK);
    const rows: Insertable<MemberTable>[] = chunk.map((r) => ({
      ...fieldsToColumns(r.fields),
      created_at: now,
      updated_at: now,
      archived_at: null,
    }));
    const chunkIds = (await trx.insertInto('members').values(rows).returning('id').execute()).map((r) => r.id);
    ids.push(...chunkIds);

    const movements = chunk.map((r, j) => ({
      member_id: chunkIds[j]!,
      kind: r.entry,
      on_date: r.fields.joinedOn,
      decision_number: r.decisionNumber ?? null,
      created_at: now,
    }));
    await trx.insertInto('member_movements').values(movements).execute();
    const salaries = chunk.flatMap((r, j) =>
      r.fields.insuranceSalary === null
        ? []
        : [
            {
              member_id: chunkIds[j]!,
              valid_from: r.fields.joinedOn,
              amount: r.fields.insuranceSalary,
              created_at: now,
            },
          ],
    );
    if (salaries.length > 0) await trx.insertInto('member_salaries').values(salaries).execute();
    const groups = chunk.flatMap((r, j) =>
      r.fields.groupId === null
        ? []
        : [{ member_id: chunkIds[j]!, group_id: r.fields.groupId, from_date: r.fields.joinedOn, created_at: now }],
    );
    if (groups.length > 0) await trx.insertInto('member_group_history').values(groups).execute();

    await writeAudit(
      trx,
      who,
      chunk.map((r, j) => ({
        table: 'members' as const,
        rowId: chunkIds[j]!,
        action: 'insert' as const,
        after: {
          ...rows[j],
          insurance_salary: r.fields.insuranceSalary,
          first_movement: { kind: r.entry, on_date: r.fields.joinedOn, decision_number: r.decisionNumber ?? null },
        },
      })),
    );
  }
  return ids;
}
