/**
 * What the member register says to the chair (main/i18n/messages.ts): the form's field checks,
 * refused movements and cancels, tổ (union group) refusals. Browser-safe: contract.ts and
 * movements.ts, which the renderer imports, say these. The words printed documents and exports
 * use for a status stay in labels.ts, in Vietnamese.
 */
import { messages } from '../i18n/messages';

/** The member's fields (contract.ts, validation.ts) and the register's refusals (service.ts, records.ts, history.ts). */
export const memberMessages = messages({
  // --- Field checks of the form, the import and the CLI (contract.ts) ---
  chooseGender: { vi: 'Chọn giới tính (Nam hoặc Nữ)', en: 'Choose the gender (male or female)' },
  cccdDigits: {
    vi: 'Số CCCD phải gồm đúng 12 chữ số',
    en: 'The CCCD number must have exactly 12 digits',
  },
  phone: {
    vi: 'Số điện thoại phải bắt đầu bằng 0: di động 10 chữ số (ví dụ 0912 345 678), cố định 11 chữ số (ví dụ 024 3825 1234)',
    en: 'A phone number starts with 0: 10 digits for a mobile (for example 0912 345 678), 11 digits for a landline (for example 024 3825 1234)',
  },
  email: {
    vi: 'Email không đúng định dạng (ví dụ ten@coquan.gov.vn)',
    en: 'This is not a valid email address (for example ten@coquan.gov.vn)',
  },
  moneyNotNumber: { vi: 'Nhập số tiền bằng số', en: 'Enter the amount as a number' },
  moneyNotWhole: { vi: 'Số tiền phải là số nguyên (đồng)', en: 'The amount must be a whole number of dong' },
  moneyNegative: { vi: 'Số tiền không được âm', en: 'The amount cannot be negative' },
  enterFullName: { vi: 'Nhập họ và tên đoàn viên', en: 'Enter the member’s full name' },
  enterDateOfBirth: { vi: 'Nhập ngày sinh (dd/mm/yyyy)', en: 'Enter the date of birth (dd/mm/yyyy)' },
  enterJoinedOn: {
    vi: 'Nhập ngày vào công đoàn (dd/mm/yyyy)',
    en: 'Enter the date the member joined the union (dd/mm/yyyy)',
  },
  enterMovementDate: { vi: 'Nhập ngày của biến động (dd/mm/yyyy)', en: 'Enter the date of the movement (dd/mm/yyyy)' },
  enterCancelReason: { vi: 'Ghi lý do hủy biến động', en: 'Give the reason for cancelling the movement' },

  // --- Dates against each other and against today (validation.ts) ---
  bornAfterToday: {
    vi: 'Ngày sinh không được sau ngày hôm nay.',
    en: 'The date of birth cannot be later than today.',
  },
  bornTooEarly: {
    vi: 'Ngày sinh {{date}} không hợp lý; kiểm tra lại năm sinh.',
    en: 'A date of birth of {{date}} is not plausible; check the year of birth.',
  },
  tooYoung: { vi: 'Đoàn viên phải từ đủ {{age}} tuổi.', en: 'A member must be at least {{age}} years old.' },
  joinedAfterToday: {
    vi: 'Ngày vào công đoàn không được sau ngày hôm nay.',
    en: 'The date of joining the union cannot be later than today.',
  },
  joinedTooYoung: {
    vi: 'Ngày vào công đoàn phải sau ngày đủ {{age}} tuổi (sinh {{born}}).',
    en: 'The date of joining the union must come after the member turned {{age}} (born {{born}}).',
  },
  cardIssuedAfterToday: {
    vi: 'Ngày cấp thẻ không được sau ngày hôm nay.',
    en: 'The card issue date cannot be later than today.',
  },
  cardIssuedBeforeJoining: {
    vi: 'Ngày cấp thẻ phải từ ngày vào công đoàn trở đi.',
    en: 'The card issue date cannot be earlier than the date of joining the union.',
  },
  cardNumberMissing: {
    vi: 'Có ngày cấp thẻ thì cần nhập số thẻ đoàn viên.',
    en: 'A card issue date is filled in, so enter the member card number too.',
  },
  partyDateWithoutParty: {
    vi: 'Chỉ nhập ngày vào Đảng khi đoàn viên là đảng viên.',
    en: 'Fill in the date of joining the Party only for a Party member.',
  },
  partyAfterToday: {
    vi: 'Ngày vào Đảng không được sau ngày hôm nay.',
    en: 'The date of joining the Party cannot be later than today.',
  },
  partyTooYoung: {
    vi: 'Ngày vào Đảng phải sau ngày đủ {{age}} tuổi.',
    en: 'The date of joining the Party must come after the member turned {{age}}.',
  },
  enteredBeforeJoining: {
    vi: 'Ngày chuyển đến ({{enteredOn}}) không được trước ngày vào công đoàn ({{joinedOn}}).',
    en: 'The transfer-in date ({{enteredOn}}) cannot be earlier than the date of joining the union ({{joinedOn}}).',
  },
  enteredAfterToday: {
    vi: 'Ngày chuyển đến không được sau ngày hôm nay.',
    en: 'The transfer-in date cannot be later than today.',
  },

  // --- A dated change of tổ or salary (history.ts) ---
  changeAfterToday: {
    vi: 'Ngày thay đổi ({{date}}) không được sau ngày hôm nay.',
    en: 'The effective date ({{date}}) cannot be later than today.',
  },
  changeBeforeJoining: {
    vi: 'Ngày thay đổi ({{date}}) không được trước ngày vào công đoàn của đoàn viên ({{entry}}).',
    en: 'The effective date ({{date}}) cannot be earlier than the day the member joined the union ({{entry}}).',
  },
  changeBeforeTransferIn: {
    vi: 'Ngày thay đổi ({{date}}) không được trước ngày chuyển đến của đoàn viên ({{entry}}).',
    en: 'The effective date ({{date}}) cannot be earlier than the day the member transferred in ({{entry}}).',
  },
  changeBeforeGroupChange: {
    vi: 'Ngày thay đổi ({{date}}) không được trước lần đổi tổ gần nhất ({{last}}). Chọn ngày từ {{last}} trở đi.',
    en: 'The effective date ({{date}}) cannot be earlier than the latest change of union group ({{last}}). Choose {{last}} or a later date.',
  },
  changeBeforeSalaryChange: {
    vi: 'Ngày thay đổi ({{date}}) không được trước lần thay đổi lương gần nhất ({{last}}). Chọn ngày từ {{last}} trở đi.',
    en: 'The effective date ({{date}}) cannot be earlier than the latest salary change ({{last}}). Choose {{last}} or a later date.',
  },

  // --- The register's refusals (service.ts, records.ts) ---
  memberNotFound: {
    vi: 'Không tìm thấy đoàn viên này (có thể đã bị xóa khỏi tệp dữ liệu).',
    en: 'This member was not found (they may have been removed from the data file).',
  },
  cccdTwiceInInput: {
    vi: 'Số CCCD {{cccd}} bị trùng trong dữ liệu nhập.',
    en: 'CCCD number {{cccd}} appears more than once in what was entered.',
  },
  cccdTaken: {
    vi: 'Số CCCD {{cccd}} đã có ở đoàn viên {{name}}.',
    en: 'CCCD number {{cccd}} already belongs to the member {{name}}.',
  },
});

/** Movements recorded, refused and cancelled (movements.ts, service.ts). */
export const movementMessages = messages({
  afterToday: {
    vi: 'Ngày biến động không được sau ngày hôm nay.',
    en: 'The date of the movement cannot be later than today.',
  },
  beforeLatest: {
    vi: 'Ngày biến động phải từ ngày của biến động gần nhất ({{date}}) trở đi.',
    en: 'The date of the movement must be on or after that of the latest movement ({{date}}).',
  },
  /** `kind`: kindInSentence (movements.ts); `status`: memberStatusPhrases. */
  notAllowed: {
    vi: 'Không thể {{kind}}: đoàn viên {{status}}.',
    en: 'Cannot record “{{kind}}”: the member {{status}}.',
  },
  notYet: {
    vi: 'Chưa thể {{kind}}: đoàn viên chưa có quá trình sinh hoạt.',
    en: 'Cannot record “{{kind}}” yet: the member has no membership history.',
  },
  joinedAfterMovement: {
    vi: 'Ngày vào công đoàn không được sau ngày {{kind}} ({{date}}).',
    en: 'The date of joining the union cannot be later than the date of “{{kind}}” ({{date}}).',
  },
  joinedAfterNextMovement: {
    vi: 'Ngày vào công đoàn không được sau ngày {{kind}} ({{date}}). Nếu biến động đó ghi sai, hãy hủy nó trước.',
    en: 'The date of joining the union cannot be later than the date of “{{kind}}” ({{date}}). If that movement was recorded by mistake, cancel it first.',
  },
  endBeforeStart: {
    vi: 'Ngày kết thúc tạm dừng phải sau ngày bắt đầu.',
    en: 'The suspension must end after the day it starts.',
  },
  decisionAfterToday: {
    vi: 'Ngày quyết định không được sau ngày hôm nay.',
    en: 'The decision date cannot be later than today.',
  },
  toCancelNotFound: { vi: 'Không tìm thấy biến động cần hủy.', en: 'The movement to cancel was not found.' },
  noLongerInEffect: {
    vi: 'Biến động này không còn hiệu lực hoặc đã được hủy.',
    en: 'This movement is no longer in effect or has already been cancelled.',
  },
  onlyLatest: {
    vi: 'Chỉ hủy được biến động gần nhất; hãy hủy lần lượt từ biến động mới nhất.',
    en: 'Only the latest movement can be cancelled; cancel them one at a time, starting from the newest.',
  },
  notTheFirst: {
    vi: 'Không thể hủy biến động đầu tiên; hãy sửa ngày vào công đoàn của đoàn viên.',
    en: 'The first movement cannot be cancelled; correct the member’s date of joining the union instead.',
  },
});

/** A member's status as a sentence says it after "đoàn viên" / "the member": "đã chuyển đi", "has transferred out". */
export const memberStatusPhrases = messages({
  active: { vi: 'đang sinh hoạt', en: 'is active' },
  suspended: { vi: 'đang tạm dừng sinh hoạt', en: 'is suspended' },
  transferred_out: { vi: 'đã chuyển đi', en: 'has transferred out' },
  left: { vi: 'đã thôi sinh hoạt', en: 'has left the union' },
  removed: { vi: 'đã bị xóa tên', en: 'has been struck off' },
  expelled: { vi: 'đã bị khai trừ', en: 'has been expelled' },
});

/** Tổ công đoàn (union groups): names, tổ trưởng, moving and merging (contract.ts, groups.ts). */
export const groupMessages = messages({
  enterName: { vi: 'Nhập tên tổ công đoàn', en: 'Enter the name of the union group' },
  chooseMembers: { vi: 'Chọn ít nhất một đoàn viên', en: 'Choose at least one member' },
  notFound: {
    vi: 'Không tìm thấy tổ công đoàn này (có thể đã được gộp vào tổ khác).',
    en: 'This union group was not found (it may have been merged into another).',
  },
  chosenNotFound: {
    vi: 'Không tìm thấy tổ công đoàn đã chọn. Hãy chọn lại tổ.',
    en: 'The chosen union group was not found. Choose the group again.',
  },
  merged: {
    vi: 'Tổ “{{name}}” đã được gộp vào tổ khác. Chọn một tổ đang hoạt động.',
    en: 'The union group “{{name}}” has been merged into another. Choose a group that is still in use.',
  },
  nameOfMerged: {
    vi: 'Tên “{{name}}” là của một tổ đã được gộp vào tổ khác (vẫn hiện trong lịch sử sinh hoạt của đoàn viên). Hãy đặt tên khác, ví dụ “{{name}} (mới)”.',
    en: '“{{name}}” is the name of a union group that was merged into another (it still shows in members’ histories). Choose another name, for example “{{name}} (mới)”.',
  },
  nameTaken: {
    vi: 'Đã có tổ "{{name}}". Hãy đặt tên khác.',
    en: 'There is already a union group named "{{name}}". Choose another name.',
  },
  leaderNotInGroup: {
    vi: 'Tổ trưởng phải là đoàn viên của chính tổ này.',
    en: 'The group leader must be a member of this group.',
  },
  /** `status`: memberStatusPhrases. */
  leaderNotCurrent: {
    vi: '{{name}} {{status}}, không thể làm tổ trưởng. Chọn một đoàn viên đang sinh hoạt trong tổ.',
    en: '{{name}} {{status}} and cannot be the group leader. Choose an active member of this group.',
  },
  memberNotFound: {
    vi: 'Không tìm thấy một trong các đoàn viên được chọn.',
    en: 'One of the chosen members was not found.',
  },
  mergeIntoItself: { vi: 'Chọn một tổ khác để gộp vào.', en: 'Choose a different group to merge into.' },
});

/** A member's status as a list, a file or a message names it (labels.ts takes the Vietnamese). */
export const statusLabels = messages({
  active: { vi: 'Đang sinh hoạt', en: 'Active' },
  suspended: { vi: 'Tạm dừng sinh hoạt', en: 'Suspended' },
  transferred_out: { vi: 'Đã chuyển đi', en: 'Transferred out' },
  left: { vi: 'Đã thôi sinh hoạt', en: 'Left' },
  removed: { vi: 'Đã xóa tên', en: 'Struck off' },
  expelled: { vi: 'Đã khai trừ', en: 'Expelled' },
});

/**
 * A movement's name as the movement dialog, the member's timeline and the printed Phiếu đoàn
 * viên show it, and a refusal names it (kindInSentence in movements.ts).
 */
export const movementKindLabels = messages({
  admitted: { vi: 'Kết nạp', en: 'Admitted' },
  transferred_in: { vi: 'Chuyển đến', en: 'Transferred in' },
  transferred_out: { vi: 'Chuyển đi', en: 'Transferred out' },
  suspended: { vi: 'Tạm dừng sinh hoạt', en: 'Suspended' },
  restored: { vi: 'Khôi phục sinh hoạt', en: 'Restored' },
  left: { vi: 'Thôi sinh hoạt', en: 'Left the union' },
  removed: { vi: 'Xóa tên', en: 'Struck off' },
  expelled: { vi: 'Khai trừ', en: 'Expelled' },
  correction: { vi: 'Hủy biến động', en: 'Cancellation' },
});

/** Gender, yes and card type as a list or a preview writes them (labels.ts takes the Vietnamese). */
export const genderLabels = messages({
  male: { vi: 'Nam', en: 'Male' },
  female: { vi: 'Nữ', en: 'Female' },
});

export const cardTypeLabels = messages({
  regular: { vi: 'Thẻ thường', en: 'Regular card' },
  linked: { vi: 'Thẻ liên kết', en: 'Linked (bank) card' },
});

export const answerLabels = messages({ yes: { vi: 'Có', en: 'Yes' } });
