/** The member page's change history in the chair's words, for the corrections of a joining date. */
import { describe, expect, it } from 'vitest';
import type { MemberDetail } from '../../main/members/contract';
import { auditRows } from '../../renderer/src/members/member/auditFormat';
import { translator } from './translator';

type Item = MemberDetail['audit'][number];
const at = '2026-02-05T03:00:00.000Z';
const item = (table: string, action: Item['action'], changes: Item['changes']): Item => ({
  at,
  actor: 'chutich',
  action,
  table,
  changes,
});

describe('audit rows of a corrected joining date', () => {
  it('names the moved and removed history entries and shows what a removed one held', async () => {
    const t = await translator('vi');
    const rows = auditRows(
      [
        item('member_movements', 'update', { on_date: ['2015-09-01', '2019-01-10'] }),
        item('member_group_history', 'delete', { group_id: [3, null], from_date: ['2015-09-01', null] }),
        item('member_salaries', 'update', { valid_from: ['2017-03-01', '2019-01-10'] }),
        item('member_salaries', 'delete', { amount: [5_850_000, null], valid_from: ['2015-09-01', null] }),
      ],
      new Map([[3, 'Tổ Văn phòng']]),
      t,
    );
    expect(rows.map((r) => [r.what, r.changes])).toEqual([
      ['Sửa ngày biến động', [{ label: 'Ngày', before: '01/09/2015', after: '10/01/2019' }]],
      [
        'Xóa một lần xếp tổ',
        [
          { label: 'Tổ công đoàn', before: null, after: 'Tổ Văn phòng' },
          { label: 'Từ ngày', before: null, after: '01/09/2015' },
        ],
      ],
      ['Sửa ngày áp dụng mức lương', [{ label: 'Từ ngày', before: '01/03/2017', after: '10/01/2019' }]],
      [
        'Xóa một mức lương',
        [
          { label: 'Mức lương', before: null, after: '5.850.000 đ' },
          { label: 'Từ ngày', before: null, after: '01/09/2015' },
        ],
      ],
    ]);
  });
});

describe('audit rows of a tổ trưởng', () => {
  it('says the member came to lead a tổ, or stopped, and names the tổ', async () => {
    const t = await translator('vi');
    const rows = auditRows(
      [
        item('union_groups', 'update', { group_id: [3, null] }),
        item('union_groups', 'update', { group_id: [null, 3] }),
      ],
      new Map([[3, 'Tổ Văn phòng']]),
      t,
    );
    expect(rows.map((r) => [r.what, r.changes])).toEqual([
      ['Thôi làm tổ trưởng', [{ label: 'Tổ công đoàn', before: null, after: 'Tổ Văn phòng' }]],
      ['Làm tổ trưởng', [{ label: 'Tổ công đoàn', before: null, after: 'Tổ Văn phòng' }]],
    ]);
  });
});
