import { afterEach, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../../i18n/messages';
import type { MemberFields } from '../contract';
import type { MovementLike } from '../movements';
import type { Grid, RawCell } from './grid';
import { detectHeader } from './headers';
import { displayValues, planImport, type ImportAction } from './plan';
import { nameDobKey, type RegisterIndex, type RegisterMember } from './register';
import { readRows } from './rows';
import { fieldName, IMPORT_FIELD_LABELS, reportFieldName } from './fields';
import { shippedRuleBook } from '../../rules/testing';

const TODAY = '2026-02-05';
const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Điện thoại', 'Tổ', 'Ngày vào công đoàn'];

/** A full valid row; `patch` overrides cells by header. */
function row(patch: Partial<Record<(typeof HEADER)[number], RawCell>> = {}): RawCell[] {
  const base: Record<string, RawCell> = {
    STT: '1',
    'Họ và tên': 'Lê Văn An',
    'Ngày sinh': '01/02/1980',
    'Giới tính': 'Nam',
    'Số CCCD': '001080000001',
    'Điện thoại': '0912345678',
    Tổ: null,
    'Ngày vào công đoàn': '01/09/2005',
  };
  return HEADER.map((h) => (h in patch ? patch[h]! : base[h]!));
}

function grid(rows: RawCell[][], header = HEADER): Grid {
  const all = [header, ...rows];
  return { rows: all.map((cells, i) => ({ row: i + 1, cells })), width: header.length, date1904: false };
}

interface Existing {
  member: RegisterMember;
  fields: MemberFields;
  movements?: MovementLike[];
}

function register(
  members: Existing[] = [],
  groups: RegisterIndex['groups'] = [],
): {
  index: RegisterIndex;
  existing: Map<number, MemberFields>;
  movements: Map<number, MovementLike[]>;
} {
  const index: RegisterIndex = { byCccd: new Map(), byNameDob: new Map(), groups };
  for (const { member } of members) {
    if (member.cccd) index.byCccd.set(member.cccd, member);
    const key = nameDobKey(member.fullName, member.dateOfBirth!);
    index.byNameDob.set(key, [...(index.byNameDob.get(key) ?? []), member]);
  }
  return {
    index,
    existing: new Map(members.map((m) => [m.member.id, m.fields])),
    movements: new Map(members.map((m) => [m.member.id, m.movements ?? []])),
  };
}

function plan(rows: RawCell[][], reg = register(), actions?: Record<number, ImportAction>, header = HEADER) {
  const g = grid(rows, header);
  const layout = detectHeader(g);
  return planImport(readRows(g, layout.dataStart, layout.columns), reg.index, {
    today: TODAY,
    rules: shippedRuleBook(),
    existing: reg.existing,
    movements: reg.movements,
    actions,
  });
}

const fields = (patch: Partial<MemberFields> = {}): MemberFields => ({
  fullName: 'Lê Văn An',
  dateOfBirth: '1980-02-01',
  gender: 'male',
  ethnicity: 'Kinh',
  religion: 'Không',
  cccd: '001080000001',
  phone: '0912345678',
  email: null,
  education: null,
  jobTitle: null,
  unionPosition: null,
  groupId: null,
  joinedOn: '2005-09-01',
  memberCode: null,
  cardNumber: null,
  cardIssuedOn: null,
  cardType: null,
  cardStatus: null,
  partyMember: false,
  partyJoinedOn: null,
  insuranceSalary: null,
  notes: null,
  ...patch,
});

const an = (id = 7, patch: Partial<MemberFields> = {}): Existing => {
  const f = fields(patch);
  return {
    member: { id, fullName: f.fullName, cccd: f.cccd, dateOfBirth: f.dateOfBirth, status: 'active' },
    fields: f,
  };
};

describe('row validation, with messages that say how to fix', () => {
  it('accepts a clean row', () => {
    const p = plan([row()]);
    expect(p.errors).toEqual([]);
    expect(p.rows[0]).toMatchObject({ row: 2, status: 'valid', action: 'create', fields: fields() });
    expect(p.counts).toEqual({ rows: 1, valid: 1, errors: 0, create: 1, update: 0, skip: 0 });
  });

  it.each([
    [{ 'Họ và tên': null }, 'fullName', 'Thiếu họ và tên. Điền họ và tên vào dòng này, hoặc xóa dòng nếu thừa.'],
    [{ 'Ngày sinh': null }, 'dateOfBirth', 'Thiếu ngày sinh. Ghi ngày sinh dạng ngày/tháng/năm, ví dụ 05/02/1985.'],
    [{ 'Giới tính': null }, 'gender', 'Thiếu giới tính. Ghi “Nam” hoặc “Nữ” (hoặc đánh dấu X ở cột Nam / cột Nữ).'],
    [
      { 'Ngày vào công đoàn': null },
      'joinedOn',
      'Thiếu ngày vào công đoàn. Ghi ngày kết nạp dạng ngày/tháng/năm; nếu không rõ, xem quyết định kết nạp hoặc hỏi tổ trưởng.',
    ],
    [{ 'Số CCCD': '12345' }, 'cccd', 'Số CCCD phải gồm đúng 12 chữ số; ô đang ghi “12345”.'],
    [
      { 'Điện thoại': '12345' },
      'phone',
      'Số điện thoại phải bắt đầu bằng 0: di động 10 chữ số (ví dụ 0912 345 678), cố định 11 chữ số (ví dụ 024 3825 1234); ô đang ghi “12345”.',
    ],
    [{ 'Ngày sinh': '01/02/2030' }, 'dateOfBirth', 'Ngày sinh không được sau ngày hôm nay.'],
    [{ 'Ngày sinh': '01/02/1920' }, 'dateOfBirth', 'Ngày sinh 01/02/1920 không hợp lý; kiểm tra lại năm sinh.'],
    [{ 'Ngày sinh': '01/02/2015' }, 'dateOfBirth', 'Đoàn viên phải từ đủ 15 tuổi.'],
    [
      { 'Ngày vào công đoàn': '01/09/1990' },
      'joinedOn',
      'Ngày vào công đoàn phải sau ngày đủ 15 tuổi (sinh 01/02/1980).',
    ],
    [{ 'Ngày vào công đoàn': '01/09/2030' }, 'joinedOn', 'Ngày vào công đoàn không được sau ngày hôm nay.'],
    [{ 'Giới tính': 'K' }, 'gender', 'Giới tính “K” không rõ. Ghi “Nam” hoặc “Nữ”.'],
    [{ 'Họ và tên': 'Ab'.repeat(51) }, 'fullName', `Tối đa 100 ký tự; ô đang ghi “${'Ab'.repeat(51)}”.`],
  ])('%j → %s: %s', (patch, field, message) => {
    const p = plan([row(patch)]);
    // A child's birthday also makes the joining date too early; the first error is the cause.
    expect(p.errors[0]).toEqual({ row: 2, field, message });
    expect(p.rows[0]).toMatchObject({ status: 'error', fields: null });
    expect(p.counts).toMatchObject({ valid: 0, errors: 1, create: 0 });
  });

  it('checks e-mail, card and Party dates', () => {
    const header = [
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Ngày vào công đoàn',
      'Email',
      'Số thẻ',
      'Ngày cấp thẻ',
      'Đảng viên',
      'Ngày vào Đảng',
    ];
    const base = ['Lê Văn An', '01/02/1980', 'Nam', '01/09/2005'];
    const p = plan(
      [
        [...base, 'an@', null, null, null, null],
        [...base, null, null, '01/01/2000', null, null],
        [...base, null, 'CD1', '01/01/2000', null, null],
        [...base, null, null, null, 'không', '03/02/2010'],
        [...base, null, null, null, null, '03/02/1995'],
      ],
      undefined,
      undefined,
      header,
    );
    expect(p.errors).toEqual([
      { row: 2, field: 'email', message: 'Email không đúng định dạng (ví dụ ten@coquan.gov.vn); ô đang ghi “an@”.' },
      { row: 3, field: 'cardIssuedOn', message: 'Ngày cấp thẻ phải từ ngày vào công đoàn trở đi.' },
      { row: 3, field: 'cardNumber', message: 'Có ngày cấp thẻ thì cần nhập số thẻ đoàn viên.' },
      { row: 4, field: 'cardIssuedOn', message: 'Ngày cấp thẻ phải từ ngày vào công đoàn trở đi.' },
      { row: 5, field: 'partyJoinedOn', message: 'Chỉ nhập ngày vào Đảng khi đoàn viên là đảng viên.' },
      // A date of joining the Party with the "Đảng viên" cell blank means a Party member.
      { row: 6, field: 'partyJoinedOn', message: 'Ngày vào Đảng phải sau ngày đủ 18 tuổi.' },
    ]);
  });

  it('reads "Ngày chuyển đến" as a chuyển đến on that day, checked against the joining date and today', () => {
    const header = [...HEADER, 'Ngày chuyển đến'];
    const moved = (cccd: string, on: RawCell) => [...row({ 'Số CCCD': cccd }), on];
    const reg = register([an(7)]);
    const p = plan(
      [
        moved('001080000002', '15/03/2012'),
        moved('001080000003', null),
        moved('001080000004', '01/01/2000'),
        moved('001080000005', '01/03/2026'),
        moved('001080000006', '31/02/2012'),
        // Already in the register, unchanged: the import leaves their movement log as it is.
        moved('001080000001', '15/03/2012'),
      ],
      reg,
      undefined,
      header,
    );
    expect(p.rows.map((r) => [r.action, r.enteredOn])).toEqual([
      ['create', '2012-03-15'],
      ['create', null],
      ['create', null],
      ['create', null],
      ['create', null],
      ['skip', null],
    ]);
    expect(p.errors).toEqual([
      {
        row: 4,
        field: 'enteredOn',
        message: 'Ngày chuyển đến (01/01/2000) không được trước ngày vào công đoàn (01/09/2005).',
      },
      { row: 5, field: 'enteredOn', message: 'Ngày chuyển đến không được sau ngày hôm nay.' },
      { row: 6, field: 'enteredOn', message: expect.stringContaining('Ngày chuyển đến') },
    ]);
    expect(displayValues(p.rows[0]!).enteredOn).toBe('15/03/2012');
    // The register member's row is skipped as it is, and the chair is told the date is not kept.
    expect(p.notes).toEqual([
      {
        row: 7,
        field: 'enteredOn',
        message:
          'Ngày chuyển đến 15/03/2012 không được ghi: Lê Văn An đã có trong sổ, dòng này chỉ cập nhật thông tin. Nếu cần, ghi biến động “Chuyển đến” ở trang của đoàn viên.',
      },
    ]);
  });

  it('says nothing of a register member’s "Ngày chuyển đến" that the register already has', () => {
    const header = [...HEADER, 'Ngày chuyển đến'];
    const came = (id: number, kind: MovementLike['kind'], on: string): MovementLike => ({
      id,
      kind,
      on_date: on,
      corrects_id: null,
    });
    const reg = register([{ ...an(7), movements: [came(1, 'transferred_in', '2012-03-15')] }]);
    const same = plan([[...row(), '15/03/2012']], reg, undefined, header);
    expect(same.notes).toEqual([]);
    const other = plan([[...row({ 'Điện thoại': '0911111111' }), '16/03/2012']], reg, undefined, header);
    expect(other.rows[0]!.action).toBe('update');
    expect(other.notes.map((n) => n.row)).toEqual([2]);
  });

  it('imports a member listed with an old 9-digit CMND, keeping the number in Ghi chú and saying so', () => {
    const header = [...HEADER, 'Ghi chú'];
    const p = plan(
      [
        [...row({ 'Số CCCD': '123 456 789' }), null],
        [...row({ 'Họ và tên': 'Trần Thị Bình', 'Giới tính': 'Nữ', 'Số CCCD': 123456780 }), 'Tổ trưởng cũ'],
      ],
      register(),
      undefined,
      header,
    );
    expect(p.errors).toEqual([]);
    expect(p.rows.map((r) => [r.action, r.fields?.cccd, r.fields?.notes])).toEqual([
      ['create', null, 'CMND cũ: 123456789'],
      ['create', null, 'Tổ trưởng cũ; CMND cũ: 123456780'],
    ]);
    expect(p.notes[0]).toEqual({
      row: 2,
      field: 'cccd',
      message:
        'Số CMND cũ 123456789 (9 chữ số) không còn dùng từ 01/01/2025 nên không ghi vào ô Số CCCD mà ghi vào Ghi chú (“CMND cũ: 123456789”). Bổ sung số CCCD 12 chữ số ở trang của đoàn viên.',
    });
    // Its own export read back: the number is in Ghi chú already and is not added twice.
    const again = plan([[...row({ 'Số CCCD': '123456789' }), 'CMND cũ: 123456789']], register(), undefined, header);
    expect(again.rows[0]!.fields?.notes).toBe('CMND cũ: 123456789');
  });

  it('leaves a register member’s CCCD and notes alone when the file has their old CMND', () => {
    const withCccd = plan([row({ 'Số CCCD': '123456789', 'Điện thoại': '0911111111' })], register([an(7)]));
    expect(withCccd.rows[0]).toMatchObject({ action: 'update', fields: { cccd: '001080000001', notes: null } });
    expect(withCccd.notes.map((n) => n.message)).toEqual([
      'Số CMND cũ 123456789 (9 chữ số) không còn dùng từ 01/01/2025, không ghi vào sổ: đoàn viên đã có số CCCD 001080000001.',
    ]);
    const without = plan(
      [row({ 'Số CCCD': '123456789', 'Điện thoại': '0911111111' })],
      register([an(7, { cccd: null })]),
    );
    expect(without.rows[0]).toMatchObject({ action: 'update', fields: { cccd: null } });
    expect(without.notes[0]!.message).toMatch(/Đoàn viên chưa có số CCCD: bổ sung ở trang của đoàn viên\.$/);
    // A register member whose Ghi chú holds the number keeps it when the file's Ghi chú lacks it.
    const header = [...HEADER, 'Ghi chú'];
    const noted = register([an(7, { cccd: null, notes: 'Tổ trưởng cũ; CMND cũ: 123456789' })]);
    const again = plan(
      [[...row({ 'Số CCCD': '123456789', 'Điện thoại': '0911111111' }), 'Tổ trưởng cũ']],
      noted,
      undefined,
      header,
    );
    expect(again.rows[0]).toMatchObject({ action: 'update', fields: { notes: 'Tổ trưởng cũ; CMND cũ: 123456789' } });
  });

  it('compares a status column with the register and never writes it', () => {
    const header = [...HEADER, 'Trạng thái'];
    const person = (name: string, cccd: string, status: string) => [
      ...row({ 'Họ và tên': name, 'Số CCCD': cccd }),
      status,
    ];
    const fresh = plan(
      [
        person('Lê Văn Ba', '001080000003', 'Đang sinh hoạt'),
        person('Lê Văn Tư', '001080000004', 'Tạm dừng sinh hoạt'),
        person('Lê Văn Năm', '001080000005', 'Đã chuyển đi'),
        person('Lê Văn Sáu', '001080000006', 'Nghỉ thai sản'),
      ],
      register(),
      undefined,
      header,
    );
    expect(fresh.rows.map((r) => [r.row, r.status, r.action])).toEqual([
      [2, 'valid', 'create'],
      [3, 'valid', 'create'],
      [4, 'valid', 'skip'],
      [5, 'valid', 'create'],
    ]);
    expect(fresh.skipped).toEqual([
      { row: 4, reason: 'Đã chuyển đi: chỉ nhập vào sổ người đang sinh hoạt hoặc tạm dừng sinh hoạt' },
    ]);
    // A status in other words is said, not refused: the column is only compared.
    expect(fresh.errors).toEqual([]);
    expect(fresh.notes.map((n) => [n.row, n.field])).toEqual([
      [3, 'status'],
      [5, 'status'],
    ]);
    expect(fresh.notes[1]!.message).toMatch(/^Trạng thái “Nghỉ thai sản” không rõ nên không được đối chiếu với sổ\./);
    expect(fresh.notes.slice(0, 1)).toEqual([
      {
        row: 3,
        field: 'status',
        message:
          'Trạng thái “Tạm dừng sinh hoạt” chưa được ghi: đoàn viên vào sổ ở trạng thái đang sinh hoạt. Ghi biến động “Tạm dừng sinh hoạt” (ngày, quyết định) ở trang của đoàn viên.',
      },
    ]);
    expect(displayValues(fresh.rows[1]!).status).toBe('Tạm dừng sinh hoạt');

    // A register member the list says has left: the other changes are taken, the status is not.
    const known = plan(
      [[...row({ 'Điện thoại': '0911111111' }), 'Đã chuyển đi']],
      register([an(7)]),
      undefined,
      header,
    );
    expect(known.rows[0]).toMatchObject({ action: 'update', fields: { phone: '0911111111' } });
    expect(known.notes.map((n) => n.message)).toEqual([
      'Trạng thái trong tệp (“Đã chuyển đi”) khác trong sổ (“Đang sinh hoạt”) và không được ghi: trạng thái chỉ đổi bằng biến động (ngày, quyết định) ở trang của đoàn viên.',
    ]);
    const same = plan([[...row(), 'Đang sinh hoạt']], register([an(7)]), undefined, header);
    expect(same.notes).toEqual([]);
  });

  it('reads two "Nam" | "Nữ" columns with the birth date under one of them', () => {
    const header = ['Họ và tên', 'Nam', 'Nữ', 'Ngày vào công đoàn'];
    const p = plan(
      [
        ['Lê Văn An', '01/02/1980', null, '01/09/2005'],
        ['Trần Thị Bình', null, 31048, '01/09/2010'],
        ['Phạm Văn Cư', 'x', 'x', '01/09/2010'],
        ['Đỗ Thị Dung', null, '1985', '01/09/2010'],
      ],
      undefined,
      undefined,
      header,
    );
    expect(p.rows.map((r) => [r.fields?.gender, r.fields?.dateOfBirth])).toEqual([
      ['male', '1980-02-01'],
      ['female', '1985-01-01'],
      [undefined, undefined],
      [undefined, undefined],
    ]);
    expect(p.errors).toEqual([
      { row: 4, field: 'gender', message: 'Dòng này đánh dấu cả cột Nam và cột Nữ. Chỉ giữ một cột.' },
      {
        row: 4,
        field: 'dateOfBirth',
        message: 'Thiếu ngày sinh. Ghi ngày sinh dạng ngày/tháng/năm, ví dụ 05/02/1985.',
      },
      {
        row: 5,
        field: 'dateOfBirth',
        message: 'Ngày sinh chỉ có năm (1985). Hãy ghi đủ ngày/tháng/năm (dd/mm/yyyy), ví dụ 05/02/1985.',
      },
    ]);
    // The preview shows the birth date read, or as written when it could not be read.
    expect(p.rows.map((r) => displayValues(r).dateOfBirth)).toEqual(['01/02/1980', '01/01/1985', undefined, '1985']);
  });

  it('takes a lone "Nữ" column of X marks to mean everyone else is a man', () => {
    const header = ['Họ và tên', 'Ngày sinh', 'Nữ', 'Ngày vào công đoàn'];
    const p = plan(
      [
        ['Lê Văn An', '01/02/1980', null, '01/09/2005'],
        ['Trần Thị Bình', '01/02/1985', 'x', '01/09/2010'],
      ],
      undefined,
      undefined,
      header,
    );
    expect(p.rows.map((r) => r.fields?.gender)).toEqual(['male', 'female']);
  });

  it('joins "Họ đệm" and "Tên" and fixes their case', () => {
    const header = ['Họ đệm', 'Tên', 'Ngày sinh', 'Giới tính', 'Ngày vào công đoàn'];
    const p = plan([['NGUYỄN THỊ', 'HOA', '01/02/1985', 'Nữ', '01/09/2010']], undefined, undefined, header);
    expect(p.rows[0]!.fields?.fullName).toBe('Nguyễn Thị Hoa');
  });
});

describe('lines that are not members', () => {
  it('skips blank lines silently and reports totals, headings, column numbers and the signature block', () => {
    const p = plan([
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
      ['I. TỔ VĂN PHÒNG', 'I. TỔ VĂN PHÒNG', 'I. TỔ VĂN PHÒNG', 'I. TỔ VĂN PHÒNG'],
      row(),
      [],
      [null, null, null],
      row({ STT: '2', 'Họ và tên': 'Tô Văn Lâm', 'Số CCCD': '001080000002' }),
      row({ STT: '3', 'Họ và tên': 'Tống Thị Cúc', 'Giới tính': 'Nữ', 'Số CCCD': '001180000003' }),
      ['Cộng tổ Văn phòng', null, null, null, null, null, null, null],
      ['Tổng cộng', '3'],
      [null, null, null, null, null, 'Hà Nội, ngày 05 tháng 02 năm 2026'],
      [null, 'Người lập biểu', null, null, null, 'TM. BAN CHẤP HÀNH'],
      [null, 'Lê Thị Thu', null, null, null, 'Nguyễn Thị Hà'],
    ]);
    expect(p.skipped).toEqual([
      { row: 2, reason: 'Dòng đánh số thứ tự cột (1), (2), (3)…' },
      { row: 3, reason: 'Dòng tiêu đề nhóm (“I. TỔ VĂN PHÒNG”)' },
      { row: 9, reason: 'Dòng tổng cộng (“Cộng tổ Văn phòng”)' },
      { row: 10, reason: 'Dòng tổng cộng (“Tổng cộng”)' },
      { row: 11, reason: 'Dòng ngày tháng / ký tên cuối danh sách' },
      { row: 12, reason: 'Phần ký tên cuối danh sách' },
      { row: 13, reason: 'Phần ký tên cuối danh sách' },
    ]);
    expect(p.rows.map((r) => [r.row, r.fields?.fullName])).toEqual([
      [4, 'Lê Văn An'],
      [7, 'Tô Văn Lâm'],
      [8, 'Tống Thị Cúc'],
    ]);
    // The tổ heading names the tổ of the rows under it when the list has no tổ column entry.
    expect(p.newGroups).toEqual(['TỔ VĂN PHÒNG']);
  });

  it('reads 1 and 0 under "Nam" | "Nữ" as marks, and skips the total line that counts them', () => {
    const header = ['STT', 'Họ và tên', 'Nam', 'Nữ', 'Ngày sinh', 'Ngày vào công đoàn'];
    const p = plan(
      [
        [1, 'Lê Văn An', 1, 0, '01/02/1980', '01/09/2005'],
        [2, 'Trần Thị Bình', 0, 1, '03/04/1985', '01/09/2010'],
        [null, 'Tổng cộng', 1, 1, null, null],
      ],
      undefined,
      undefined,
      header,
    );
    expect(p.errors).toEqual([]);
    expect(p.rows.map((r) => [r.fields?.fullName, r.fields?.gender, r.fields?.dateOfBirth])).toEqual([
      ['Lê Văn An', 'male', '1980-02-01'],
      ['Trần Thị Bình', 'female', '1985-04-03'],
    ]);
    expect(p.skipped).toEqual([{ row: 4, reason: 'Dòng tổng cộng (“Tổng cộng”)' }]);
  });

  it('keeps a row with only a name as a member row with errors', () => {
    // "Thu Quỳnh" starts like "Thủ quỹ" of a signature block, but is a name.
    const p = plan([
      [null, 'Tô Văn Lâm'],
      [null, 'Thu Quỳnh'],
    ]);
    expect(p.skipped).toEqual([]);
    expect(p.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'dateOfBirth'],
      [2, 'gender'],
      [2, 'joinedOn'],
      [3, 'dateOfBirth'],
      [3, 'gender'],
      [3, 'joinedOn'],
    ]);
  });
});

describe('duplicates and actions', () => {
  it('skips a later row of the same person in the file (same CCCD, else same name and birthday)', () => {
    const p = plan([
      row(),
      row({ 'Họ và tên': 'LÊ VĂN AN' }),
      row({ 'Họ và tên': 'Trần Bình', 'Số CCCD': null }),
      row({ 'Họ và tên': 'Tran Binh', 'Số CCCD': null }),
      // Namesakes born the same day with different CCCDs are two people.
      row({ 'Họ và tên': 'Lê Văn An', 'Số CCCD': '001080000009' }),
    ]);
    expect(p.duplicates).toEqual([
      {
        row: 3,
        sameAsRow: 2,
        memberId: null,
        memberName: null,
        cccd: '001080000001',
        by: 'cccd',
        memberCccd: null,
        action: 'skip',
        identical: false,
      },
      {
        row: 5,
        sameAsRow: 4,
        memberId: null,
        memberName: null,
        cccd: null,
        by: 'nameAndBirth',
        memberCccd: null,
        action: 'skip',
        identical: false,
      },
    ]);
    expect(p.rows.map((r) => r.action)).toEqual(['create', 'skip', 'create', 'skip', 'create']);
    expect(p.skipped).toEqual([
      { row: 3, reason: 'Trùng với dòng 2 trong tệp' },
      { row: 5, reason: 'Trùng với dòng 4 trong tệp' },
    ]);
  });

  it('updates a register member found by CCCD, keeping what the file leaves blank', () => {
    const reg = register([an(7, { email: 'an@truong.edu.vn', phone: '0987654321' })]);
    const p = plan([row({ 'Điện thoại': null, 'Ngày vào công đoàn': '01/09/2006' })], reg);
    expect(p.duplicates).toEqual([
      {
        row: 2,
        sameAsRow: null,
        memberId: 7,
        memberName: 'Lê Văn An',
        cccd: '001080000001',
        by: 'cccd',
        memberCccd: '001080000001',
        action: 'update',
        identical: false,
      },
    ]);
    expect(p.rows[0]!.fields).toEqual(
      fields({ email: 'an@truong.edu.vn', phone: '0987654321', joinedOn: '2006-09-01' }),
    );
  });

  it('refuses at the row a corrected joining date after the member’s next movement', () => {
    const movements: MovementLike[] = [
      { id: 1, kind: 'admitted', on_date: '2005-09-01', corrects_id: null },
      { id: 2, kind: 'suspended', on_date: '2010-03-01', corrects_id: null },
    ];
    const reg = register([{ ...an(7, { phone: null }), movements }]);
    const late = plan([row({ 'Ngày vào công đoàn': '01/09/2011' })], reg);
    expect(late.errors).toEqual([
      {
        row: 2,
        field: 'joinedOn',
        message:
          'Ngày vào công đoàn không được sau ngày tạm dừng sinh hoạt (01/03/2010). Nếu biến động đó ghi sai, hãy hủy nó trước.',
      },
    ]);
    expect(late.counts).toMatchObject({ errors: 1, update: 0 });
    const earlier = plan([row({ 'Ngày vào công đoàn': '01/09/2004' })], reg);
    expect(earlier.errors).toEqual([]);
    expect(earlier.rows[0]).toMatchObject({ action: 'update', fields: { joinedOn: '2004-09-01' } });
  });

  it('updates a party member the file marks as not one, dropping the Party date with the mark', () => {
    const reg = register([an(7, { partyMember: true, partyJoinedOn: '2010-05-19' })]);
    const header = [...HEADER, 'Đảng viên'];
    const p = plan([[...row(), null]], reg, undefined, header);
    expect(p.errors).toEqual([]);
    expect(p.rows[0]!.fields).toMatchObject({ partyMember: false, partyJoinedOn: null });
  });

  it('skips a register member the file repeats unchanged', () => {
    const p = plan([row()], register([an()]));
    expect(p.duplicates[0]).toMatchObject({ memberId: 7, action: 'skip', identical: true });
    expect(p.skipped).toEqual([{ row: 2, reason: 'Đã có trong sổ, không có gì thay đổi: Lê Văn An' }]);
    expect(p.counts).toMatchObject({ valid: 1, skip: 1, create: 0, update: 0 });
  });

  it('finds a register member by name and birthday when the CCCDs do not disagree', () => {
    const noCccd = register([an(7, { cccd: null })]);
    expect(plan([row()], noCccd).duplicates[0]).toMatchObject({ memberId: 7, by: 'nameAndBirth', action: 'update' });
  });

  it('flags a register namesake born the same day under another CCCD, adding the row unless the chair says update', () => {
    const otherCccd = register([an(7, { cccd: '001080000099' })]);
    const p = plan([row()], otherCccd);
    expect(p.duplicates).toEqual([
      {
        row: 2,
        sameAsRow: null,
        memberId: 7,
        memberName: 'Lê Văn An',
        cccd: '001080000001',
        by: 'nameAndBirthOtherCccd',
        memberCccd: '001080000099',
        action: 'create',
        identical: false,
      },
    ]);
    expect(p.counts).toMatchObject({ valid: 1, create: 1, update: 0 });
    // The register's number was typed wrong: the member takes the file's number.
    const fixed = plan([row()], otherCccd, { 2: 'update' });
    expect(fixed.errors).toEqual([]);
    expect(fixed.rows[0]).toMatchObject({ action: 'update', memberId: 7, fields: { cccd: '001080000001' } });
    const left = plan([row()], otherCccd, { 2: 'skip' });
    expect(left.skipped).toEqual([{ row: 2, reason: 'Bỏ qua theo lựa chọn' }]);
  });

  it('follows the chair’s choices and explains the impossible ones', () => {
    const reg = register([an(7, { phone: '0987654321' })]);
    const rows = [
      row(),
      row({ 'Họ và tên': 'Trần Bình', 'Số CCCD': '001080000002' }),
      row({ 'Họ và tên': 'Lê Văn Ân' }),
    ];
    const p = plan(rows, reg, { 2: 'create', 3: 'update', 4: 'skip' });
    expect(p.errors).toEqual([
      {
        row: 2,
        field: 'cccd',
        message:
          'Số CCCD 001080000001 đã có ở đoàn viên Lê Văn An trong sổ. Chọn “Cập nhật vào sổ” hoặc “Bỏ qua” cho dòng này.',
      },
      {
        row: 3,
        field: 'fullName',
        message:
          'Không có đoàn viên nào trong sổ trùng với dòng này nên không thể cập nhật. Chọn “Thêm mới” hoặc “Bỏ qua”.',
      },
    ]);
    expect(p.skipped).toEqual([{ row: 4, reason: 'Bỏ qua theo lựa chọn' }]);
  });

  it('keeps the register’s spelling of a name its own export wrote in capitals, but takes a re-typed one', () => {
    const caps = register([an(7, { fullName: 'LÊ VĂN AN' })]);
    const back = plan([row({ 'Họ và tên': 'LÊ VĂN AN' })], caps);
    expect(back.duplicates[0]).toMatchObject({ memberId: 7, action: 'skip', identical: true });
    const corrected = plan([row({ 'Họ và tên': 'Lê Văn An' })], caps);
    expect(corrected.rows[0]).toMatchObject({ action: 'update', fields: { fullName: 'Lê Văn An' } });
    // A new member is written in proper case, whatever the register has.
    const other = plan([row({ 'Họ và tên': 'LÊ VĂN AN', 'Số CCCD': '001080000002' })], caps);
    expect(other.rows[0]).toMatchObject({ action: 'create', fields: { fullName: 'Lê Văn An' } });
  });

  it('lets only one row update a register member, so no row overwrites another’s changes', () => {
    const reg = register([an(7)]);
    const rows = [row({ 'Điện thoại': '0911111111' }), row({ 'Điện thoại': '0922222222' })];
    // By default the repeated row is skipped as the same person as row 2.
    expect(plan(rows, reg).rows.map((r) => r.action)).toEqual(['update', 'skip']);
    const p = plan(rows, reg, { 3: 'update' });
    expect(p.rows[0]).toMatchObject({ action: 'update', memberId: 7, fields: { phone: '0911111111' } });
    expect(p.errors).toEqual([
      {
        row: 3,
        field: 'cccd',
        message:
          'Dòng 2 trong tệp đã cập nhật đoàn viên Lê Văn An trong sổ. Mỗi đoàn viên chỉ được cập nhật từ một dòng: gộp hai dòng làm một, hoặc chọn “Bỏ qua” cho dòng này.',
      },
    ]);
    expect(p.counts).toMatchObject({ update: 1, errors: 1 });
  });

  it('refuses to create two members with one CCCD', () => {
    const p = plan([row(), row({ 'Họ và tên': 'Trần Bình' })], register(), { 3: 'create' });
    expect(p.errors).toEqual([
      {
        row: 3,
        field: 'cccd',
        message: 'Số CCCD 001080000001 trùng với dòng 2 trong tệp. Kiểm tra lại số CCCD của một trong hai người.',
      },
    ]);
  });
});

describe('tổ', () => {
  const groups = [
    { id: 1, name: 'Tổ Toán - Tin', archived: false },
    { id: 2, name: 'Tổ Thể dục', archived: true },
  ];

  it('matches existing tổ ignoring case and marks, and lists the new ones once', () => {
    const p = plan(
      [
        row({ Tổ: 'TỔ TOÁN - TIN' }),
        row({ 'Họ và tên': 'B', 'Số CCCD': '001080000002', Tổ: 'toan - tin' }),
        row({ 'Họ và tên': 'C', 'Số CCCD': '001080000003', Tổ: 'Tổ Hóa - Sinh' }),
        row({ 'Họ và tên': 'D', 'Số CCCD': '001080000004', Tổ: 'TỔ HÓA - SINH' }),
      ],
      register([], groups),
    );
    expect(p.rows.map((r) => [r.fields?.groupId, r.newGroup])).toEqual([
      [1, null],
      [1, null],
      [null, 'Tổ Hóa - Sinh'],
      [null, 'TỔ HÓA - SINH'],
    ]);
    expect(p.newGroups).toEqual(['Tổ Hóa - Sinh']);
    // The preview names a matched tổ as the register spells it and a new one as written.
    expect(p.rows.map((r) => displayValues(r).groupName)).toEqual([
      'Tổ Toán - Tin',
      'Tổ Toán - Tin',
      'Tổ Hóa - Sinh',
      'TỔ HÓA - SINH',
    ]);
  });

  it('refuses a tổ that was merged away', () => {
    const p = plan([row({ Tổ: 'Tổ thể dục' })], register([], groups));
    expect(p.errors).toEqual([
      {
        row: 2,
        field: 'groupName',
        message: 'Tổ “Tổ Thể dục” đã được gộp hoặc ngừng hoạt động. Ghi tên tổ hiện nay của đoàn viên.',
      },
    ]);
  });

  it('takes a merged tổ for a member who left from it before the merge: the register says the same', () => {
    const left = an(7, { groupId: 2 });
    const p = plan(
      [row({ Tổ: 'Tổ Thể dục' })],
      register([{ ...left, member: { ...left.member, status: 'left' } }], groups),
    );
    expect(p.errors).toEqual([]);
    expect(p.rows[0]).toMatchObject({ memberId: 7, action: 'skip' });
  });
});

describe('in English', () => {
  afterEach(() => setMessageLanguage('vi'));

  it('names fields and statuses in the UI’s language, and Vietnamese for the CLI', () => {
    setMessageLanguage('en');
    expect(fieldName('enteredOn')).toBe('Date transferred in');
    expect(IMPORT_FIELD_LABELS.status).toBe('Trạng thái sinh hoạt (để đối chiếu, không ghi vào sổ)');
    expect(reportFieldName('groupId')).toBe('Union group (tổ)');
    setMessageLanguage('vi');
    expect(fieldName('enteredOn')).toBe('Ngày chuyển đến');
  });

  it('gives the CLI one name per field for report lines, with the hint only where a field is chosen', () => {
    expect(IMPORT_FIELD_LABELS.gender).toBe('Giới tính (ghi Nam / Nữ)');
    expect(reportFieldName('gender')).toBe('Giới tính');
    // A tổ error names the member's groupId; another key is shown as it is rather than lost.
    expect(reportFieldName('groupId')).toBe('Tổ công đoàn');
    expect(reportFieldName('mapping')).toBe('mapping');
  });

  it('explains missing fields, double marks and headings in English', () => {
    setMessageLanguage('en');
    const header = ['Họ và tên', 'Nam', 'Nữ', 'Ngày vào công đoàn'];
    const p = plan(
      [
        ['II. TỔ BẢO VỆ', 'II. TỔ BẢO VỆ', 'II. TỔ BẢO VỆ', 'II. TỔ BẢO VỆ'],
        ['Phạm Văn Cư', 'x', 'x', '01/09/2010'],
        ['Đỗ Thị Dung', '05.02.85', null, null],
      ],
      undefined,
      undefined,
      header,
    );
    expect(p.skipped).toEqual([{ row: 2, reason: 'Section heading (“II. TỔ BẢO VỆ”)' }]);
    expect(p.errors.map((e) => [e.row, e.message])).toEqual([
      [3, 'This row is marked in both the “Nam” and the “Nữ” column. Keep the mark in one of them only.'],
      [3, 'The date of birth is missing. Write it as day/month/year, for example 05/02/1985.'],
      [
        4,
        'Date of birth “05.02.85” has a year of only 2 digits. Write the year with all 4 digits, for example 05/02/1985.',
      ],
      [
        4,
        'The date of joining the union is missing. Write the date of admission as day/month/year; if it is not known, look at the admission decision or ask the group leader.',
      ],
    ]);
    const nameless = plan([row({ 'Họ và tên': null, 'Giới tính': null })]);
    expect(nameless.errors.map((e) => e.message)).toEqual([
      'The full name is missing. Fill it in on this row, or delete the row if it should not be there.',
      'The gender is missing. Write “Nam” (male) or “Nữ” (female), or mark X in the “Nam” or the “Nữ” column.',
    ]);
  });

  it('says in English what becomes of an old CMND and a merged tổ', () => {
    setMessageLanguage('en');
    const withCccd = plan([row({ 'Số CCCD': '123456789', 'Điện thoại': '0911111111' })], register([an(7)]));
    expect(withCccd.notes.map((n) => n.message)).toEqual([
      'The old CMND number 123456789 (9 digits) has not been valid since 01/01/2025 and is not recorded: the member already has CCCD number 001080000001.',
    ]);
    const without = plan(
      [row({ 'Số CCCD': '123456789', 'Điện thoại': '0911111111' })],
      register([an(7, { cccd: null })]),
    );
    expect(without.notes.map((n) => n.message)).toEqual([
      'The old CMND number 123456789 (9 digits) has not been valid since 01/01/2025 and is not recorded. The member has no CCCD number yet: add it on the member’s page.',
    ]);
    const merged = plan([row({ Tổ: 'Tổ thể dục' })], register([], [{ id: 2, name: 'Tổ Thể dục', archived: true }]));
    expect(merged.errors.map((e) => e.message)).toEqual([
      'The union group “Tổ Thể dục” has been merged or closed. Write the member’s current union group.',
    ]);
  });
});
