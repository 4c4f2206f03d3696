/** What the IPC layer itself says: field checks shared by every contract, refusals, crashes. */
import { messages } from '../i18n/messages';

export const ipcMessages = messages({
  invalidDate: { vi: 'Ngày không hợp lệ (dd/mm/yyyy)', en: 'Not a valid date (dd/mm/yyyy)' },
  tooLong: { vi: 'Tối đa {{max}} ký tự', en: 'At most {{max}} characters' },
  invalidInput: { vi: 'Dữ liệu nhập không hợp lệ.', en: 'What was entered is not valid.' },
  unknownChannel: { vi: 'Lệnh "{{channel}}" không tồn tại.', en: 'There is no command "{{channel}}".' },
  unexpected: {
    vi: 'Đã xảy ra lỗi không mong muốn: {{reason}}. Dữ liệu chưa bị thay đổi; hãy thử lại hoặc báo cho người hỗ trợ.',
    en: 'Something unexpected went wrong: {{reason}}. Nothing was changed; try again, or tell whoever helps you with the program.',
  },
});
