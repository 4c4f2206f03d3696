/**
 * The columns of an exported member list. Their headers are names the importer recognises, so
 * an exported file can be edited in Excel and imported back (round-trip tested).
 */
import type { MemberStatus } from '../../db/schema';
import type { MemberFields } from '../contract';

export interface ExportMember {
  id: number;
  fields: MemberFields;
  groupName: string | null;
  status: MemberStatus;
}

export type ColumnKind = 'text' | 'date' | 'money' | 'number';

export interface ExportColumn {
  header: string;
  kind: ColumnKind;
  /** Excel column width in characters. */
  width: number;
  value: (m: ExportMember, index: number) => string | number | null;
}

export const STATUS_LABEL: Record<MemberStatus, string> = {
  active: 'Đang sinh hoạt',
  suspended: 'Tạm dừng sinh hoạt',
  transferred_out: 'Đã chuyển đi',
  left: 'Đã thôi sinh hoạt',
  removed: 'Đã xóa tên',
  expelled: 'Đã khai trừ',
};

const CARD_TYPE_LABEL = { regular: 'Thẻ thường', linked: 'Thẻ liên kết' } as const;

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: 'STT', kind: 'number', width: 5, value: (_m, i) => i + 1 },
  { header: 'Họ và tên', kind: 'text', width: 26, value: (m) => m.fields.fullName },
  { header: 'Ngày sinh', kind: 'date', width: 11, value: (m) => m.fields.dateOfBirth },
  { header: 'Giới tính', kind: 'text', width: 8, value: (m) => (m.fields.gender === 'male' ? 'Nam' : 'Nữ') },
  { header: 'Dân tộc', kind: 'text', width: 9, value: (m) => m.fields.ethnicity },
  { header: 'Tôn giáo', kind: 'text', width: 10, value: (m) => m.fields.religion },
  { header: 'Số CCCD', kind: 'text', width: 14, value: (m) => m.fields.cccd },
  { header: 'Điện thoại', kind: 'text', width: 12, value: (m) => m.fields.phone },
  { header: 'Email', kind: 'text', width: 24, value: (m) => m.fields.email },
  { header: 'Trình độ chuyên môn', kind: 'text', width: 14, value: (m) => m.fields.education },
  { header: 'Chức danh / chức vụ', kind: 'text', width: 20, value: (m) => m.fields.jobTitle },
  { header: 'Chức vụ công đoàn', kind: 'text', width: 16, value: (m) => m.fields.unionPosition },
  { header: 'Tổ công đoàn', kind: 'text', width: 20, value: (m) => m.groupName },
  { header: 'Ngày vào công đoàn', kind: 'date', width: 11, value: (m) => m.fields.joinedOn },
  { header: 'Mã số đoàn viên', kind: 'text', width: 14, value: (m) => m.fields.memberCode },
  { header: 'Số thẻ đoàn viên', kind: 'text', width: 14, value: (m) => m.fields.cardNumber },
  { header: 'Ngày cấp thẻ', kind: 'date', width: 11, value: (m) => m.fields.cardIssuedOn },
  {
    header: 'Loại thẻ',
    kind: 'text',
    width: 12,
    value: (m) => (m.fields.cardType ? CARD_TYPE_LABEL[m.fields.cardType] : null),
  },
  { header: 'Trạng thái thẻ', kind: 'text', width: 12, value: (m) => m.fields.cardStatus },
  { header: 'Đảng viên', kind: 'text', width: 8, value: (m) => (m.fields.partyMember ? 'x' : null) },
  { header: 'Ngày vào Đảng', kind: 'date', width: 11, value: (m) => m.fields.partyJoinedOn },
  { header: 'Lương đóng BHXH', kind: 'money', width: 14, value: (m) => m.fields.insuranceSalary },
  { header: 'Ghi chú', kind: 'text', width: 24, value: (m) => m.fields.notes },
  // Status comes from the movement log; the importer reads this column as information only.
  { header: 'Trạng thái', kind: 'text', width: 16, value: (m) => STATUS_LABEL[m.status] },
];
