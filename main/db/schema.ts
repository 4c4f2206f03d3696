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
  kind: Generated<GroupKind>;
  created_at: string;
  archived_at: string | null;
  /** The tổ it was merged into (set with archived_at): where its members who come back go. */
  merged_into_id: number | null;
  /** The merge's date (ISO): members who come back join the target from then at the earliest. */
  merged_on: string | null;
}

/** Tổ công đoàn, or công đoàn bộ phận (a department's own union group). */
export type GroupKind = 'to' | 'bo_phan';
export type Gender = 'male' | 'female';
export type CardType = 'regular' | 'linked';
export type MemberStatus = 'active' | 'suspended' | 'transferred_out' | 'left' | 'removed' | 'expelled';
export type MovementKind =
  | 'admitted' // kết nạp
  | 'transferred_in' // chuyển đến
  | 'transferred_out' // chuyển đi (chuyển sinh hoạt)
  | 'suspended' // tạm dừng sinh hoạt
  | 'restored' // khôi phục sinh hoạt
  | 'left' // thôi sinh hoạt / ra khỏi tổ chức (reason: nghỉ hưu, thôi việc, xin ra, chết…)
  | 'removed' // xóa tên
  | 'expelled' // khai trừ
  | 'correction'; // cancels the movement in corrects_id

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
  card_type: CardType | null;
  card_status: string | null;
  /** Cached from member_movements by the members service, in the same transaction. */
  status: Generated<MemberStatus>;
  notes: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export interface MemberSalaryTable {
  id: Generated<number>;
  member_id: number;
  valid_from: string;
  /** Lương làm căn cứ đóng BHXH, integer đồng. */
  amount: number;
  note: string | null;
  created_at: string;
}

export interface MemberMovementTable {
  id: Generated<number>;
  member_id: number;
  kind: MovementKind;
  on_date: string;
  decision_number: string | null;
  decision_date: string | null;
  reason: string | null;
  /** Where from / where to, for chuyển đến / chuyển đi. */
  place: string | null;
  /** For tạm dừng sinh hoạt: until when. */
  end_date: string | null;
  note: string | null;
  corrects_id: number | null;
  /** The tổ the member led until this movement took them out of the branch (migration 0005). */
  led_group_id: number | null;
  created_at: string;
}

export interface MemberGroupHistoryTable {
  id: Generated<number>;
  member_id: number;
  group_id: number | null;
  from_date: string;
  note: string | null;
  created_at: string;
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

/** One value of a date-dependent rule (main/rules); valid_from null is the rule's base value. */
export interface RuleValueTable {
  id: Generated<number>;
  rule: string;
  valid_from: string | null;
  value: number;
  basis: string;
  created_at: string;
  updated_at: string;
}

/** A saved column layout of the exported member list (main/members/export/layouts). */
export interface ExportLayoutTable {
  id: Generated<number>;
  name: string;
  /** [{key, header}, …] in the order of the file's columns. */
  columns_json: string;
  created_at: string;
  updated_at: string;
}

export interface Database {
  branch: BranchTable;
  union_groups: UnionGroupTable;
  members: MemberTable;
  member_salaries: MemberSalaryTable;
  member_movements: MemberMovementTable;
  member_group_history: MemberGroupHistoryTable;
  audit_log: AuditLogTable;
  rule_values: RuleValueTable;
  export_layouts: ExportLayoutTable;
}

export type BranchRow = Selectable<BranchTable>;
export type MemberRow = Selectable<MemberTable>;
export type NewMember = Insertable<MemberTable>;
export type MemberUpdate = Updateable<MemberTable>;
export type UnionGroupRow = Selectable<UnionGroupTable>;
