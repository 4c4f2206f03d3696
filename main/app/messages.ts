/** What the Electron shell itself shows: native dialogs and refusals (main/i18n/messages.ts). */
import { messages } from '../i18n/messages';

export const appMessages = messages({
  dataFiles: { vi: 'Dữ liệu Sổ Công đoàn', en: 'Sổ Công đoàn data' },
  importFiles: { vi: 'Bảng tính Excel hoặc CSV', en: 'Excel workbook or CSV' },
  excelFiles: { vi: 'Bảng tính Excel', en: 'Excel workbook' },
  pdfFiles: { vi: 'Tài liệu PDF', en: 'PDF document' },
  openDataFile: { vi: 'Mở tệp dữ liệu khác', en: 'Open another data file' },
  newDataFile: { vi: 'Tạo tệp dữ liệu mới', en: 'New data file' },
  chooseImportFile: { vi: 'Chọn tệp danh sách đoàn viên', en: 'Choose the member list file' },
  saveFile: { vi: 'Lưu tệp', en: 'Save file' },
  preview: { vi: 'Xem trước: {{title}}', en: 'Preview: {{title}}' },
  notOurWindow: {
    vi: 'Yêu cầu không đến từ cửa sổ của Sổ Công đoàn nên đã bị từ chối.',
    en: 'The request did not come from a Sổ Công đoàn window, so it was refused.',
  },
  cannotStart: { vi: 'Sổ Công đoàn không khởi động được', en: 'Sổ Công đoàn could not start' },
  lastFileUnreadable: { vi: 'Không mở được tệp dữ liệu lần trước', en: 'The last data file could not be opened' },
  openingDefaultFile: {
    vi: 'Sổ Công đoàn sẽ mở tệp dữ liệu mặc định. Có thể chọn lại tệp kia bằng “Mở tệp dữ liệu khác…”.',
    en: 'Sổ Công đoàn will open the default data file. You can choose the other file again with “Open another data file…”.',
  },
});
