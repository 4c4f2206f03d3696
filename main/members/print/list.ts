/** "Danh sách đoàn viên công đoàn": the whole branch grouped by tổ, or one tổ. */
import type { ContentTable, TableCell } from 'pdfmake/interfaces';
import { paragraph, type FormalDocument } from '../../pdf/frame';
import { isEthnicMinority } from '../derived';
import type { ListedMember, PrintedGroup } from './data';
import { groupTitle, NO_GROUP_LABEL, romanNumeral } from './labels';
import { branchHeader, chairSignature, type PrintSettings } from './shell';
import { appendRows, dmy, mark, registerTable, spanningRow, sttColumn, tableHeader, type Column } from './table';

// Landscape: eleven columns with names and job titles need the 728 pt of a landscape line; in
// portrait (468 pt) either names wrap on every row or columns the higher union reads (Dân tộc,
// Đảng viên, Số thẻ) would have to go. NĐ 30/2020 allows tables across the sheet.
//
// No "Tổ công đoàn" column: the whole-branch list is grouped under a heading row per tổ and a
// one-tổ list names the tổ in its title, so the column would repeat what is printed above it.
// CCCD, phone and address stay out (Nghị định 13/2023: this list circulates in the office).
const COLUMNS: readonly Column<ListedMember>[] = [
  sttColumn(),
  { header: 'Họ và tên', width: '*', value: (m) => m.fullName },
  { header: 'Ngày sinh', width: 54, align: 'center', value: (m) => dmy(m.dateOfBirth) },
  { header: 'Nam', group: 'Giới tính', width: 24, align: 'center', value: (m) => mark(m.gender === 'male') },
  { header: 'Nữ', group: 'Giới tính', width: 24, align: 'center', value: (m) => mark(m.gender === 'female') },
  { header: 'Dân tộc', width: 44, value: (m) => m.ethnicity },
  { header: 'Chức danh', width: '*', value: (m) => m.jobTitle ?? '' },
  { header: 'Ngày vào CĐ', width: 54, align: 'center', value: (m) => dmy(m.joinedOn) },
  { header: 'Đảng viên', width: 38, align: 'center', value: (m) => mark(m.partyMember) },
  { header: 'Số thẻ ĐV', width: 62, align: 'center', value: (m) => m.cardNumber ?? '' },
  // The free-text notes are not printed: they may hold anything (health, family matters).
  { header: 'Ghi chú', width: 100, value: remark },
];

function remark(m: ListedMember): string {
  if (!m.suspended) return m.unionPosition ?? '';
  return m.unionPosition ? `${m.unionPosition}; tạm dừng sinh hoạt` : 'Tạm dừng sinh hoạt';
}

interface Group {
  title: string;
  members: ListedMember[];
}

/** Tổ in the order their first member comes (the loader's tổ order), members without one last. */
function groupsOf(members: readonly ListedMember[]): Group[] {
  const byId = new Map<number | null, Group>();
  for (const m of members) {
    let group = byId.get(m.groupId);
    if (!group) {
      const title = m.group === null ? NO_GROUP_LABEL : groupTitle(m.group);
      byId.set(m.groupId, (group = { title, members: [] }));
    }
    group.members.push(m);
  }
  const ungrouped = byId.get(null);
  byId.delete(null);
  return ungrouped ? [...byId.values(), ungrouped] : [...byId.values()];
}

export interface ListTableOptions {
  /** One tổ's list: no heading rows, the tổ is in the title. */
  singleGroup?: boolean;
}

/**
 * The table body (header rows included) as pdfmake takes it; the benchmark renders the same
 * body with bare pdfmake to measure what the document frame costs on top.
 */
export function memberListTableBody(members: readonly ListedMember[], options: ListTableOptions = {}): TableCell[][] {
  const body = tableHeader(COLUMNS);
  if (options.singleGroup) {
    appendRows(body, COLUMNS, members);
    return body;
  }
  let next = 1;
  groupsOf(members).forEach((group, i) => {
    body.push(spanningRow(COLUMNS.length, romanNumeral(i + 1), `${group.title} (${group.members.length} đoàn viên)`));
    appendRows(body, COLUMNS, group.members, next);
    next += group.members.length;
  });
  return body;
}

export function memberListTable(members: readonly ListedMember[], options: ListTableOptions = {}): ContentTable {
  return registerTable(COLUMNS, memberListTableBody(members, options));
}

export interface ListSummary {
  total: number;
  female: number;
  partyMembers: number;
  ethnicMinority: number;
}

export function summarize(members: readonly ListedMember[]): ListSummary {
  const s: ListSummary = { total: members.length, female: 0, partyMembers: 0, ethnicMinority: 0 };
  for (const m of members) {
    if (m.gender === 'female') s.female++;
    if (m.partyMember) s.partyMembers++;
    if (isEthnicMinority(m.ethnicity)) s.ethnicMinority++;
  }
  return s;
}

export const summaryLine = (s: ListSummary): string =>
  `Tổng số: ${s.total} đoàn viên; trong đó nữ: ${s.female}, đảng viên: ${s.partyMembers}, ` +
  `dân tộc thiểu số: ${s.ethnicMinority}.`;

export interface MemberListOptions {
  /** Print one tổ; omitted: the whole branch grouped by tổ. */
  group?: PrintedGroup;
  /** ISO date of the document. */
  date: string;
}

export function memberListDocument(
  settings: PrintSettings,
  members: readonly ListedMember[],
  opts: MemberListOptions,
): FormalDocument {
  const singleGroup = opts.group !== undefined;
  return {
    orientation: 'landscape',
    header: branchHeader(settings, opts.date),
    title: 'Danh sách đoàn viên công đoàn',
    subject: opts.group ? groupTitle(opts.group) : settings.branchName,
    body: [memberListTable(members, { singleGroup }), paragraph(summaryLine(summarize(members)))],
    signature: chairSignature(settings),
  };
}
