/** What the branch details say to the chair (main/i18n/messages.ts). Browser-safe: the contract uses it. */
import { messages } from '../i18n/messages';

export const settingsMessages = messages({
  branchNameRequired: {
    vi: 'Nhập tên công đoàn cơ sở, ví dụ "Công đoàn Chi cục Thuế khu vực I"',
    en: 'Enter the grassroots union branch name, for example "Công đoàn Chi cục Thuế khu vực I"',
  },
  unitNameRequired: {
    vi: 'Nhập tên cơ quan/đơn vị của công đoàn',
    en: 'Enter the agency or unit the branch belongs to',
  },
  higherUnionRequired: {
    vi: 'Nhập tên công đoàn cấp trên trực tiếp cơ sở',
    en: 'Enter the directly superior union',
  },
  chairNameRequired: {
    vi: 'Nhập họ và tên Chủ tịch công đoàn',
    en: 'Enter the full name of the branch chair',
  },
  placeNameRequired: {
    vi: 'Nhập địa danh ghi trên văn bản, ví dụ "Hà Nội"',
    en: 'Enter the place name printed on documents, for example "Hà Nội"',
  },
  notSetUp: {
    vi: 'Chưa khai báo thông tin công đoàn cơ sở. Hãy hoàn tất phần Thiết lập ban đầu.',
    en: 'The branch details have not been entered yet. Complete the First-time setup.',
  },
});
