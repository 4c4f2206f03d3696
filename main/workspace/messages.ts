/** What the data file and saved files say to the chair (main/i18n/messages.ts). */
import { messages } from '../i18n/messages';

export const workspaceMessages = messages({
  noFileOpen: { vi: 'Chưa mở tệp dữ liệu nào.', en: 'No data file is open.' },
  fileTooNew: {
    vi: 'Tệp "{{name}}" được tạo bởi phiên bản Sổ Công đoàn mới hơn. Hãy cập nhật phần mềm rồi mở lại.',
    en: '"{{name}}" was made by a newer version of Sổ Công đoàn. Update the program, then open it again.',
  },
  notADataFile: {
    vi: 'Tệp "{{name}}" không phải là tệp dữ liệu Sổ Công đoàn (SQLite). Hãy chọn đúng tệp .sqlite.',
    en: '"{{name}}" is not a Sổ Công đoàn data file (SQLite). Choose the right .sqlite file.',
  },
  cannotWriteFile: {
    vi: 'Không mở được tệp "{{name}}" để ghi. Kiểm tra quyền truy cập thư mục hoặc chọn thư mục khác.',
    en: '"{{name}}" cannot be opened for writing. Check the folder’s permissions or choose another folder.',
  },
  cannotOpenFile: {
    vi: 'Không mở được tệp "{{name}}": {{reason}}',
    en: '"{{name}}" cannot be opened: {{reason}}',
  },
  fileExists: {
    vi: 'Tệp “{{name}}” đã có sẵn nên không tạo mới được. Muốn dùng tệp đó, chọn “Mở tệp dữ liệu khác…”; muốn tạo tệp mới, hãy đặt một tên khác.',
    en: '“{{name}}” already exists, so a new file cannot be made there. To use it, choose “Open another data file…”; to start a new one, give it another name.',
  },
  saveOverDataFile: {
    vi: 'Không ghi được “{{name}}”: đó là tệp dữ liệu của công đoàn (hoặc tệp đi kèm của nó), ghi đè sẽ mất dữ liệu. Hãy chọn tên tệp khác.',
    en: '“{{name}}” was not written: it is the union’s data file (or one that goes with it), and writing over it would lose the data. Choose another file name.',
  },
  saveFileBusy: {
    vi: 'Không ghi được “{{name}}”: tệp đang mở trong chương trình khác (Excel, trình đọc PDF…) hoặc thư mục không cho ghi. Hãy đóng tệp hoặc chọn tên khác rồi lưu lại.',
    en: '“{{name}}” was not written: it is open in another program (Excel, a PDF reader…) or the folder cannot be written to. Close the file or choose another name, then save again.',
  },
  saveDiskFull: { vi: 'Không ghi được “{{name}}”: ổ đĩa đã đầy.', en: '“{{name}}” was not written: the disk is full.' },
  saveNoFolder: {
    vi: 'Không ghi được “{{name}}”: thư mục không tồn tại.',
    en: '“{{name}}” was not written: the folder does not exist.',
  },
  saveIsFolder: {
    vi: 'Không ghi được: “{{name}}” là một thư mục, hãy ghi tên tệp.',
    en: 'Nothing was written: “{{name}}” is a folder. Type a file name.',
  },
});
