/** What long jobs (the import) say when they end without finishing. */
import { messages } from '../i18n/messages';

export const jobMessages = messages({
  cancelled: {
    vi: 'Đã hủy theo yêu cầu; không có dữ liệu nào bị thay đổi.',
    en: 'Cancelled as asked; nothing was changed.',
  },
  notFound: {
    vi: 'Không tìm thấy công việc này (có thể đã kết thúc từ lâu).',
    en: 'This job was not found (it may have ended a while ago).',
  },
});
