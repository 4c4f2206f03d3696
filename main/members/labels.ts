/** The Vietnamese words for stored codes, as a list, a file or a report says them. */
import type { MemberStatus } from '../db/schema';

/** A member's status in a column or a heading; written back by the import, so one spelling. */
export const STATUS_LABEL: Record<MemberStatus, string> = {
  active: 'Đang sinh hoạt',
  suspended: 'Tạm dừng sinh hoạt',
  transferred_out: 'Đã chuyển đi',
  left: 'Đã thôi sinh hoạt',
  removed: 'Đã xóa tên',
  expelled: 'Đã khai trừ',
};
