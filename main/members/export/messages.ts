/**
 * What exporting the register and its column layouts say to the chair (main/i18n/messages.ts).
 * Browser-safe: the contract uses it. The files themselves (titles, column headings) stay
 * Vietnamese in formats.ts and catalogue.ts.
 */
import { messages, type Message } from '../../i18n/messages';
import { EXPORT_COLUMN_KEYS, type ExportColumnKey } from './catalogue';
import { importFieldNames } from '../import/messages';

export const exportMessages = messages({
  columnHeaderRequired: {
    vi: 'Nhập tiêu đề cột như cấp trên yêu cầu.',
    en: 'Enter the column heading the higher union asks for.',
  },
  twoLevelHeading: {
    vi: 'Tiêu đề hai tầng viết dạng “Ngày sinh | Nam”: tầng trên, dấu |, rồi tầng dưới.',
    en: 'Write a two-level heading like “Ngày sinh | Nam”: the upper level, a |, then the lower level.',
  },
  layoutNameRequired: {
    vi: 'Đặt tên cho mẫu, ví dụ “Mẫu LĐLĐ huyện”.',
    en: 'Give the layout a name, for example “District federation form”.',
  },
  noColumns: { vi: 'Chọn ít nhất một cột cho mẫu.', en: 'Choose at least one column for the layout.' },
  duplicateColumn: {
    vi: 'Cột “{{column}}” đã có trong mẫu; mỗi cột chỉ chọn một lần.',
    en: 'The column “{{column}}” is already in the layout; choose each column only once.',
  },
  layoutNotForJson: {
    vi: 'Mẫu cột dùng cho tệp Excel hoặc CSV; tệp JSON luôn có đủ các trường.',
    en: 'Column layouts are for Excel and CSV files; a JSON file always has every field.',
  },
  layoutNotFound: {
    vi: 'Không tìm thấy mẫu cột này; có thể nó vừa bị xóa. Hãy chọn lại mẫu.',
    en: 'This column layout was not found; it may have just been deleted. Choose the layout again.',
  },
  layoutNotFoundOnSave: {
    vi: 'Không tìm thấy mẫu cột này; có thể nó vừa bị xóa. Hãy tải lại danh sách mẫu.',
    en: 'This column layout was not found; it may have just been deleted. Reload the list of layouts.',
  },
  layoutGone: {
    vi: 'Không tìm thấy mẫu cột này; có thể nó đã bị xóa.',
    en: 'This column layout was not found; it may already have been deleted.',
  },
  layoutEmpty: {
    vi: 'Mẫu “{{name}}” không còn cột nào dùng được. Hãy sửa mẫu rồi xuất lại.',
    en: 'The layout “{{name}}” has no usable columns left. Edit the layout, then export again.',
  },
  layoutNameTaken: {
    vi: 'Đã có mẫu “{{name}}”. Hãy đặt tên khác hoặc sửa mẫu đó.',
    en: 'There is already a layout “{{name}}”. Give this one another name, or edit that one.',
  },
  layoutUnknown: {
    vi: 'Không có mẫu cột “{{name}}”. Các mẫu hiện có: {{known}}.',
    en: 'There is no column layout “{{name}}”. The layouts there are: {{known}}.',
  },
  noLayoutsYet: {
    vi: '(chưa có mẫu nào; tạo mẫu trong màn hình Đoàn viên → Xuất)',
    en: '(none yet; create one under Members → Export)',
  },
  groupAmbiguous: {
    vi: '“{{name}}” có thể là: {{names}}. Ghi đúng tên tổ.',
    en: '“{{name}}” could be: {{names}}. Write the group’s exact name.',
  },
  groupUnknown: {
    vi: 'Không có tổ công đoàn “{{name}}”. Các tổ hiện có: {{known}}.',
    en: 'There is no union group “{{name}}”. The groups there are: {{known}}.',
  },
  noGroupsYet: { vi: '(chưa có tổ nào)', en: '(none yet)' },
});

/** The columns a list has that are not a member field the import also knows. */
const listOnlyColumns = messages({
  stt: { vi: 'Số thứ tự', en: 'Row number' },
  dateOfBirthMale: { vi: 'Ngày sinh (cột Nam)', en: "Date of birth (men's column)" },
  dateOfBirthFemale: { vi: 'Ngày sinh (cột Nữ)', en: "Date of birth (women's column)" },
});

const isListOnly = (key: ExportColumnKey): key is keyof typeof listOnlyColumns => Object.hasOwn(listOnlyColumns, key);

/**
 * Each column of the catalogue (catalogue.ts) as the layout editor lists it and a message names
 * it: a member field by the name the import gives its column, so that a field is called the
 * same going in and out. The headings in the file stay Vietnamese, as the higher union's form
 * has them.
 */
export const exportColumnNames = Object.fromEntries(
  EXPORT_COLUMN_KEYS.map((key) => [key, isListOnly(key) ? listOnlyColumns[key] : importFieldNames[key]]),
) as Record<ExportColumnKey, Message>;
