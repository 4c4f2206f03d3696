import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testRouter } from '../ipc/testing';
import { testActor } from '../db/testing/temp-db';
import { MemberFields, type MemberFieldsInput } from './contract';
import { insertMemberRecords } from './records';
import { RESTATED_MEMBER_COLUMNS } from './audit-trail';
import { listMembers } from './search-index';

/** testActor's clock says 2026-02-05. */
const lan: MemberFieldsInput = {
  fullName: 'nguyễn  thị lan',
  dateOfBirth: '1990-04-12',
  gender: 'female',
  cccd: '001 190 012 345',
  phone: '+84 912 345 678',
  joinedOn: '2015-09-01',
  insuranceSalary: 5_850_000,
};

describe('member register', () => {
  let t: Awaited<ReturnType<typeof testRouter>>;
  let groupA: number;
  let groupB: number;
  beforeEach(async () => {
    t = await testRouter();
    groupA = (await t.api.groups.create({ name: 'Tổ Văn phòng' })).id;
    groupB = (await t.api.groups.create({ name: 'Tổ Kế toán' })).id;
  });
  afterEach(async () => {
    expect(t.errors).toEqual([]);
    await t.close();
  });

  /** The newest audit snapshot ("after") of a row. */
  async function lastAfter(table: 'members' | 'union_groups', rowId: number): Promise<Record<string, unknown>> {
    const { after_json } = await t.ctx.workspace.db
      .selectFrom('audit_log')
      .select('after_json')
      .where('table_name', '=', table)
      .where('row_id', '=', rowId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    return JSON.parse(after_json!) as Record<string, unknown>;
  }

  /** The tổ has no leader any more, the member lost the title, and the tổ's audit says so. */
  async function expectSteppedDown(groupId: number, memberId: number) {
    expect((await t.api.groups.list()).find((g) => g.id === groupId)?.leaderName).toBeNull();
    expect((await t.api.members.get({ id: memberId })).fields.unionPosition).toBeNull();
    expect(await lastAfter('union_groups', groupId)).toEqual({ leader_member_id: null });
  }

  it('creates a member with cleaned fields, first movement, salary and tổ history, audited', async () => {
    const { id } = await t.api.members.create({ fields: { ...lan, groupId: groupA }, decisionNumber: '12/QĐ-CĐ' });
    const detail = await t.api.members.get({ id });
    expect(detail.fields).toMatchObject({
      fullName: 'nguyễn thị lan', // names are stored as typed (NFC, spaces folded); import proper-cases ALL CAPS
      cccd: '001190012345',
      phone: '0912345678',
      ethnicity: 'Kinh',
      religion: 'Không',
      insuranceSalary: 5_850_000,
      groupId: groupA,
    });
    expect(detail.status).toBe('active');
    expect(detail.movements).toMatchObject([
      { kind: 'admitted', onDate: '2015-09-01', decisionNumber: '12/QĐ-CĐ', cancelled: false },
    ]);
    expect(detail.salaries).toEqual([{ validFrom: '2015-09-01', amount: 5_850_000, note: null }]);
    expect(detail.groupHistory).toEqual([{ fromDate: '2015-09-01', groupName: 'Tổ Văn phòng', note: null }]);
    // One audit row records the whole creation: the row, its salary and its first movement.
    expect(detail.audit.map((a) => [a.table, a.action])).toEqual([['members', 'insert']]);
    expect(detail.audit[0]!.changes).toMatchObject({
      cccd: [null, '001190012345'],
      insurance_salary: [null, 5_850_000],
      first_movement: [null, { kind: 'admitted', on_date: '2015-09-01', decision_number: '12/QĐ-CĐ' }],
    });
    // The stored snapshot keeps what was typed: no derived keys, no empty fields.
    const snapshot = await lastAfter('members', id);
    expect(snapshot).toMatchObject({ id, full_name: 'nguyễn thị lan', group_id: groupA, party_member: 0 });
    for (const key of ['search_key', 'name_sort_key', 'given_name', 'email', 'notes', 'created_at', 'updated_at']) {
      expect(snapshot).not.toHaveProperty(key);
    }
  });

  it('keeps a creation snapshot readable whatever the text holds: quotes, backslashes', async () => {
    const notes = 'Tổ "Văn phòng" cũ\\khu B, chuyển về năm 2015';
    const { id } = await t.api.members.create({ fields: { ...lan, notes, email: null } });
    const snapshot = await lastAfter('members', id);
    const row = await t.ctx.workspace.db
      .selectFrom('members')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const typed = Object.entries(row).filter(
      ([key, value]) =>
        value !== null &&
        // Derived keys and time stamps (the audit row has its own) are left out; the status is
        // the column's default, not a typed field.
        !RESTATED_MEMBER_COLUMNS.has(key) &&
        key !== 'status',
    );
    expect(snapshot).toEqual({
      ...Object.fromEntries(typed),
      insurance_salary: 5_850_000,
      first_movement: { kind: 'admitted', on_date: '2015-09-01', decision_number: null },
    });
    expect(row.notes).toBe(notes);
  });

  it('writes a batch of mixed first movements, each member with its own kind and decision, audited', async () => {
    const base = { ...lan, cccd: null, phone: null } as const;
    const fields = (fullName: string, groupId: number | null) =>
      MemberFields.parse({ ...base, fullName, groupId, insuranceSalary: groupId ? 6_000_000 : null });
    const ids = await t.ctx.workspace.db.transaction().execute((trx) =>
      insertMemberRecords(trx, testActor, [
        { fields: fields('Lê Văn An', groupA), entry: 'admitted' },
        { fields: fields('Phạm Thị Bình', null), entry: 'transferred_in', decisionNumber: '7/QĐ-LĐLĐ' },
        { fields: fields('Hoàng Văn Cường', groupB), entry: 'admitted' },
      ]),
    );
    const movements = await Promise.all(ids.map(async (id) => (await t.api.members.get({ id })).movements));
    expect(movements.map((m) => m.map((x) => [x.kind, x.decisionNumber]))).toEqual([
      [['admitted', null]],
      [['transferred_in', '7/QĐ-LĐLĐ']],
      [['admitted', null]],
    ]);
    const details = await Promise.all(ids.map((id) => t.api.members.get({ id })));
    expect(details.map((d) => d.groupHistory.map((g) => g.groupName))).toEqual([['Tổ Văn phòng'], [], ['Tổ Kế toán']]);
    expect(details.map((d) => d.audit[0]!.changes.first_movement?.[1])).toEqual([
      { kind: 'admitted', on_date: '2015-09-01', decision_number: null },
      { kind: 'transferred_in', on_date: '2015-09-01', decision_number: '7/QĐ-LĐLĐ' },
      { kind: 'admitted', on_date: '2015-09-01', decision_number: null },
    ]);
    expect(details.map((d) => d.audit[0]!.changes.insurance_salary?.[1] ?? null)).toEqual([6_000_000, null, 6_000_000]);
  });

  it('records in each creation snapshot a column that only later rows of the batch fill', async () => {
    const fields = (fullName: string, email: string | null) =>
      MemberFields.parse({ ...lan, fullName, cccd: null, email, groupId: email ? groupA : null });
    const ids = await t.ctx.workspace.db.transaction().execute((trx) =>
      insertMemberRecords(trx, testActor, [
        { fields: fields('Lê Văn An', null), entry: 'admitted' },
        { fields: fields('Phạm Thị Bình', 'binh@truong.edu.vn'), entry: 'admitted' },
      ]),
    );
    const [first, second] = await Promise.all(ids.map((id) => lastAfter('members', id)));
    expect(first).not.toHaveProperty('email');
    expect(first).not.toHaveProperty('group_id');
    expect(second).toMatchObject({ email: 'binh@truong.edu.vn', group_id: groupA });
  });

  it.each([
    [{ cccd: '12345' }, 'fields.cccd', 'Số CCCD phải gồm đúng 12 chữ số'],
    [
      { phone: '12345' },
      'fields.phone',
      'Số điện thoại phải bắt đầu bằng 0: di động 10 chữ số (ví dụ 0912 345 678), cố định 11 chữ số (ví dụ 024 3825 1234)',
    ],
    [{ email: 'lan@' }, 'fields.email', 'Email không đúng định dạng (ví dụ ten@coquan.gov.vn)'],
    [{ fullName: '  ' }, 'fields.fullName', 'Nhập họ và tên đoàn viên'],
    [{ fullName: 'Lan'.repeat(34) }, 'fields.fullName', 'Tối đa 100 ký tự'],
    [{ notes: 'x'.repeat(1001) }, 'fields.notes', 'Tối đa 1000 ký tự'],
    [{ cardNumber: '1', cardIssuedOn: '2016-02-30' }, 'fields.cardIssuedOn', 'Ngày không hợp lệ (dd/mm/yyyy)'],
    [
      { phone: '0212345678' },
      'fields.phone',
      'Số điện thoại phải bắt đầu bằng 0: di động 10 chữ số (ví dụ 0912 345 678), cố định 11 chữ số (ví dụ 024 3825 1234)',
    ],
    [
      { phone: '+84 12 345 678' },
      'fields.phone',
      'Số điện thoại phải bắt đầu bằng 0: di động 10 chữ số (ví dụ 0912 345 678), cố định 11 chữ số (ví dụ 024 3825 1234)',
    ],
    [{ dateOfBirth: '1990-02-30' }, 'fields.dateOfBirth', 'Nhập ngày sinh (dd/mm/yyyy)'],
    [{ dateOfBirth: null }, 'fields.dateOfBirth', 'Nhập ngày sinh (dd/mm/yyyy)'],
    [{ joinedOn: null }, 'fields.joinedOn', 'Nhập ngày vào công đoàn (dd/mm/yyyy)'],
    [{ gender: 'x' }, 'fields.gender', 'Chọn giới tính (Nam hoặc Nữ)'],
    [{ dateOfBirth: '2027-01-01' }, 'fields.dateOfBirth', 'Ngày sinh không được sau ngày hôm nay.'],
    [{ dateOfBirth: '1890-01-01' }, 'fields.dateOfBirth', 'Ngày sinh 01/01/1890 không hợp lý; kiểm tra lại năm sinh.'],
    [{ dateOfBirth: '2012-01-01', joinedOn: '2026-01-01' }, 'fields.dateOfBirth', 'Đoàn viên phải từ đủ 15 tuổi.'],
    [{ joinedOn: '2004-04-11' }, 'fields.joinedOn', 'Ngày vào công đoàn phải sau ngày đủ 15 tuổi (sinh 12/04/1990).'],
    [{ joinedOn: '2026-03-01' }, 'fields.joinedOn', 'Ngày vào công đoàn không được sau ngày hôm nay.'],
    [
      { cardNumber: '0100012', cardIssuedOn: '2014-01-01' },
      'fields.cardIssuedOn',
      'Ngày cấp thẻ phải từ ngày vào công đoàn trở đi.',
    ],
    [{ cardIssuedOn: '2016-01-01' }, 'fields.cardNumber', 'Có ngày cấp thẻ thì cần nhập số thẻ đoàn viên.'],
    [{ partyJoinedOn: '2016-01-01' }, 'fields.partyJoinedOn', 'Chỉ nhập ngày vào Đảng khi đoàn viên là đảng viên.'],
    [
      { partyMember: true, partyJoinedOn: '2007-01-01' },
      'fields.partyJoinedOn',
      'Ngày vào Đảng phải sau ngày đủ 18 tuổi.',
    ],
    [{ insuranceSalary: -1 }, 'fields.insuranceSalary', 'Số tiền không được âm'],
    [{ insuranceSalary: 1.5 }, 'fields.insuranceSalary', 'Số tiền phải là số nguyên (đồng)'],
  ] as [Record<string, unknown>, string, string][])('rejects %j at %s: %s', async (change, field, message) => {
    const error = await t.api.members
      .create({ fields: { ...lan, ...change } as MemberFieldsInput })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VALIDATION', field, message });
    expect(await t.api.members.list({ status: 'all' })).toEqual([]);
  });

  it('takes mobile and landline numbers as people write them', async () => {
    const phones = ['024 3825 1234', '+84 24 3825 1234', '(0236) 3822 123', '84 912 345 678', '0912.345.678'];
    const stored = [];
    for (const [i, phone] of phones.entries()) {
      const { id } = await t.api.members.create({ fields: { ...lan, cccd: null, fullName: `Lê Văn ${i}`, phone } });
      stored.push((await t.api.members.get({ id })).fields.phone);
    }
    expect(stored).toEqual(['02438251234', '02438251234', '02363822123', '0912345678', '0912345678']);
  });

  it('keeps CCCD unique and names the member who has it', async () => {
    await t.api.members.create({ fields: lan });
    const error = await t.api.members
      .create({ fields: { ...lan, fullName: 'Trần Văn Bình', gender: 'male' } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'VALIDATION',
      field: 'fields.cccd',
      message: 'Số CCCD 001190012345 đã có ở đoàn viên nguyễn thị lan.',
    });
  });

  it('records a tổ change and a salary change as dated history', async () => {
    const { id } = await t.api.members.create({ fields: { ...lan, groupId: groupA } });
    const { fields } = await t.api.members.get({ id });
    await t.api.members.update({
      id,
      fields: { ...fields, groupId: groupB, insuranceSalary: 6_200_000 },
      changedOn: '2026-01-01',
    });
    const detail = await t.api.members.get({ id });
    expect(detail.groupHistory.map((h) => [h.fromDate, h.groupName])).toEqual([
      ['2015-09-01', 'Tổ Văn phòng'],
      ['2026-01-01', 'Tổ Kế toán'],
    ]);
    expect(detail.salaries.map((s) => [s.validFrom, s.amount])).toEqual([
      ['2015-09-01', 5_850_000],
      ['2026-01-01', 6_200_000],
    ]);
    expect(detail.audit[0]).toMatchObject({
      action: 'update',
      changes: { group_id: [groupA, groupB], insurance_salary: [5_850_000, 6_200_000] },
    });
  });

  it('records chuyển đi, shows it on the timeline, and undoes it by a correcting entry', async () => {
    const { id } = await t.api.members.create({ fields: lan });
    const moved = await t.api.members.recordMovement({
      memberId: id,
      kind: 'transferred_out',
      onDate: '2026-01-15',
      decisionNumber: '05/QĐ-UBND',
      place: 'Sở Tài chính',
      reason: 'Chuyển công tác',
    });
    expect(moved.status).toBe('transferred_out');
    expect(await t.api.members.list({})).toEqual([]);
    expect((await t.api.members.list({ status: 'transferred_out' })).map((m) => m.id)).toEqual([id]);

    const again = await t.api.members
      .recordMovement({ memberId: id, kind: 'left', onDate: '2026-01-20' })
      .catch((e: unknown) => e);
    expect(again).toMatchObject({
      code: 'VALIDATION',
      field: 'onDate',
      message: 'Không thể thôi sinh hoạt: đoàn viên đã chuyển đi.',
    });

    const undone = await t.api.members.cancelMovement({ movementId: moved.movements[1]!.id, note: 'Nhập nhầm người' });
    expect(undone.status).toBe('active');
    expect(undone.movements.map((m) => [m.kind, m.cancelled])).toEqual([
      ['admitted', false],
      ['transferred_out', true],
      ['correction', false],
    ]);
  });

  it('counts at a date from the movements, so earlier totals stay right after later changes', async () => {
    const a = (await t.api.members.create({ fields: lan })).id;
    await t.api.members.create({
      fields: { ...lan, fullName: 'Lê Văn Đức', gender: 'male', cccd: null, joinedOn: '2020-01-01', partyMember: true },
    });
    await t.api.members.recordMovement({ memberId: a, kind: 'left', onDate: '2026-01-31', reason: 'Nghỉ hưu' });
    expect(await t.api.members.countsAt({ date: '2019-12-31' })).toMatchObject({
      members: 1,
      female: 1,
      partyMembers: 0,
    });
    expect(await t.api.members.countsAt({ date: '2025-12-31' })).toMatchObject({
      members: 2,
      female: 1,
      partyMembers: 1,
    });
    expect(await t.api.members.countsAt({ date: '2026-02-01' })).toMatchObject({
      members: 1,
      female: 0,
      partyMembers: 1,
    });
  });

  it('counts a cancelled movement as never made, at dates before the correction too', async () => {
    const { id } = await t.api.members.create({ fields: lan });
    const moved = await t.api.members.recordMovement({ memberId: id, kind: 'transferred_out', onDate: '2025-12-15' });
    expect(await t.api.members.countsAt({ date: '2025-12-31' })).toMatchObject({ members: 0 });
    // Cancelled on 05/02/2026 (the test clock): "Nhập nhầm người" means she never left.
    await t.api.members.cancelMovement({ movementId: moved.movements[1]!.id, note: 'Nhập nhầm người' });
    expect(await t.api.members.countsAt({ date: '2025-12-31' })).toMatchObject({ members: 1, female: 1 });
    expect(await t.api.members.countsAt({ date: '2026-02-05' })).toMatchObject({ members: 1 });
  });

  it('a member who transferred in counts from the day of the transfer, not the day they joined', async () => {
    const input = { fields: { ...lan, joinedOn: '2010-03-01', groupId: groupA }, entry: 'transferred_in' as const };
    await expect(t.api.members.create({ ...input, enteredOn: '2009-12-31' })).rejects.toMatchObject({
      field: 'enteredOn',
      message: 'Ngày chuyển đến (31/12/2009) không được trước ngày vào công đoàn (01/03/2010).',
    });
    await expect(t.api.members.create({ ...input, enteredOn: '2026-03-01' })).rejects.toMatchObject({
      field: 'enteredOn',
      message: 'Ngày chuyển đến không được sau ngày hôm nay.',
    });
    const { id } = await t.api.members.create({ ...input, enteredOn: '2026-01-15' });
    expect(await t.api.members.countsAt({ date: '2025-12-31' })).toMatchObject({ members: 0 });
    expect(await t.api.members.countsAt({ date: '2026-01-31' })).toMatchObject({ members: 1 });
    const detail = await t.api.members.get({ id });
    expect(detail.fields.joinedOn).toBe('2010-03-01');
    expect(detail.movements.map((m) => [m.kind, m.onDate])).toEqual([['transferred_in', '2026-01-15']]);
    expect(detail.groupHistory.map((h) => h.fromDate)).toEqual(['2026-01-15']);
    expect(detail.salaries.map((s) => s.validFrom)).toEqual(['2026-01-15']);
    // A kết nạp starts on the joining date, whatever else is sent.
    const admitted = await t.api.members.create({
      fields: { ...lan, cccd: null, fullName: 'Lê Văn Đức', gender: 'male' },
      enteredOn: '2026-01-15',
    });
    expect((await t.api.members.get({ id: admitted.id })).movements[0]!.onDate).toBe(lan.joinedOn);
  });

  it('a corrected joining date moves the joining movement, first tổ and salary with it, audited', async () => {
    const { id } = await t.api.members.create({ fields: { ...lan, joinedOn: '2020-05-01', groupId: groupA } });
    expect(await t.api.members.countsAt({ date: '2019-12-31' })).toMatchObject({ members: 0 });
    const { fields } = await t.api.members.get({ id });
    await t.api.members.update({ id, fields: { ...fields, joinedOn: '2019-01-10' } });
    expect(await t.api.members.countsAt({ date: '2019-12-31' })).toMatchObject({ members: 1, female: 1 });
    const detail = await t.api.members.get({ id });
    expect(detail.movements.map((m) => [m.kind, m.onDate])).toEqual([['admitted', '2019-01-10']]);
    expect(detail.groupHistory.map((h) => h.fromDate)).toEqual(['2019-01-10']);
    expect(detail.salaries.map((s) => s.validFrom)).toEqual(['2019-01-10']);
    const moved = await t.ctx.workspace.db
      .selectFrom('audit_log')
      .select(['table_name', 'before_json', 'after_json'])
      .where('table_name', '=', 'member_movements')
      .where('action', '=', 'update')
      .execute();
    expect(moved).toEqual([
      {
        table_name: 'member_movements',
        before_json: `{"member_id":${id},"on_date":"2020-05-01"}`,
        after_json: `{"member_id":${id},"on_date":"2019-01-10"}`,
      },
    ]);

    // Not past the next movement: the joining would come after the chuyển đi.
    await t.api.members.recordMovement({ memberId: id, kind: 'transferred_out', onDate: '2025-12-15' });
    await expect(t.api.members.update({ id, fields: { ...fields, joinedOn: '2026-01-05' } })).rejects.toMatchObject({
      field: 'fields.joinedOn',
      message:
        'Ngày vào công đoàn không được sau ngày chuyển đi (15/12/2025). Nếu biến động đó ghi sai, hãy hủy nó trước.',
    });
    expect((await t.api.members.get({ id })).fields.joinedOn).toBe('2019-01-10');
  });

  it('a joining date corrected past a tổ or salary change starts both histories on the new date', async () => {
    const { id } = await t.api.members.create({ fields: { ...lan, groupId: groupA } }); // joined 2015-09-01
    const entered = (await t.api.members.get({ id })).fields;
    await t.api.members.update({
      id,
      fields: { ...entered, groupId: groupB, insuranceSalary: 6_200_000 },
      changedOn: '2017-03-01',
    });
    const changed = (await t.api.members.get({ id })).fields;
    // The real joining was in 2019: "Tổ Văn phòng from 2015" and the 2015 salary were never so.
    await t.api.members.update({ id, fields: { ...changed, joinedOn: '2019-01-10' } });
    let detail = await t.api.members.get({ id });
    expect(detail.groupHistory.map((h) => [h.fromDate, h.groupName])).toEqual([['2019-01-10', 'Tổ Kế toán']]);
    expect(detail.salaries.map((s) => [s.validFrom, s.amount])).toEqual([['2019-01-10', 6_200_000]]);
    expect(detail.fields).toMatchObject({ groupId: groupB, insuranceSalary: 6_200_000 });
    // Each step is on the member's page: the rows removed (with what they held) and moved.
    const history = detail.audit.filter((a) => a.table !== 'members' && a.action !== 'insert');
    expect(history.map((a) => [a.table, a.action, a.changes])).toEqual([
      ['member_salaries', 'update', { valid_from: ['2017-03-01', '2019-01-10'] }],
      ['member_salaries', 'delete', { amount: [5_850_000, null], valid_from: ['2015-09-01', null] }],
      ['member_group_history', 'update', { from_date: ['2017-03-01', '2019-01-10'] }],
      ['member_group_history', 'delete', { group_id: [groupA, null], from_date: ['2015-09-01', null] }],
      ['member_movements', 'update', { on_date: ['2015-09-01', '2019-01-10'] }],
    ]);

    // Moved back earlier, the first rows go with it; nothing else changes.
    await t.api.members.update({ id, fields: { ...detail.fields, joinedOn: '2018-06-01' } });
    detail = await t.api.members.get({ id });
    expect(detail.groupHistory.map((h) => h.fromDate)).toEqual(['2018-06-01']);
    expect(detail.salaries.map((s) => s.validFrom)).toEqual(['2018-06-01']);
    expect(await t.api.members.countsAt({ date: '2018-12-31' })).toMatchObject({ members: 1 });
  });

  it('answers the register and a member page at once while a long write (an import) holds the file', async () => {
    const { id } = await t.api.members.create({ fields: lan });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const importing = t.ctx.workspace.db.transaction().execute(async (trx) => {
      await trx.updateTable('members').set({ notes: 'đang nhập' }).execute();
      await gate;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Neither call waits for the write, and neither sees its uncommitted change.
    const [list, member] = await Promise.all([t.api.members.list({}), t.api.members.get({ id })]);
    expect(list.map((m) => m.id)).toEqual([id]);
    expect(member.fields.notes).toBeNull();
    release();
    await importing;
    expect((await t.api.members.get({ id })).fields.notes).toBe('đang nhập');
  });

  it('filters the register by gender, party, card, age band and status', async () => {
    await t.api.members.create({ fields: { ...lan, cardNumber: '0100012345', cardIssuedOn: '2016-01-01' } });
    await t.api.members.create({
      fields: {
        ...lan,
        fullName: 'Lê Văn Đức',
        gender: 'male',
        cccd: null,
        dateOfBirth: '1970-01-01',
        partyMember: true,
      },
    });
    const names = async (q: Parameters<typeof t.api.members.list>[0]) =>
      (await t.api.members.list(q)).map((m) => m.fullName);
    expect(await names({ gender: 'male' })).toEqual(['Lê Văn Đức']);
    expect(await names({ partyMember: true })).toEqual(['Lê Văn Đức']);
    expect(await names({ hasCard: true })).toEqual(['nguyễn thị lan']);
    expect(await names({ hasCard: false })).toEqual(['Lê Văn Đức']);
    expect(await names({ ageBand: '30to39' })).toEqual(['nguyễn thị lan']);
    expect(await names({ ageBand: '50plus' })).toEqual(['Lê Văn Đức']);
    expect(await names({ query: 'duc' })).toEqual(['Lê Văn Đức']);
    // Numbers as people write them: the register keeps bare digits.
    expect(await names({ query: '001.190.012.345' })).toEqual(['nguyễn thị lan']);
    expect(await names({ query: '0912-345-678' })).toEqual(['Lê Văn Đức', 'nguyễn thị lan']); // the same phone
    expect(await names({ query: '+84 912 345 678' })).toEqual(['Lê Văn Đức', 'nguyễn thị lan']);
    // A card number is kept as typed, and found with or without its dots and spaces.
    const { id } = await t.api.members.create({
      fields: { ...lan, cccd: null, phone: null, fullName: 'Trần Thị Mai', cardNumber: 'TĐ 79.012.345' },
    });
    expect((await t.api.members.get({ id })).fields.cardNumber).toBe('TĐ 79.012.345');
    for (const query of ['79.012.345', '79012345', '9012 345', 'td 7901'])
      expect(await names({ query }), query).toEqual(['Trần Thị Mai']);
  });

  it('the register list, kept in memory between calls, follows every change', async () => {
    const { id } = await t.api.members.create({ fields: { ...lan, groupId: groupA } });
    const row = async () => (await t.api.members.list({})).find((m) => m.id === id);
    expect(await row()).toMatchObject({ fullName: 'nguyễn thị lan', groupName: 'Tổ Văn phòng', jobTitle: null });
    await t.api.groups.rename({ id: groupA, name: 'Tổ Hành chính' });
    expect((await row())?.groupName).toBe('Tổ Hành chính');
    const { fields } = await t.api.members.get({ id });
    await t.api.members.update({ id, fields: { ...fields, jobTitle: 'Kế toán viên' }, changedOn: '2026-02-01' });
    expect((await row())?.jobTitle).toBe('Kế toán viên');
    await t.api.members.recordMovement({ memberId: id, kind: 'transferred_out', onDate: '2026-02-02' });
    expect(await row()).toBeUndefined();
    expect((await t.api.members.list({ status: 'all' })).find((m) => m.id === id)?.status).toBe('transferred_out');
  });

  it('the head of the list is its first rows under the same filters, with the full count', async () => {
    const women = ['Trần Thị An', 'Lê Thị Bình', 'Phạm Thị Cúc', 'Vũ Thị Dung'];
    for (const fullName of women) await t.api.members.create({ fields: { ...lan, fullName, cccd: null } });
    await t.api.members.create({ fields: { ...lan, fullName: 'Lê Văn Đức', gender: 'male', cccd: null } });
    const list = await t.api.members.list({ gender: 'female' });
    expect(list.map((m) => m.fullName)).toEqual(women); // already in tên order
    const head = await t.api.members.listHead({ gender: 'female', limit: 2 });
    expect(head).toEqual({ rows: list.slice(0, 2), total: 4 });
    expect(await t.api.members.listHead({ query: 'duc', limit: 60 })).toEqual({
      rows: await t.api.members.list({ query: 'duc' }),
      total: 1,
    });
    await expect(t.api.members.listHead({ limit: 0 })).rejects.toThrow();
  });

  it('a caller cannot change the rows the register list shares with the next caller', async () => {
    await t.api.members.create({ fields: lan });
    const [listed] = await listMembers(t.ctx.workspace.db, { status: 'current' }, '2026-02-05');
    expect(() => {
      (listed as { fullName: string }).fullName = 'Người khác';
    }).toThrow(TypeError);
    expect((await t.api.members.list({}))[0]!.fullName).toBe('nguyễn thị lan');
  });

  it('a tổ trưởng who leaves the branch stops leading the tổ; a tạm dừng does not', async () => {
    const a = (await t.api.members.create({ fields: { ...lan, groupId: groupA } })).id;
    await t.api.groups.setLeader({ id: groupA, memberId: a });
    await t.api.members.recordMovement({ memberId: a, kind: 'suspended', onDate: '2026-01-05', endDate: '2026-01-20' });
    expect((await t.api.groups.list()).find((g) => g.id === groupA)?.leaderName).toBe('nguyễn thị lan');
    await t.api.members.recordMovement({ memberId: a, kind: 'restored', onDate: '2026-01-20' });
    await t.api.members.recordMovement({
      memberId: a,
      kind: 'transferred_out',
      onDate: '2026-02-01',
      place: 'Sở Y tế',
    });
    await expectSteppedDown(groupA, a);

    // Cancelled as a mistake: the member leads the tổ again, title and all, audited.
    const leaving = (await t.api.members.get({ id: a })).movements.find((m) => m.kind === 'transferred_out')!;
    await t.api.members.cancelMovement({ movementId: leaving.id, note: 'Ghi nhầm' });
    expect((await t.api.groups.list()).find((g) => g.id === groupA)?.leaderName).toBe('nguyễn thị lan');
    expect((await t.api.members.get({ id: a })).fields.unionPosition).toBe('Tổ trưởng công đoàn');
    expect(await lastAfter('union_groups', groupA)).toEqual({ leader_member_id: a });
  });

  it('a cancelled departure does not take the tổ from a leader chosen in the meantime', async () => {
    const a = (await t.api.members.create({ fields: { ...lan, groupId: groupA } })).id;
    const b = (await t.api.members.create({ fields: { ...lan, fullName: 'Lê Văn Đức', cccd: null, groupId: groupA } }))
      .id;
    await t.api.groups.setLeader({ id: groupA, memberId: a });
    await t.api.members.recordMovement({ memberId: a, kind: 'left', onDate: '2026-02-01', reason: 'Nghỉ hưu' });
    await t.api.groups.setLeader({ id: groupA, memberId: b });
    const leaving = (await t.api.members.get({ id: a })).movements.find((m) => m.kind === 'left')!;
    await t.api.members.cancelMovement({ movementId: leaving.id, note: 'Ghi nhầm' });
    expect((await t.api.members.get({ id: a })).status).toBe('active');
    expect((await t.api.groups.list()).find((g) => g.id === groupA)?.leaderName).toBe('Lê Văn Đức');
    expect((await t.api.members.get({ id: a })).fields.unionPosition).toBeNull();
  });

  it('a cancelled re-admission takes the member out of the branch again, and out of leading the tổ', async () => {
    const a = (await t.api.members.create({ fields: { ...lan, groupId: groupA } })).id;
    await t.api.members.recordMovement({ memberId: a, kind: 'transferred_out', onDate: '2025-06-01' });
    await t.api.members.recordMovement({ memberId: a, kind: 'transferred_in', onDate: '2026-01-05' });
    await t.api.groups.setLeader({ id: groupA, memberId: a });
    const back = (await t.api.members.get({ id: a })).movements.find((m) => m.kind === 'transferred_in')!;
    await t.api.members.cancelMovement({ movementId: back.id, note: 'Ghi nhầm người' });
    expect((await t.api.members.get({ id: a })).status).toBe('transferred_out');
    await expectSteppedDown(groupA, a);
    // The correction keeps the tổ, as a departure does.
    const correction = await t.ctx.workspace.db
      .selectFrom('member_movements')
      .select('led_group_id')
      .where('corrects_id', '=', back.id)
      .executeTakeFirstOrThrow();
    expect(correction.led_group_id).toBe(groupA);
  });

  it('shows on the member’s page when they come to lead a tổ and when they stop, whatever other post they hold', async () => {
    const a = (await t.api.members.create({ fields: { ...lan, groupId: groupA, unionPosition: 'Ủy viên BCH' } })).id;
    const b = (
      await t.api.members.create({
        fields: { ...lan, cccd: null, fullName: 'Lê Văn Ba', gender: 'male', groupId: groupA },
      })
    ).id;
    await t.api.groups.setLeader({ id: groupA, memberId: a });
    await t.api.groups.setLeader({ id: groupA, memberId: a }); // the dialog saved as it opened: no line
    await t.api.groups.setLeader({ id: groupA, memberId: b });
    const { audit, groupNames } = await t.api.members.get({ id: a });
    const leading = audit.filter((item) => item.table === 'union_groups').map((item) => item.changes);
    expect(leading).toEqual([{ group_id: [groupA, null] }, { group_id: [null, groupA] }]);
    expect(groupNames[String(groupA)]).toBe('Tổ Văn phòng');
    expect((await t.api.members.get({ id: a })).fields.unionPosition).toBe('Ủy viên BCH');
  });

  it('writes nothing to the history when the form is saved unchanged', async () => {
    const { id } = await t.api.members.create({ fields: lan });
    const { fields, audit } = await t.api.members.get({ id });
    await t.api.members.update({ id, fields });
    expect((await t.api.members.get({ id })).audit).toHaveLength(audit.length);
    await t.api.members.update({ id, fields: { ...fields, notes: 'Chuyển công tác' } });
    expect((await t.api.members.get({ id })).audit).toHaveLength(audit.length + 1);
  });

  it('only a member still in the branch can be chosen tổ trưởng', async () => {
    const a = (await t.api.members.create({ fields: { ...lan, groupId: groupA } })).id;
    await t.api.members.recordMovement({ memberId: a, kind: 'left', onDate: '2026-02-01', reason: 'Nghỉ hưu' });
    await expect(t.api.groups.setLeader({ id: groupA, memberId: a })).rejects.toMatchObject({
      code: 'VALIDATION',
      field: 'memberId',
      message: 'nguyễn thị lan đã thôi sinh hoạt, không thể làm tổ trưởng. Chọn một đoàn viên đang sinh hoạt trong tổ.',
    });
    expect((await t.api.groups.list()).find((g) => g.id === groupA)?.leaderName).toBeNull();
  });

  it('dates a tổ or salary change between the member’s entry and today, never before the last change', async () => {
    const { id } = await t.api.members.create({ fields: { ...lan, groupId: groupA } });
    const groupC = (await t.api.groups.create({ name: 'Tổ Thư viện' })).id;
    const move = (onDate: string) => t.api.groups.moveMembers({ memberIds: [id], groupId: groupB, onDate });
    await expect(move('2010-01-01')).rejects.toMatchObject({
      code: 'VALIDATION',
      field: 'onDate',
      message:
        'nguyễn thị lan: Ngày thay đổi (01/01/2010) không được trước ngày vào công đoàn của đoàn viên (01/09/2015).',
    });
    await expect(move('2026-03-01')).rejects.toMatchObject({
      message: 'nguyễn thị lan: Ngày thay đổi (01/03/2026) không được sau ngày hôm nay.',
    });
    await move('2026-01-10');
    // Back to a date before that move: the history would no longer end in the member's tổ.
    await expect(
      t.api.groups.moveMembers({ memberIds: [id], groupId: groupC, onDate: '2025-06-01' }),
    ).rejects.toMatchObject({
      field: 'onDate',
      message:
        'nguyễn thị lan: Ngày thay đổi (01/06/2025) không được trước lần đổi tổ gần nhất (10/01/2026). Chọn ngày từ 10/01/2026 trở đi.',
    });
    await expect(
      t.api.groups.merge({ sourceId: groupB, targetId: groupC, onDate: '2025-06-01' }),
    ).rejects.toMatchObject({
      field: 'onDate',
    });

    // The salary: a change dated before the last one would leave the current salary wrong.
    const fields = (await t.api.members.get({ id })).fields;
    await t.api.members.update({ id, fields: { ...fields, insuranceSalary: 6_200_000 }, changedOn: '2026-01-01' });
    await expect(
      t.api.members.update({ id, fields: { ...fields, insuranceSalary: 7_000_000 }, changedOn: '2025-07-01' }),
    ).rejects.toMatchObject({
      field: 'changedOn',
      message:
        'Ngày thay đổi (01/07/2025) không được trước lần thay đổi lương gần nhất (01/01/2026). Chọn ngày từ 01/01/2026 trở đi.',
    });
    // The same day corrects that day's amount.
    await t.api.members.update({ id, fields: { ...fields, insuranceSalary: 6_300_000 }, changedOn: '2026-01-01' });
    expect((await t.api.members.get({ id })).fields.insuranceSalary).toBe(6_300_000);
  });

  it('keeps the joining date of a member who came by chuyển đến no later than their coming', async () => {
    const { id } = await t.api.members.create({
      fields: { ...lan, joinedOn: '2010-09-01' },
      entry: 'transferred_in',
      enteredOn: '2025-01-15',
    });
    const fields = (await t.api.members.get({ id })).fields;
    await expect(t.api.members.update({ id, fields: { ...fields, joinedOn: '2025-12-01' } })).rejects.toMatchObject({
      field: 'fields.joinedOn',
      message: 'Ngày vào công đoàn không được sau ngày chuyển đến (15/01/2025).',
    });
    expect((await t.api.members.countsAt({ date: '2025-06-30' })).members).toBe(1);
    await t.api.members.update({ id, fields: { ...fields, joinedOn: '2012-09-01' } });
    expect((await t.api.members.get({ id })).fields.joinedOn).toBe('2012-09-01');
  });

  it('puts members only in a tổ that exists and is not merged away', async () => {
    await t.api.groups.merge({ sourceId: groupB, targetId: groupA, onDate: '2026-01-15' });
    const merged = {
      code: 'VALIDATION',
      message: 'Tổ “Tổ Kế toán” đã được gộp vào tổ khác. Chọn một tổ đang hoạt động.',
    };
    await expect(t.api.members.create({ fields: { ...lan, groupId: groupB } })).rejects.toMatchObject({
      ...merged,
      field: 'fields.groupId',
    });
    const { id } = await t.api.members.create({ fields: { ...lan, groupId: groupA } });
    const fields = (await t.api.members.get({ id })).fields;
    await expect(t.api.members.update({ id, fields: { ...fields, groupId: groupB } })).rejects.toMatchObject({
      ...merged,
      field: 'fields.groupId',
    });
    await expect(t.api.members.update({ id, fields: { ...fields, groupId: 999 } })).rejects.toMatchObject({
      code: 'VALIDATION',
      field: 'fields.groupId',
    });
    await expect(
      t.api.groups.moveMembers({ memberIds: [id], groupId: groupB, onDate: '2026-02-01' }),
    ).rejects.toMatchObject({ ...merged, field: 'groupId' });
    const groupC = (await t.api.groups.create({ name: 'Tổ Thư viện' })).id;
    await expect(
      t.api.groups.merge({ sourceId: groupC, targetId: groupB, onDate: '2026-02-01' }),
    ).rejects.toMatchObject({
      ...merged,
      field: 'targetId',
    });
    // The merged tổ's name stays taken, and the message says why.
    await expect(t.api.groups.create({ name: 'tổ kế toán' })).rejects.toMatchObject({
      field: 'name',
      message: expect.stringContaining('là của một tổ đã được gộp vào tổ khác'),
    });
  });

  it('refuses a tạm dừng ending the day it starts and a decision dated in the future; only a tạm dừng has an end', async () => {
    const { id } = await t.api.members.create({ fields: lan });
    await expect(
      t.api.members.recordMovement({ memberId: id, kind: 'suspended', onDate: '2026-01-05', endDate: '2026-01-05' }),
    ).rejects.toMatchObject({ field: 'endDate', message: 'Ngày kết thúc tạm dừng phải sau ngày bắt đầu.' });
    await expect(
      t.api.members.recordMovement({ memberId: id, kind: 'left', onDate: '2026-01-05', decisionDate: '2026-03-01' }),
    ).rejects.toMatchObject({ field: 'decisionDate', message: 'Ngày quyết định không được sau ngày hôm nay.' });
    await t.api.members.recordMovement({ memberId: id, kind: 'left', onDate: '2026-01-05', endDate: '2020-01-01' });
    const left = (await t.api.members.get({ id })).movements.find((m) => m.kind === 'left')!;
    expect(left.endDate).toBeNull();
  });

  it('lists suspensions over by the date with no khôi phục recorded, for the dashboard', async () => {
    const create = async (fullName: string, cccd: string) =>
      (await t.api.members.create({ fields: { ...lan, fullName, cccd } })).id;
    const suspend = (memberId: number, endDate: string | null) =>
      t.api.members.recordMovement({ memberId, kind: 'suspended', onDate: '2025-10-01', endDate });
    const hoa = await create('Trần Thị Hoa', '001190000001');
    const an = await create('Lê Văn An', '001190000002');
    const binh = await create('Phạm Bình', '001190000003');
    const cuc = await create('Đỗ Thị Cúc', '001190000004');
    const dung = await create('Vũ Dũng', '001190000005');
    await suspend(hoa, '2026-01-31');
    await suspend(an, '2025-12-31');
    await suspend(binh, '2026-01-31');
    await t.api.members.recordMovement({ memberId: binh, kind: 'restored', onDate: '2026-02-01' });
    await suspend(cuc, '2026-03-31'); // not over yet
    await suspend(dung, null); // no end date: nothing to remind
    expect(await t.api.members.overdueSuspensions({ date: '2026-02-05' })).toEqual([
      { id: an, fullName: 'Lê Văn An', endDate: '2025-12-31' },
      { id: hoa, fullName: 'Trần Thị Hoa', endDate: '2026-01-31' },
    ]);
    // A suspension entered by mistake and cancelled is no suspension.
    const [entry] = (await t.api.members.get({ id: an })).movements.filter((m) => m.kind === 'suspended');
    await t.api.members.cancelMovement({ movementId: entry!.id, note: 'Ghi nhầm người' });
    expect((await t.api.members.overdueSuspensions({ date: '2026-02-05' })).map((m) => m.id)).toEqual([hoa]);
    // A khôi phục entered by mistake and cancelled leaves the suspension waiting again.
    const [restored] = (await t.api.members.get({ id: binh })).movements.filter((m) => m.kind === 'restored');
    await t.api.members.cancelMovement({ movementId: restored!.id, note: 'Chưa có quyết định' });
    expect((await t.api.members.overdueSuspensions({ date: '2026-02-05' })).map((m) => m.id)).toEqual([binh, hoa]);
  });

  it('merges a tổ without moving the members who had left it by the merge date', async () => {
    const create = async (fullName: string) =>
      (await t.api.members.create({ fields: { ...lan, fullName, cccd: null, groupId: groupA } })).id;
    const staying = await create('Lê Văn Đức');
    const retired = await create('Phạm Thị Hoa');
    const leavingLater = await create('Trần Văn Nam');
    const leavingThatDay = await create('Vũ Thị Lan');
    await t.api.members.recordMovement({ memberId: retired, kind: 'left', onDate: '2026-01-10', reason: 'Nghỉ hưu' });
    await t.api.members.recordMovement({ memberId: leavingLater, kind: 'transferred_out', onDate: '2026-02-03' });
    // A movement's date is the first day in its new status: out of the branch on the merge day.
    await t.api.members.recordMovement({ memberId: leavingThatDay, kind: 'transferred_out', onDate: '2026-02-01' });

    // Dated before the second one left: that member was still in the tổ when it was merged.
    await t.api.groups.merge({ sourceId: groupA, targetId: groupB, onDate: '2026-02-01' });
    const history = async (id: number) => (await t.api.members.get({ id })).groupHistory.map((h) => h.groupName);
    expect(await history(staying)).toEqual(['Tổ Văn phòng', 'Tổ Kế toán']);
    expect(await history(leavingLater)).toEqual(['Tổ Văn phòng', 'Tổ Kế toán']);
    // Who had left keeps the tổ they left from: no history in a tổ they never belonged to.
    expect(await history(retired)).toEqual(['Tổ Văn phòng']);
    expect(await history(leavingThatDay)).toEqual(['Tổ Văn phòng']);
    const detail = await t.api.members.get({ id: retired });
    expect(detail.fields.groupId).toBe(groupA);
    expect(detail.groupNames[groupA]).toBe('Tổ Văn phòng');
    expect(detail.audit.filter((item) => item.action === 'update' && item.changes.group_id)).toEqual([]);
  });

  it('puts a member who comes back after their tổ was merged away into the tổ it went into', async () => {
    const create = async (fullName: string) =>
      (await t.api.members.create({ fields: { ...lan, fullName, cccd: null, groupId: groupA } })).id;
    const readmitted = await create('Phạm Thị Hoa');
    const leftByMistake = await create('Trần Văn Nam');
    const backBeforeMerge = await create('Vũ Thị Lan');
    await t.api.members.recordMovement({ memberId: readmitted, kind: 'left', onDate: '2026-01-10' });
    await t.api.members.recordMovement({ memberId: backBeforeMerge, kind: 'left', onDate: '2026-01-10' });
    const mistaken = await t.api.members.recordMovement({
      memberId: leftByMistake,
      kind: 'left',
      onDate: '2026-01-12',
    });
    const groupC = (await t.api.groups.create({ name: 'Tổ Thư viện' })).id;
    // Two merges while they were out: A into B, then B into C.
    await t.api.groups.merge({ sourceId: groupA, targetId: groupB, onDate: '2026-02-01' });
    await t.api.groups.merge({ sourceId: groupB, targetId: groupC, onDate: '2026-02-02' });
    expect((await t.api.members.get({ id: readmitted })).fields.groupId).toBe(groupA);

    const back = await t.api.members.recordMovement({ memberId: readmitted, kind: 'admitted', onDate: '2026-02-04' });
    expect(back.fields.groupId).toBe(groupC);
    expect(back.groupHistory.map((h) => [h.fromDate, h.groupName])).toEqual([
      ['2015-09-01', 'Tổ Văn phòng'],
      ['2026-02-04', 'Tổ Thư viện'],
    ]);
    // Never left: in the tổ the merges made of theirs from the last merge on, not from today.
    const departure = mistaken.movements.find((m) => m.kind === 'left')!;
    const cancelled = await t.api.members.cancelMovement({ movementId: departure.id, note: 'Ghi nhầm người' });
    expect(cancelled.status).toBe('active');
    expect(cancelled.fields.groupId).toBe(groupC);
    expect(cancelled.groupHistory.map((h) => h.fromDate)).toEqual(['2015-09-01', '2026-02-02']);
    // A kết nạp recorded late, dated before the merges: in the new tổ from the merge on.
    const early = await t.api.members.recordMovement({
      memberId: backBeforeMerge,
      kind: 'admitted',
      onDate: '2026-01-20',
    });
    expect(early.fields.groupId).toBe(groupC);
    expect(early.groupHistory.map((h) => h.fromDate)).toEqual(['2015-09-01', '2026-02-02']);
    expect((await t.api.groups.list()).find((g) => g.id === groupC)).toMatchObject({ memberCount: 3 });
  });

  it('renames, sets tổ trưởng, moves members and merges tổ, keeping history', async () => {
    const a = (await t.api.members.create({ fields: { ...lan, groupId: groupA } })).id;
    expect((await t.api.groups.rename({ id: groupA, name: 'Tổ Hành chính' })).name).toBe('Tổ Hành chính');
    await expect(t.api.groups.create({ name: 'TỔ KẾ TOÁN' })).rejects.toMatchObject({
      field: 'name',
      message: 'Đã có tổ "Tổ Kế toán". Hãy đặt tên khác.',
    });
    await expect(t.api.groups.setLeader({ id: groupB, memberId: a })).rejects.toMatchObject({ field: 'memberId' });
    expect((await t.api.groups.setLeader({ id: groupA, memberId: a })).leaderName).toBe('nguyễn thị lan');
    expect((await t.api.members.get({ id: a })).fields.unionPosition).toBe('Tổ trưởng công đoàn');
    const b = (
      await t.api.members.create({
        fields: { ...lan, fullName: 'Lê Văn Đức', gender: 'male', cccd: null, groupId: groupA },
      })
    ).id;
    await t.api.groups.setLeader({ id: groupA, memberId: b });
    expect((await t.api.members.get({ id: a })).fields.unionPosition).toBeNull();
    expect((await t.api.members.get({ id: b })).fields.unionPosition).toBe('Tổ trưởng công đoàn');
    // A tổ trưởng moved to another tổ stops leading the old one, title and all, with an audit row.
    await t.api.groups.moveMembers({ memberIds: [b], groupId: groupB, onDate: '2026-02-01' });
    await expectSteppedDown(groupA, b);
    await t.api.groups.setLeader({ id: groupA, memberId: a });
    // The same when the member's form names another tổ.
    await t.api.groups.setLeader({ id: groupB, memberId: b });
    const { fields } = await t.api.members.get({ id: b });
    await t.api.members.update({ id: b, fields: { ...fields, groupId: groupA }, changedOn: '2026-02-01' });
    await expectSteppedDown(groupB, b);

    const merged = await t.api.groups.merge({ sourceId: groupA, targetId: groupB, onDate: '2026-02-01' });
    expect(merged).toMatchObject({ id: groupB, memberCount: 2, leaderName: null });
    expect((await t.api.groups.list()).map((g) => g.name)).toEqual(['Tổ Kế toán']);
    const detail = await t.api.members.get({ id: a });
    expect(detail.groupHistory.map((h) => h.groupName)).toEqual(['Tổ Hành chính', 'Tổ Kế toán']);
    // The change history still names the merged tổ, which groups.list no longer shows.
    const moves = detail.audit.filter((item) => item.changes.group_id);
    expect(moves.length).toBeGreaterThan(0);
    expect(detail.groupNames).toEqual({ [groupA]: 'Tổ Hành chính', [groupB]: 'Tổ Kế toán' });
  });
});
