/** "Danh sách đề nghị cấp thẻ đoàn viên", sent to the higher union, which issues cards by CCCD. */
import type { Content } from 'pdfmake/interfaces';
import { paragraph, type FormalDocument } from '../../pdf/frame';
import type { CardRequestMember } from './data';
import { GENDER_LABEL } from '../labels';
import { groupTitle } from './labels';
import { branchHeader, chairSignature, type PrintSettings } from './shell';
import { appendRows, dmy, registerTable, sttColumn, tableHeader, type Column } from './table';

// Landscape like the member list, so both read the same and names never wrap beside the CCCD.
const COLUMNS: readonly Column<CardRequestMember>[] = [
  sttColumn(),
  { header: 'Họ và tên', width: '*', value: (m) => m.fullName },
  { header: 'Ngày sinh', width: 58, align: 'center', value: (m) => dmy(m.dateOfBirth) },
  { header: 'Giới tính', width: 44, align: 'center', value: (m) => GENDER_LABEL[m.gender] },
  { header: 'Số CCCD', width: 82, align: 'center', value: (m) => m.cccd ?? '' },
  { header: 'Ngày vào CĐ', width: 58, align: 'center', value: (m) => dmy(m.joinedOn) },
  { header: 'Tổ/Bộ phận', width: '*', value: (m) => (m.group ? groupTitle(m.group) : '') },
  // Left blank for the higher union's remarks, as on the paper form.
  { header: 'Ghi chú', width: 90, value: () => '' },
];

export function cardRequestDocument(
  settings: PrintSettings,
  members: readonly CardRequestMember[],
  date: string,
): FormalDocument {
  const body = tableHeader(COLUMNS);
  appendRows(body, COLUMNS, members);
  const addressee: Content = {
    text: `Kính gửi: ${settings.higherUnion}`,
    alignment: 'center',
    margin: [0, 0, 0, 10],
  };
  return {
    orientation: 'landscape',
    header: branchHeader(settings, date),
    title: 'Danh sách đề nghị cấp thẻ đoàn viên',
    subject: settings.branchName,
    body: [
      addressee,
      paragraph(
        'Căn cứ Điều lệ Công đoàn Việt Nam và hướng dẫn của Tổng Liên đoàn Lao động Việt Nam về quản lý ' +
          'đoàn viên, cấp và quản lý thẻ đoàn viên công đoàn;',
      ),
      paragraph(
        `Ban Chấp hành ${settings.branchName} đề nghị ${settings.higherUnion} xem xét, cấp thẻ đoàn viên ` +
          `công đoàn cho ${members.length} đoàn viên có tên sau:`,
      ),
      registerTable(COLUMNS, body),
      paragraph(
        `Ban Chấp hành ${settings.branchName} xác nhận các thông tin trên đúng với hồ sơ đoàn viên đang ` +
          `quản lý và kính đề nghị ${settings.higherUnion} xem xét, giải quyết./.`,
      ),
    ],
    signature: chairSignature(settings),
    recipients: ['Như trên;', 'Lưu: VT, BCH.'],
  };
}
