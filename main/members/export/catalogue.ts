// Plain data without zod: the renderer's layout editor reads it without loading any schema.

/**
 * Every column an exported list can have, in the full list's order, with its heading in the
 * file. `personal`: personal data under Nghị định 13/2023/NĐ-CP, which a layout should carry
 * only when the higher union asks for it (the layout editor says so).
 */
export const EXPORT_COLUMN_CATALOGUE = {
  stt: { header: 'STT' },
  fullName: { header: 'Họ và tên' },
  dateOfBirth: { header: 'Ngày sinh', personal: true },
  dateOfBirthMale: { header: 'Ngày sinh | Nam', personal: true },
  dateOfBirthFemale: { header: 'Ngày sinh | Nữ', personal: true },
  gender: { header: 'Giới tính' },
  ethnicity: { header: 'Dân tộc' },
  religion: { header: 'Tôn giáo' },
  cccd: { header: 'Số CCCD', personal: true },
  phone: { header: 'Điện thoại', personal: true },
  email: { header: 'Email', personal: true },
  education: { header: 'Trình độ chuyên môn' },
  jobTitle: { header: 'Chức danh / chức vụ' },
  unionPosition: { header: 'Chức vụ công đoàn' },
  groupName: { header: 'Tổ công đoàn' },
  joinedOn: { header: 'Ngày vào công đoàn' },
  enteredOn: { header: 'Ngày chuyển đến' },
  memberCode: { header: 'Mã số đoàn viên' },
  cardNumber: { header: 'Số thẻ đoàn viên' },
  cardIssuedOn: { header: 'Ngày cấp thẻ' },
  cardType: { header: 'Loại thẻ' },
  cardStatus: { header: 'Trạng thái thẻ' },
  partyMember: { header: 'Đảng viên' },
  partyJoinedOn: { header: 'Ngày vào Đảng' },
  insuranceSalary: { header: 'Lương đóng BHXH' },
  notes: { header: 'Ghi chú' },
  status: { header: 'Trạng thái' },
} as const satisfies Record<string, { header: string; personal?: true }>;

export type ExportColumnKey = keyof typeof EXPORT_COLUMN_CATALOGUE;
export const EXPORT_COLUMN_KEYS = Object.keys(EXPORT_COLUMN_CATALOGUE) as ExportColumnKey[];
export const isPersonalColumn = (key: ExportColumnKey): boolean => 'personal' in EXPORT_COLUMN_CATALOGUE[key];

/**
 * A heading "Ngày sinh | Nam" has two levels, as official forms do: "Ngày sinh" over "Nam",
 * the upper cell merged across neighbouring columns that share it.
 */
export function splitHeading(header: string): { group: string | null; label: string } {
  const at = header.indexOf('|');
  return at < 0
    ? { group: null, label: header }
    : { group: header.slice(0, at).trim(), label: header.slice(at + 1).trim() };
}
