/**
 * What the member import says to the chair (main/i18n/messages.ts): files it cannot read, the
 * mapping, cells it cannot read, rows it refuses, skips or imports with a note, and the job's
 * progress. The Vietnamese words a list is written in (“Nam”, “Nữ”, “Có”, the status words…)
 * stay Vietnamese in the English texts: they are what the chair types into the file.
 */
import { messages, type Message } from '../../i18n/messages';
// Type only: fields.ts imports this file for the names and hints.
import type { ImportField } from './fields';

export const importMessages = messages({
  // --- The file (read.ts, csv.ts, sessions.ts) ---
  unreadable: { vi: 'Không đọc được tệp "{{name}}": {{reason}}', en: 'The file "{{name}}" cannot be read: {{reason}}' },
  fileNotFound: { vi: 'không tìm thấy tệp.', en: 'the file was not found.' },
  fileBusy: {
    vi: 'tệp đang mở trong chương trình khác hoặc không có quyền đọc. Hãy đóng Excel rồi thử lại.',
    en: 'it is open in another program, or you are not allowed to read it. Close Excel, then try again.',
  },
  oldXls: {
    vi: 'đây là tệp Excel 97-2003 (.xls). Hãy mở bằng Excel và chọn Lưu thành… "Excel Workbook (.xlsx)".',
    en: 'it is an Excel 97-2003 file (.xls). Open it in Excel and choose Save As… "Excel Workbook (.xlsx)".',
  },
  protectedOrOld: {
    vi: 'tệp có mật khẩu bảo vệ hoặc là định dạng Excel cũ. Hãy bỏ mật khẩu và lưu thành .xlsx.',
    en: 'it is protected by a password or saved in an old Excel format. Remove the password and save it as .xlsx.',
  },
  notRealXlsx: {
    vi: 'tệp Excel bị hỏng hoặc không phải tệp .xlsx thật.',
    en: 'the Excel file is damaged, or is not really an .xlsx file.',
  },
  damagedXlsx: { vi: 'tệp Excel bị hỏng ({{reason}}).', en: 'the Excel file is damaged ({{reason}}).' },
  noSheetWithData: {
    vi: 'tệp không có trang tính nào chứa dữ liệu.',
    en: 'none of the sheets in the file holds any data.',
  },
  csvNotUtf8: {
    vi: 'Tệp CSV không ở mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi. Hãy mở tệp bằng Excel và lưu lại với kiểu "CSV UTF-8 (Comma delimited)", hoặc lưu thành .xlsx.',
    en: 'The CSV file is not in UTF-8, so its Vietnamese letters would come out garbled. Open the file in Excel and save it again as "CSV UTF-8 (Comma delimited)", or save it as .xlsx.',
  },
  sessionExpired: {
    vi: 'Phiên nhập tệp đã hết hạn. Hãy chọn lại tệp Excel cần nhập.',
    en: 'This import has expired. Choose the Excel file to import again.',
  },

  // --- The mapping and the job (service.ts) ---
  noSuchColumn: { vi: 'Tệp không có cột thứ {{number}}.', en: 'The file has no column number {{number}}.' },
  fieldMappedTwice: {
    vi: 'Hai cột cùng được ghép với “{{field}}”. Mỗi thông tin chỉ chọn một cột.',
    en: 'Two columns are mapped to “{{field}}”. Choose only one column for each field.',
  },
  noNameColumn: {
    vi: 'Chưa chọn cột Họ và tên. Hãy chỉ ra cột nào chứa họ và tên đoàn viên.',
    en: 'No column is mapped to Full name yet. Choose the column that holds the members’ full names.',
  },
  phaseChecking: { vi: 'Đang kiểm tra dữ liệu', en: 'Checking the data' },
  phaseWriting: { vi: 'Đang ghi đoàn viên', en: 'Writing members' },
  phaseUpdating: { vi: 'Đang cập nhật đoàn viên', en: 'Updating members' },

  // --- Cells (clean.ts); {{label}} is the column's name ---
  dateTwoDigitYear: {
    vi: '{{label}} “{{raw}}” có năm chỉ 2 chữ số. Hãy ghi năm đủ 4 chữ số, ví dụ 05/02/1985.',
    en: '{{label}} “{{raw}}” has a year of only 2 digits. Write the year with all 4 digits, for example 05/02/1985.',
  },
  dateNotReal: {
    vi: '{{label}} “{{raw}}” không có thật. Ghi theo thứ tự ngày/tháng/năm (dd/mm/yyyy), ví dụ 05/02/1985, rồi nhập lại.',
    en: '{{label}} “{{raw}}” is not a real date. Write it in the order day/month/year (dd/mm/yyyy), for example 05/02/1985, then import again.',
  },
  dateUnreadable: {
    vi: '{{label}} “{{raw}}” không đọc được. Ghi theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 05/02/1985.',
    en: '{{label}} “{{raw}}” cannot be read. Write it as day/month/year (dd/mm/yyyy), for example 05/02/1985.',
  },
  dateYearOnly: {
    vi: '{{label}} chỉ có năm ({{year}}). Hãy ghi đủ ngày/tháng/năm (dd/mm/yyyy), ví dụ 05/02/{{year}}.',
    en: '{{label}} has only a year ({{year}}). Write the full day/month/year (dd/mm/yyyy), for example 05/02/{{year}}.',
  },
  dateNotADate: {
    vi: '{{label}} “{{raw}}” không phải là ngày. Ghi theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 05/02/1985.',
    en: '{{label}} “{{raw}}” is not a date. Write it as day/month/year (dd/mm/yyyy), for example 05/02/1985.',
  },
  cccdNotDigits: {
    vi: 'Số CCCD “{{raw}}” không phải dãy chữ số. Ghi đủ 12 chữ số, ví dụ 001085012345.',
    en: 'The CCCD number “{{raw}}” is not a string of digits. Write all 12 digits, for example 001085012345.',
  },
  cccdExponent: {
    vi: 'Số CCCD bị Excel đổi thành dạng số mũ (“{{raw}}”), các chữ số cuối đã mất: hãy định dạng cột là Văn bản (Text) rồi nhập lại đủ 12 chữ số.',
    en: 'Excel turned the CCCD number into exponent form (“{{raw}}”) and its last digits are lost: format the column as Text, then type all 12 digits again.',
  },
  moneyFraction: {
    vi: '{{label}} “{{raw}}” có phần lẻ. Ghi số tiền tròn đồng, ví dụ 5.850.000.',
    en: '{{label}} “{{raw}}” has a fractional part. Write a whole number of đồng, for example 5.850.000.',
  },
  moneyUnreadable: {
    vi: '{{label}} “{{raw}}” không đọc được. Ghi số tiền bằng số, ví dụ 5.850.000.',
    en: '{{label}} “{{raw}}” cannot be read. Write the amount in figures, for example 5.850.000.',
  },
  genderUnclear: {
    vi: 'Giới tính “{{raw}}” không rõ. Ghi “Nam” hoặc “Nữ”.',
    en: 'Gender “{{raw}}” is unclear. Write “Nam” (male) or “Nữ” (female).',
  },
  yesNoUnclear: {
    vi: 'Cột {{label}} ghi “{{raw}}” không rõ. Ghi “x” (hoặc “Có”) nếu đúng, để trống nếu không.',
    en: 'The {{label}} column says “{{raw}}”, which is unclear. Write “x” (or “Có”) for yes; leave it blank for no.',
  },
  cardTypeUnclear: {
    vi: 'Loại thẻ “{{raw}}” không rõ. Ghi “Thẻ thường” hoặc “Thẻ liên kết”.',
    en: 'Card type “{{raw}}” is unclear. Write “Thẻ thường” (regular) or “Thẻ liên kết” (linked).',
  },
  statusUnread: {
    vi: 'Trạng thái “{{raw}}” không rõ nên không được đối chiếu với sổ. Các trạng thái đọc được: {{statuses}}.',
    en: 'Status “{{raw}}” is not recognised, so it was not compared with the register. The statuses it reads are: {{statuses}}.',
  },

  // --- Lines that are not members (rows.ts) ---
  skipTotal: { vi: 'Dòng tổng cộng (“{{text}}”)', en: 'Total line (“{{text}}”)' },
  skipSignatureBlock: { vi: 'Phần ký tên cuối danh sách', en: 'Signature block at the end of the list' },
  skipColumnNumbers: {
    vi: 'Dòng đánh số thứ tự cột (1), (2), (3)…',
    en: 'Line numbering the columns (1), (2), (3)…',
  },
  skipPlaceDate: {
    vi: 'Dòng ngày tháng / ký tên cuối danh sách',
    en: 'Date or signature line at the end of the list',
  },
  skipHeading: { vi: 'Dòng tiêu đề nhóm (“{{text}}”)', en: 'Section heading (“{{text}}”)' },
  bothGenderMarks: {
    vi: 'Dòng này đánh dấu cả cột Nam và cột Nữ. Chỉ giữ một cột.',
    en: 'This row is marked in both the “Nam” and the “Nữ” column. Keep the mark in one of them only.',
  },

  // --- Rows (plan.ts) ---
  missingFullName: {
    vi: 'Thiếu họ và tên. Điền họ và tên vào dòng này, hoặc xóa dòng nếu thừa.',
    en: 'The full name is missing. Fill it in on this row, or delete the row if it should not be there.',
  },
  missingDateOfBirth: {
    vi: 'Thiếu ngày sinh. Ghi ngày sinh dạng ngày/tháng/năm, ví dụ 05/02/1985.',
    en: 'The date of birth is missing. Write it as day/month/year, for example 05/02/1985.',
  },
  missingGender: {
    vi: 'Thiếu giới tính. Ghi “Nam” hoặc “Nữ” (hoặc đánh dấu X ở cột Nam / cột Nữ).',
    en: 'The gender is missing. Write “Nam” (male) or “Nữ” (female), or mark X in the “Nam” or the “Nữ” column.',
  },
  missingJoinedOn: {
    vi: 'Thiếu ngày vào công đoàn. Ghi ngày kết nạp dạng ngày/tháng/năm; nếu không rõ, xem quyết định kết nạp hoặc hỏi tổ trưởng.',
    en: 'The date of joining the union is missing. Write the date of admission as day/month/year; if it is not known, look at the admission decision or ask the group leader.',
  },
  cellReads: { vi: '{{message}}; ô đang ghi “{{value}}”.', en: '{{message}}; the cell reads “{{value}}”.' },
  updateWithoutMember: {
    vi: 'Không có đoàn viên nào trong sổ trùng với dòng này nên không thể cập nhật. Chọn “Thêm mới” hoặc “Bỏ qua”.',
    en: 'No member in the register matches this row, so there is nothing to update. Choose “Add as new” or “Skip”.',
  },
  groupArchived: {
    vi: 'Tổ “{{name}}” đã được gộp hoặc ngừng hoạt động. Ghi tên tổ hiện nay của đoàn viên.',
    en: 'The union group “{{name}}” has been merged or closed. Write the member’s current union group.',
  },
  cccdInRegister: {
    vi: 'Số CCCD {{cccd}} đã có ở đoàn viên {{name}} trong sổ. Chọn “Cập nhật vào sổ” hoặc “Bỏ qua” cho dòng này.',
    en: 'CCCD number {{cccd}} already belongs to {{name}} in the register. Choose “Update the register” or “Skip” for this row.',
  },
  cccdTwiceInFile: {
    vi: 'Số CCCD {{cccd}} trùng với dòng {{row}} trong tệp. Kiểm tra lại số CCCD của một trong hai người.',
    en: 'CCCD number {{cccd}} is also on row {{row}} of the file. Check the CCCD number of one of the two people.',
  },
  memberUpdatedTwice: {
    vi: 'Dòng {{first}} trong tệp đã cập nhật đoàn viên {{name}} trong sổ. Mỗi đoàn viên chỉ được cập nhật từ một dòng: gộp hai dòng làm một, hoặc chọn “Bỏ qua” cho dòng này.',
    en: 'Row {{first}} of the file already updates {{name}} in the register. A member can be updated from one row only: merge the two rows into one, or choose “Skip” for this row.',
  },
  skipByChoice: { vi: 'Bỏ qua theo lựa chọn', en: 'Skipped by your choice' },
  skipNotCurrent: {
    vi: '{{status}}: chỉ nhập vào sổ người đang sinh hoạt hoặc tạm dừng sinh hoạt',
    en: '{{status}}: only active or suspended members are imported into the register',
  },
  skipSameAsRow: { vi: 'Trùng với dòng {{row}} trong tệp', en: 'Same person as row {{row}} of the file' },
  skipInRegister: { vi: 'Đã có trong sổ: {{name}}', en: 'Already in the register: {{name}}' },
  skipUnchanged: {
    vi: 'Đã có trong sổ, không có gì thay đổi: {{name}}',
    en: 'Already in the register, nothing to change: {{name}}',
  },
  enteredOnNotWritten: {
    vi: 'Ngày chuyển đến {{date}} không được ghi: {{name}} đã có trong sổ, dòng này chỉ cập nhật thông tin. Nếu cần, ghi biến động “Chuyển đến” ở trang của đoàn viên.',
    en: 'The transfer-in date {{date}} is not recorded: {{name}} is already in the register, and this row only updates their details. If needed, record the movement “Transferred in” on the member’s page.',
  },
  oldIdCardToNotes: {
    vi: 'Số CMND cũ {{number}} (9 chữ số) không còn dùng từ 01/01/2025 nên không ghi vào ô Số CCCD mà ghi vào Ghi chú (“{{note}}”). Bổ sung số CCCD 12 chữ số ở trang của đoàn viên.',
    en: 'The old CMND number {{number}} (9 digits) has not been valid since 01/01/2025, so it is recorded in Notes (“{{note}}”) instead of as the CCCD number. Add the 12-digit CCCD number on the member’s page.',
  },
  oldIdCardHasCccd: {
    vi: 'Số CMND cũ {{number}} (9 chữ số) không còn dùng từ 01/01/2025, không ghi vào sổ: đoàn viên đã có số CCCD {{cccd}}.',
    en: 'The old CMND number {{number}} (9 digits) has not been valid since 01/01/2025 and is not recorded: the member already has CCCD number {{cccd}}.',
  },
  oldIdCardNoCccd: {
    vi: 'Số CMND cũ {{number}} (9 chữ số) không còn dùng từ 01/01/2025, không ghi vào sổ. Đoàn viên chưa có số CCCD: bổ sung ở trang của đoàn viên.',
    en: 'The old CMND number {{number}} (9 digits) has not been valid since 01/01/2025 and is not recorded. The member has no CCCD number yet: add it on the member’s page.',
  },
  statusSuspendedNotWritten: {
    vi: 'Trạng thái “{{status}}” chưa được ghi: đoàn viên vào sổ ở trạng thái đang sinh hoạt. Ghi biến động “Tạm dừng sinh hoạt” (ngày, quyết định) ở trang của đoàn viên.',
    en: 'The status “{{status}}” is not recorded yet: the member enters the register as active. Record the movement “Suspended” (date, decision) on the member’s page.',
  },
  statusDiffers: {
    vi: 'Trạng thái trong tệp (“{{listed}}”) khác trong sổ (“{{registered}}”) và không được ghi: trạng thái chỉ đổi bằng biến động (ngày, quyết định) ở trang của đoàn viên.',
    en: 'The status in the file (“{{listed}}”) differs from the register’s (“{{registered}}”) and is not recorded: a status changes only through a movement (date, decision) recorded on the member’s page.',
  },
});

/**
 * The import fields' names, short, as a cell message names its column ("Ngày sinh “1985”…").
 * The mapping screen translates them itself (renderer useFieldLabel); these are main's.
 */
export const importFieldNames = messages({
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  familyMiddleName: { vi: 'Họ và đệm', en: 'Family and middle name' },
  givenName: { vi: 'Tên', en: 'Given name' },
  dateOfBirth: { vi: 'Ngày sinh', en: 'Date of birth' },
  gender: { vi: 'Giới tính', en: 'Gender' },
  genderMale: { vi: 'Cột ‘Nam’', en: '‘Nam’ (male) column' },
  genderFemale: { vi: 'Cột ‘Nữ’', en: '‘Nữ’ (female) column' },
  ethnicity: { vi: 'Dân tộc', en: 'Ethnicity' },
  religion: { vi: 'Tôn giáo', en: 'Religion' },
  cccd: { vi: 'Số CCCD', en: 'CCCD number' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  email: { vi: 'Email', en: 'Email address' },
  education: { vi: 'Trình độ chuyên môn', en: 'Qualification' },
  jobTitle: { vi: 'Chức danh / chức vụ chuyên môn', en: 'Job title / position' },
  unionPosition: { vi: 'Chức vụ công đoàn', en: 'Union position' },
  groupName: { vi: 'Tổ công đoàn', en: 'Union group (tổ)' },
  joinedOn: { vi: 'Ngày vào công đoàn', en: 'Date joined the union' },
  enteredOn: { vi: 'Ngày chuyển đến', en: 'Date transferred in' },
  memberCode: { vi: 'Mã số đoàn viên', en: 'Member code' },
  cardNumber: { vi: 'Số thẻ đoàn viên', en: 'Member card number' },
  cardIssuedOn: { vi: 'Ngày cấp thẻ', en: 'Card issue date' },
  cardType: { vi: 'Loại thẻ', en: 'Card type' },
  cardStatus: { vi: 'Trạng thái thẻ', en: 'Card status' },
  partyMember: { vi: 'Đảng viên', en: 'Party member' },
  partyJoinedOn: { vi: 'Ngày vào Đảng', en: 'Date joined the Party' },
  insuranceSalary: { vi: 'Lương đóng BHXH', en: 'Social insurance salary' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  status: { vi: 'Trạng thái sinh hoạt', en: 'Membership status' },
} satisfies Record<ImportField, Message>);

/**
 * When to choose a field, or how its column is written: the mapping screen shows it under the
 * field's name, and the CLI adds it in brackets ("Giới tính (ghi Nam / Nữ)").
 */
export const importFieldHints = messages({
  familyMiddleName: { vi: 'khi tên để riêng một cột', en: 'when the given name has its own column' },
  givenName: { vi: 'khi họ đệm để riêng một cột', en: 'when the family and middle name have their own column' },
  gender: { vi: 'ghi Nam / Nữ', en: 'written Nam / Nữ' },
  genderMale: { vi: 'đánh dấu X hoặc ghi ngày sinh', en: 'marked X or holding the date of birth' },
  genderFemale: { vi: 'đánh dấu X hoặc ghi ngày sinh', en: 'marked X or holding the date of birth' },
  enteredOn: { vi: 'đoàn viên chuyển từ nơi khác đến', en: 'for members who came from another branch' },
  cardType: { vi: 'thường / liên kết', en: 'regular / linked' },
  insuranceSalary: { vi: 'mức lương làm căn cứ đóng', en: 'the salary contributions are based on' },
  status: { vi: 'để đối chiếu, không ghi vào sổ', en: 'compared with the register, not recorded' },
} satisfies Partial<Record<ImportField, Message>>);
