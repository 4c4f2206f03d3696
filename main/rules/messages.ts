/** What the rules by date say to the chair (main/i18n/messages.ts). Browser-safe: the contract uses it. */
import { messages } from '../i18n/messages';

export const rulesMessages = messages({
  validFromRequired: {
    vi: 'Nhập ngày bắt đầu áp dụng (dd/mm/yyyy).',
    en: 'Enter the date the value applies from (dd/mm/yyyy).',
  },
  valueRequired: { vi: 'Nhập giá trị.', en: 'Enter a value.' },
  valueWhole: { vi: 'Giá trị phải là số nguyên.', en: 'The value must be a whole number.' },
  valueOutOfRange: {
    vi: 'Nhập giá trị từ {{min}} đến {{max}} {{unit}}.',
    en: 'Enter a value from {{min}} to {{max}} {{unit}}.',
  },
  basisRequired: {
    vi: 'Ghi căn cứ của mức này: số văn bản, điều khoản.',
    en: 'Give the legal basis of this value: the document number and the article.',
  },
  baseValueMissing: {
    vi: 'Tệp dữ liệu thiếu mức ban đầu của quy định “{{rule}}” (có thể đã bị sửa ngoài chương trình). Hãy mở bản sao lưu gần nhất.',
    en: 'The data file lacks the initial value of the rule “{{rule}}” (it may have been changed outside the program). Open the latest backup.',
  },
  valueNotFound: {
    vi: 'Không tìm thấy mức quy định này; có thể nó vừa bị xóa. Hãy tải lại trang.',
    en: 'This value of the rule was not found; it may have just been deleted. Reload the page.',
  },
  valueGone: {
    vi: 'Không tìm thấy mức quy định này; có thể nó đã bị xóa.',
    en: 'This value of the rule was not found; it may already have been deleted.',
  },
  sameDay: {
    vi: 'Đã có mức áp dụng từ ngày {{date}}; hãy sửa mức đó.',
    en: 'There is already a value applying from {{date}}; edit that one instead.',
  },
  baseNotRemovable: {
    vi: 'Mức ban đầu của quy định không xóa được; hãy sửa giá trị hoặc căn cứ của nó.',
    en: 'The initial value of a rule cannot be deleted; edit its value or legal basis instead.',
  },
});

/** The words rule values are counted in (RULES[rule].unit). */
export const ruleUnits = messages({
  years: { vi: 'tuổi', en: 'years' },
});
