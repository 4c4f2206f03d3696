/** "Phiếu đoàn viên": one member's record on one A4 page, for the file and for checking. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { FormalDocument } from '../../pdf/frame';
import { formatMoney } from '../../vi/money';
import type { MemberDetail, Movement } from '../contract';
import type { PrintedGroup } from './data';
import { STATUS_LABEL } from '../labels';
import { CARD_TYPE_LABEL, GENDER_LABEL } from '../labels';
import { groupTitle, MOVEMENT_LABEL } from './labels';
import { branchHeader, chairSignature, type PrintSettings } from './shell';
import { appendRows, dmy, registerTable, sttColumn, tableHeader, type Column } from './table';

// 11 pt rather than the 13–14 pt of running text: the sheet is a form (a table in the
// decree's terms, 10–12 pt), and a long-serving member's history must still fit one page.
const FORM_FONT_SIZE = 11;
const HISTORY_FONT_SIZE = 10;

/**
 * Table lines the histories may take so that one page still holds the signature under them.
 * A longer history prints its newest entries under a line counting the older ones: the sheet
 * sums a member up, the register keeps the whole history.
 */
const SALARY_LINES = 4;
const MOVEMENT_LINES = 7;

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

/**
 * A heading never ends a page without what it heads; the last section also goes to the next
 * page with the signature if they do not fit (the frame keeps an unbreakable last block).
 */
const section = (title: string, content: Content): Content => ({
  unbreakable: true,
  stack: [{ text: title, bold: true, fontSize: FORM_FONT_SIZE, margin: [0, 5, 0, 2] }, content],
});
const none: Content = { text: 'Chưa có thông tin.', italics: true, fontSize: FORM_FONT_SIZE, margin: [0, 0, 0, 4] };

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
      { header: 'Từ ngày', width: 52, align: 'center', value: (row: Salary[]) => dmy(row[k]?.validFrom ?? null) },
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

/** The newest items that fill `lines` lines of `perLine`, one line going to the count of the rest. */
function newest<T>(items: readonly T[], lines: number, perLine: number): { shown: readonly T[]; earlier: number } {
  if (items.length <= lines * perLine) return { shown: items, earlier: 0 };
  const shown = items.slice(-(lines - 1) * perLine);
  return { shown, earlier: items.length - shown.length };
}

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
  return clipped([m.reason, place, until, m.note].filter(Boolean).join('; '), MOVEMENT_TEXT_MAX);
}

/**
 * Free text on the one-page sheet is cut short, with "…": the sections are unbreakable blocks,
 * and pdfmake drops whatever an unbreakable block puts past a page, so no section may grow
 * taller than a page however long the notes in the register are (they stay whole there).
 */
const MOVEMENT_TEXT_MAX = 120;
const NOTES_MAX = 300;
const clipped = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

// Fixed columns just wide enough for their usual values at 10 pt ("Khôi phục sinh hoạt",
// "05/QĐ-CĐCS"), so that a reason with its end date ("Nghỉ ốm dài ngày; đến ngày 31/12/2025")
// stays on one line of "Nội dung".
const MOVEMENT_COLUMNS: readonly Column<Movement>[] = [
  { ...sttColumn(), width: 20 },
  { header: 'Ngày', width: 48, align: 'center', value: (m) => dmy(m.onDate) },
  { header: 'Biến động', width: 82, value: (m) => MOVEMENT_LABEL[m.kind] },
  { header: 'Số quyết định', width: 64, value: (m) => m.decisionNumber ?? '' },
  { header: 'Ngày QĐ', width: 48, align: 'center', value: (m) => dmy(m.decisionDate) },
  { header: 'Nội dung', width: '*', value: movementContent },
];

/** `earlier`: how many older entries are left out, said in an italic line above the newest. */
function historyTable<T>(
  columns: readonly Column<T>[],
  rows: readonly T[],
  earlier: { count: number; noun: string },
  firstNumber = 1,
): Content {
  const body = tableHeader(columns);
  if (earlier.count > 0) {
    const text = `… và ${earlier.count} ${earlier.noun} trước đó — xem đầy đủ trong sổ`;
    body.push([{ text, italics: true, colSpan: columns.length }, ...columns.slice(1).map(() => ({}))]);
  }
  appendRows(body, columns, rows, firstNumber);
  // Rows closer than in the lists: every point counts for the signature to stay on the page.
  return registerTable(columns, body, { fontSize: HISTORY_FONT_SIZE, rowPadding: 1, marginBottom: 4 });
}

export function memberProfileDocument(
  settings: PrintSettings,
  detail: MemberDetail,
  group: PrintedGroup | null,
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
  const salaries = newest(detail.salaries, SALARY_LINES, SALARIES_PER_ROW);
  const career = newest(movements, MOVEMENT_LINES, 1);
  return {
    header: branchHeader(settings, date),
    title: 'Phiếu đoàn viên',
    body: [
      section(
        'I. THÔNG TIN CÁ NHÂN',
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
      ),
      section(
        'II. THÔNG TIN CÔNG ĐOÀN',
        fieldGrid([
          // "Công đoàn bộ phận Khoa Hồi sức tích cực" would wrap in half a line. The label names
          // both kinds of group, the value says which one this is.
          ['Tổ/Bộ phận', group ? groupTitle(group) : ''],
          [
            ['Ngày vào công đoàn', dmy(f.joinedOn)],
            ['Tình trạng', STATUS_LABEL[detail.status]],
          ],
          [
            ['Chức vụ CĐ', f.unionPosition ?? ''],
            ['Đảng viên', party],
          ],
          [
            ['Số thẻ đoàn viên', card],
            ['Ngày cấp thẻ', dmy(f.cardIssuedOn)],
          ],
          [
            ['Loại thẻ', f.cardType ? CARD_TYPE_LABEL[f.cardType] : ''],
            ['Trạng thái thẻ', f.cardStatus ?? ''],
          ],
          ['Mã số đoàn viên', f.memberCode ?? ''],
          ['Ghi chú', clipped(f.notes ?? '', NOTES_MAX)],
        ]),
      ),
      section(
        'III. LƯƠNG LÀM CĂN CỨ ĐÓNG BẢO HIỂM XÃ HỘI',
        salaries.shown.length
          ? historyTable(SALARY_COLUMNS, inRowsOf(salaries.shown, SALARIES_PER_ROW), {
              count: salaries.earlier,
              noun: 'mức lương',
            })
          : none,
      ),
      section(
        'IV. QUÁ TRÌNH SINH HOẠT CÔNG ĐOÀN',
        career.shown.length
          ? historyTable(
              MOVEMENT_COLUMNS,
              career.shown,
              { count: career.earlier, noun: 'biến động' },
              career.earlier + 1,
            )
          : none,
      ),
    ],
    signature: chairSignature(settings),
  };
}
