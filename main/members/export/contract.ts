/** IPC slice of the member export (XLSX, CSV, JSON) and of the saved column layouts. Browser-safe. */
import { z } from 'zod';
import { id, requiredText } from '../../ipc/zod-vi';
import { MemberListQuery } from '../contract';

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
export const ExportColumnKey = z.enum(EXPORT_COLUMN_KEYS as [ExportColumnKey, ...ExportColumnKey[]]);

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

const validHeading = (header: string) => {
  const { group, label } = splitHeading(header);
  return group === null || (group !== '' && label !== '' && !label.includes('|'));
};

export const ExportLayoutColumn = z.object({
  key: ExportColumnKey,
  header: requiredText('Nhập tiêu đề cột như cấp trên yêu cầu.', 100).refine(
    validHeading,
    'Tiêu đề hai tầng viết dạng “Ngày sinh | Nam”: tầng trên, dấu |, rồi tầng dưới.',
  ),
});
export type ExportLayoutColumn = z.output<typeof ExportLayoutColumn>;

export const ExportLayout = z.object({
  id: z.number().int(),
  name: z.string(),
  columns: z.array(ExportLayoutColumn),
});
export type ExportLayout = z.output<typeof ExportLayout>;

export const ExportLayoutInput = z.object({
  /** Absent: a new layout; present: that layout changed. */
  id: id().optional(),
  name: requiredText('Đặt tên cho mẫu, ví dụ “Mẫu LĐLĐ huyện”.', 100),
  columns: z
    .array(ExportLayoutColumn)
    .min(1, 'Chọn ít nhất một cột cho mẫu.')
    .superRefine((columns, ctx) => {
      const seen = new Set<ExportColumnKey>();
      columns.forEach((c, i) => {
        if (seen.has(c.key)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'key'],
            message: `Cột “${EXPORT_COLUMN_CATALOGUE[c.key].header}” đã có trong mẫu; mỗi cột chỉ chọn một lần.`,
          });
        }
        seen.add(c.key);
      });
    }),
});
export type ExportLayoutInput = z.output<typeof ExportLayoutInput>;

export const memberExportContract = {
  /** Asks main for a save location, then writes the list there. */
  'members.export': {
    /**
     * The register's filters (tổ, status, gender…; the whole branch's current members when
     * none), so the file holds what the chair sees listed. The search text is not a filter.
     * `layoutId`: the columns of a saved layout instead of the full list (Excel and CSV).
     */
    input: MemberListQuery.omit({ query: true })
      .extend({ format: z.enum(['xlsx', 'csv', 'json']), layoutId: id().optional() })
      .refine((q) => q.layoutId === undefined || q.format !== 'json', {
        message: 'Mẫu cột dùng cho tệp Excel hoặc CSV; tệp JSON luôn có đủ các trường.',
        path: ['layoutId'],
      }),
    output: z.object({
      saved: z.boolean(),
      /** The name chosen, without its folder; null when the chair cancelled. */
      fileName: z.string().nullable(),
      members: z.number().int(),
    }),
  },
  /** The saved layouts, by name in Vietnamese order. */
  'members.exportLayouts': { input: z.void(), output: z.array(ExportLayout) },
  'members.saveExportLayout': { input: ExportLayoutInput, output: ExportLayout },
  'members.removeExportLayout': { input: z.object({ id: id() }), output: z.object({ id: z.number().int() }) },
} as const;
