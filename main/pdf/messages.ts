/** What the PDF renderer says when it cannot work (main/i18n/messages.ts); documents stay Vietnamese. */
import { messages } from '../i18n/messages';

export const pdfMessages = messages({
  fontMissing: {
    vi: 'Không tìm thấy phông chữ {{font}} (resources/fonts) khi đi lên từ {{start}}; đặt biến SCD_RESOURCES_DIR trỏ tới thư mục resources.',
    en: 'The font {{font}} (resources/fonts) was not found in any folder above {{start}}; set SCD_RESOURCES_DIR to the resources folder.',
  },
  badDocumentNumber: {
    vi: 'Số văn bản phải là số nguyên dương, nhận được: {{seq}}',
    en: 'A document number must be a positive whole number, not {{seq}}',
  },
});
