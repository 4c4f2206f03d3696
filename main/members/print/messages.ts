/** What printing the register says to the chair (main/i18n/messages.ts); the documents stay Vietnamese. */
import { messages } from '../../i18n/messages';

export const printMessages = messages({
  nobodyNeedsCard: {
    vi: 'Mọi đoàn viên đang sinh hoạt đều đã có số thẻ; không có ai cần đề nghị cấp thẻ.',
    en: 'Every active member already has a card number; there is nobody to request a card for.',
  },
});
