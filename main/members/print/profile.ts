/** "Phiếu đoàn viên": one member's record on one A4 page, for the file and for checking. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { FormalDocument } from '../../pdf/frame';
import { formatMoney } from '../../vi/money';
import type { MemberDetail, Movement } from '../contract';
import { CARD_TYPE_LABEL, GENDER_LABEL, groupTitle, MOVEMENT_LABEL, STATUS_LABEL } from './labels';
import { branchHeader, chairSignature, type PrintSettings } from './shell';
import { appendRows, dmy, registerTable, sttColumn, tableHeader, type Column } from './table';

// 11 pt rather than the 13–14 pt of running text: the sheet is a form (a table in the
// decree's terms, 10–12 pt), and a long-serving member's history must still fit one page.
const FORM_FONT_SIZE = 11;
const HISTORY_FONT_SIZE = 10.5;

type Value = string | { text: string; bold: boolean };
type Field = [label: string, value: Value];

const cell = (value: Value, extra: object = {}): TableCell =>
  typeof value === 'string' ? { text: value, ...extra } : { ...value, ...extra };

/**
 * Label/value pairs in two columns; a pair alone on its line spans the whole width so long
 * values (job title, notes) do not wrap in half a page.
 */
function fieldGrid(rows: (Field | [Field, Field])[]): Content {
  const label = (text: string): TableCell => `${text}:`;
  const body: TableCell[][] = rows.map((row) => {
    if (typeof row[0] === 'string') {
      const [l, v] = row as Field;
      return [label(l), cell(v, { colSpan: 3 }), {}, {}];
    }
    const [[l1, v1], [l2, v2]] = row as [Field, Field];
    return [label(l1), cell(v1), label(l2), cell(v2)];
  });
  return {
    table: { widths: [108, '*', 84, '*'], body },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 0,
      paddingRight: () => 4,
      paddingTop: () => 1,
      paddingBottom: () => 1,
    },
    fontSize: FORM_FONT_SIZE,
  };
}

const section = (text: string): Content => ({ text, bold: true, fontSize: FORM_FONT_SIZE, margin: [0, 5, 0, 2] });
const none = (text: string): Content => ({ text, italics: true, fontSize: FORM_FONT_SIZE, margin: [0, 0, 0, 4] });

type Salary = MemberDetail['salaries'][number];

/**
 * Salary steps three to a row: a member of twenty years has a dozen of them (every change of
 * the base salary and every grade step), one per row would push the sheet onto a second page.
 */
const SALARIES_PER_ROW = 3;
const SALARY_COLUMNS: readonly Column<Salary[]>[] = Array.from(
  { length: SALARIES_PER_ROW },
  (_, k) =>
    [
      { header: 'Từ ngày', width: 58, align: 'center', value: (row: Salary[]) => dmy(row[k]?.validFrom ?? null) },
      {
        header: 'Mức lương',
        width: '*',
        align: 'right',
        value: (row: Salary[]) => {
          const s = row[k];
          return s ? formatMoney(s.amount) + (s.note ? ` (${s.note})` : '') : '';
        },
      },
    ] satisfies Column<Salary[]>[],
).flat();

function inRowsOf<T>(items: readonly T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}

function movementContent(m: Movement): string {
  const place = m.place
    ? m.kind === 'transferred_in'
      ? `từ ${m.place}`
      : m.kind === 'transferred_out'
        ? `đến ${m.place}`
        : m.place
    : null;
  const until = m.endDate ? `đến ngày ${dmy(m.endDate)}` : null;
  return [m.reason, place, until, m.note].filter(Boolean).join('; ');
}

const MOVEMENT_COLUMNS: readonly Column<Movement>[] = [
  sttColumn(),
  { header: 'Ngày', width: 54, align: 'center', value: (m) => dmy(m.onDate) },
  { header: 'Biến động', width: 88, value: (m) => MOVEMENT_LABEL[m.kind] },
  { header: 'Số quyết định', width: 70, value: (m) => m.decisionNumber ?? '' },
  { header: 'Ngày QĐ', width: 54, align: 'center', value: (m) => dmy(m.decisionDate) },
  { header: 'Nội dung', width: '*', value: movementContent },
];

function historyTable<T>(columns: readonly Column<T>[], rows: readonly T[]): Content {
  const body = tableHeader(columns);
  appendRows(body, columns, rows);
  return registerTable(columns, body, { fontSize: HISTORY_FONT_SIZE });
}

export function memberProfileDocument(
  settings: PrintSettings,
  detail: MemberDetail,
  groupName: string | null,
  date: string,
): FormalDocument {
  const f = detail.fields;
  const card = f.cardNumber ? f.cardNumber : 'Chưa được cấp thẻ';
  const party = f.partyMember ? (f.partyJoinedOn ? `Có, từ ${dmy(f.partyJoinedOn)}` : 'Có') : 'Không';
  // The sheet shows the record as it stands: movements undone by a correction, and the
  // corrections themselves, are audit history (on screen), not the member's career.
  const movements = detail.movements
    .filter((m) => !m.cancelled && m.kind !== 'correction')
    .sort((a, b) => a.onDate.localeCompare(b.onDate) || a.id - b.id);
  return {
    header: branchHeader(settings, date),
    title: 'Phiếu đoàn viên',
    body: [
      section('I. THÔNG TIN CÁ NHÂN'),
      fieldGrid([
        ['Họ và tên', { text: f.fullName, bold: true }],
        [
          ['Ngày sinh', dmy(f.dateOfBirth)],
          ['Giới tính', GENDER_LABEL[f.gender]],
        ],
        [
          ['Dân tộc', f.ethnicity],
          ['Tôn giáo', f.religion],
        ],
        [
          ['Số CCCD', f.cccd ?? ''],
          ['Điện thoại', f.phone ?? ''],
        ],
        // An e-mail address has no space to wrap at, so it gets the whole line.
        ['Email', f.email ?? ''],
        [
          ['Trình độ chuyên môn', f.education ?? ''],
          ['Chức danh', f.jobTitle ?? ''],
        ],
      ]),
      section('II. THÔNG TIN CÔNG ĐOÀN'),
      fieldGrid([
        [
          ['Tổ công đoàn', groupName ? groupTitle(groupName) : ''],
          ['Chức vụ CĐ', f.unionPosition ?? ''],
        ],
        [
          ['Ngày vào công đoàn', dmy(f.joinedOn)],
          ['Tình trạng', STATUS_LABEL[detail.status]],
        ],
        [
          ['Số thẻ đoàn viên', card],
          ['Ngày cấp thẻ', dmy(f.cardIssuedOn)],
        ],
        [
          ['Loại thẻ', f.cardType ? CARD_TYPE_LABEL[f.cardType] : ''],
          ['Trạng thái thẻ', f.cardStatus ?? ''],
        ],
        [
          ['Mã số đoàn viên', f.memberCode ?? ''],
          ['Đảng viên', party],
        ],
        ['Ghi chú', f.notes ?? ''],
      ]),
      section('III. LƯƠNG LÀM CĂN CỨ ĐÓNG BẢO HIỂM XÃ HỘI'),
      detail.salaries.length
        ? historyTable(SALARY_COLUMNS, inRowsOf(detail.salaries, SALARIES_PER_ROW))
        : none('Chưa có thông tin.'),
      section('IV. QUÁ TRÌNH SINH HOẠT CÔNG ĐOÀN'),
      movements.length ? historyTable(MOVEMENT_COLUMNS, movements) : none('Chưa có thông tin.'),
    ],
    signature: chairSignature(settings),
  };
}
