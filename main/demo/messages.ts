/** What the sample data says to the chair (main/i18n/messages.ts); the sample branch itself stays Vietnamese. */
import { messages } from '../i18n/messages';

export const demoMessages = messages({
  fileHasBranch: {
    vi: 'Tệp dữ liệu này đã có thông tin công đoàn. Dữ liệu mẫu chỉ tạo được trong một tệp mới.',
    en: 'This data file already has branch details. The sample data can only be created in a new file.',
  },
});
