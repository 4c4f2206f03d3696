/**
 * What a column of an imported list can be: the member fields, plus the shapes Vietnamese lists
 * use instead of a single field (two "Nam" | "Nữ" columns, "Họ đệm" | "Tên", a tổ by name).
 * Browser-safe: the mapping screen takes its choices and labels from here.
 */
import { z } from 'zod';

export const ImportField = z.enum([
  'fullName',
  'familyMiddleName',
  'givenName',
  'dateOfBirth',
  'gender',
  'genderMale',
  'genderFemale',
  'ethnicity',
  'religion',
  'cccd',
  'phone',
  'email',
  'education',
  'jobTitle',
  'unionPosition',
  'groupName',
  'joinedOn',
  'enteredOn',
  'memberCode',
  'cardNumber',
  'cardIssuedOn',
  'cardType',
  'cardStatus',
  'partyMember',
  'partyJoinedOn',
  'insuranceSalary',
  'notes',
  'status',
]);
export type ImportField = z.infer<typeof ImportField>;

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  fullName: 'Họ và tên',
  familyMiddleName: 'Họ và đệm (khi tên để riêng một cột)',
  givenName: 'Tên (khi họ đệm để riêng một cột)',
  dateOfBirth: 'Ngày sinh',
  gender: 'Giới tính (Nam/Nữ)',
  genderMale: 'Cột "Nam" (đánh dấu X hoặc ghi ngày sinh)',
  genderFemale: 'Cột "Nữ" (đánh dấu X hoặc ghi ngày sinh)',
  ethnicity: 'Dân tộc',
  religion: 'Tôn giáo',
  cccd: 'Số CCCD',
  phone: 'Điện thoại',
  email: 'Email',
  education: 'Trình độ chuyên môn',
  jobTitle: 'Chức danh / chức vụ chuyên môn',
  unionPosition: 'Chức vụ công đoàn',
  groupName: 'Tổ công đoàn',
  joinedOn: 'Ngày vào công đoàn',
  enteredOn: 'Ngày chuyển đến (đoàn viên chuyển từ nơi khác đến)',
  memberCode: 'Mã số đoàn viên',
  cardNumber: 'Số thẻ đoàn viên',
  cardIssuedOn: 'Ngày cấp thẻ',
  cardType: 'Loại thẻ (thường / liên kết)',
  cardStatus: 'Trạng thái thẻ',
  partyMember: 'Đảng viên',
  partyJoinedOn: 'Ngày vào Đảng',
  insuranceSalary: 'Lương đóng BHXH',
  notes: 'Ghi chú',
  status: 'Trạng thái sinh hoạt (để đối chiếu)',
};

/** Without these a member cannot be recorded; the mapping screen marks them. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['fullName', 'dateOfBirth', 'gender', 'joinedOn'];

export const ImportFieldInfo = z.object({ field: ImportField, label: z.string(), required: z.boolean() });
export type ImportFieldInfo = z.infer<typeof ImportFieldInfo>;

export const importFieldList = (): ImportFieldInfo[] =>
  ImportField.options.map((field) => ({
    field,
    label: IMPORT_FIELD_LABELS[field],
    required: REQUIRED_IMPORT_FIELDS.includes(field),
  }));
