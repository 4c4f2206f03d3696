/**
 * Row types of the branch database, as Kysely sees them. Money is integer đồng, dates are ISO
 * `YYYY-MM-DD` text, timestamps ISO UTC text, booleans 0/1 (SQLite has no boolean type).
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface BranchTable {
  id: number;
  branch_name: string;
  unit_name: string;
  higher_union: string;
  chair_name: string;
  place_name: string;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface UnionGroupTable {
  id: Generated<number>;
  name: string;
  leader_member_id: number | null;
  sort_order: number;
  created_at: string;
  archived_at: string | null;
}

export type Gender = 'male' | 'female';

export interface MemberTable {
  id: Generated<number>;
  full_name: string;
  family_name: string;
  middle_name: string;
  given_name: string;
  /** Vietnamese order (tên, họ, đệm) as a binary-comparable key; see main/vi/names.ts. */
  name_sort_key: string;
  /** Diacritic-free, đ→d, lower case: name, CCCD, phone, card number joined for one LIKE. */
  search_key: string;
  gender: Gender;
  date_of_birth: string | null;
  ethnicity: string;
  religion: string;
  cccd: string | null;
  phone: string | null;
  email: string | null;
  education: string | null;
  job_title: string | null;
  union_position: string | null;
  group_id: number | null;
  joined_on: string | null;
  member_code: string | null;
  card_number: string | null;
  card_issued_on: string | null;
  party_member: number;
  party_joined_on: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export type AuditAction = 'insert' | 'update' | 'delete';

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  table_name: string;
  row_id: number;
  action: AuditAction;
  before_json: string | null;
  after_json: string | null;
}

export interface Database {
  branch: BranchTable;
  union_groups: UnionGroupTable;
  members: MemberTable;
  audit_log: AuditLogTable;
}

export type BranchRow = Selectable<BranchTable>;
export type MemberRow = Selectable<MemberTable>;
export type NewMember = Insertable<MemberTable>;
export type MemberUpdate = Updateable<MemberTable>;
export type UnionGroupRow = Selectable<UnionGroupTable>;
