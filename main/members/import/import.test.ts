import fs from 'node:fs';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cleanMemberRows,
  CLEAN_GROUPS,
  MESSY_EXPECT,
  MESSY_REGISTER,
  writeCleanMembersXlsx,
  writeMessyMembersXlsx,
} from '../../../tests/fixtures/messy-members';
import { ApiError } from '../../ipc/errors';
import { testRouter } from '../../ipc/testing';
import { JobCancelled } from '../../jobs/jobs';
import { setMessageLanguage } from '../../i18n/messages';
import { readImportFile } from './read';
import { commitImport, layoutOf } from './service';

type T = Awaited<ReturnType<typeof testRouter>>;

async function seedRegister(t: T) {
  const groups = new Map<string, number>();
  for (const name of MESSY_REGISTER.groups) groups.set(name, (await t.api.groups.create({ name })).id);
  const ids = new Map<string, number>();
  for (const { groupName, ...fields } of MESSY_REGISTER.members) {
    const { id } = await t.api.members.create({ fields: { ...fields, groupId: groups.get(groupName)! } });
    ids.set(fields.fullName, id);
  }
  return ids;
}

async function counts(t: T) {
  const db = t.ctx.workspace.db;
  const one = async (table: 'members' | 'union_groups' | 'audit_log' | 'member_movements') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    members: await one('members'),
    groups: await one('union_groups'),
    audit: await one('audit_log'),
    movements: await one('member_movements'),
  };
}

async function choose(t: T, file: string) {
  t.host.nextImport = file;
  const chosen = await t.api.members.importChoose();
  if (chosen.cancelled) throw new Error('cancelled');
  return chosen;
}

describe('importing the messy list through the router', () => {
  let t: T;
  let file: string;
  let registerIds: Map<string, number>;
  beforeEach(async () => {
    t = await testRouter();
    file = t.tmp.file('Danh sách ĐV 2026.xlsx');
    await writeMessyMembersXlsx(file);
    registerIds = await seedRegister(t);
  });
  afterEach(async () => {
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('finds the header, guesses the columns and leaves the unknown one to the chair', async () => {
    const chosen = await choose(t, file);
    expect(chosen.fileName).toBe('Danh sách ĐV 2026.xlsx');
    expect(chosen.headerRow).toBe(MESSY_EXPECT.headerRow);
    expect(chosen.columns.map((c) => c.field)).toEqual([
      null,
      'fullName',
      'genderMale',
      'genderFemale',
      'cccd',
      'phone',
      'ethnicity',
      'religion',
      'education',
      'jobTitle',
      null,
      'joinedOn',
      'cardNumber',
      'partyMember',
      'insuranceSalary',
      'notes',
    ]);
    expect(chosen.columns[MESSY_EXPECT.groupColumn]).toMatchObject({ letter: 'K', header: 'Đơn vị công tác' });
    expect(chosen.columns[2]!.header).toBe('Ngày tháng năm sinh / Nam');
    expect(chosen.sampleRows[0]).toMatchObject({ row: 8 });
    expect(chosen.sampleRows[0]!.cells.slice(0, 5)).toEqual(['1', 'Nguyễn Văn An', '15/03/1980', '', '001080012345']);
    // An Excel serial under the "Nữ" date column is shown as the date Excel shows, not 31048.
    expect(chosen.sampleRows[1]!.cells[3]).toBe('01/01/1985');
  });

  it('gives the columns and samples again when the chair corrects the header row', async () => {
    const chosen = await choose(t, file);
    // Row 8 is the first member: read as a header, its cells become the headings.
    const moved = await t.api.members.importLayout({ token: chosen.token, headerRow: 8 });
    expect(moved.headerRow).toBe(8);
    expect(moved.columns[1]).toMatchObject({ letter: 'B', header: 'Nguyễn Văn An', field: null });
    expect(moved.sampleRows[0]!.row).toBeGreaterThan(8);
    // Back to the detected row: the same layout as when the file was chosen.
    const { headerRow, columns, sampleRows } = chosen;
    expect(await t.api.members.importLayout({ token: chosen.token, headerRow: null })).toEqual({
      headerRow,
      columns,
      sampleRows,
    });
  });

  it('previews, then commits after the chair maps the tổ column', async () => {
    const chosen = await choose(t, file);
    const auto = chosen.columns.map((c) => ({ index: c.index, field: c.field }));
    const preview = await t.api.members.importPreview({ token: chosen.token, mapping: auto });
    expect(preview.headerRow).toBe(5);
    expect(preview.counts).toMatchObject({ valid: MESSY_EXPECT.valid, create: 5, update: 2, skip: 2, errors: 4 });
    expect(preview.errors.map((e) => ({ row: e.row, field: e.field }))).toEqual(MESSY_EXPECT.errors);
    expect(preview.skipped.map((s) => s.row)).toEqual(MESSY_EXPECT.skippedRows);
    expect(preview.duplicates.map((d) => [d.row, d.sameAsRow, d.memberName, d.cccd, d.action])).toEqual([
      // The register has her under a mistyped CCCD: flagged, added unless the chair says update.
      [9, null, 'Trần Thị Bích Ngọc', '001085001234', 'create'],
      [15, 8, null, '001080012345', 'skip'],
      [16, null, 'Đặng Thu Hà', '001188004321', 'update'],
      [17, null, 'Bùi Minh Đức', null, 'update'],
      [18, null, 'Ngô Thị Mai', '001192007777', 'skip'],
    ]);
    expect(preview.duplicates[2]!.memberId).toBe(registerIds.get('Đặng Thu Hà'));
    expect(preview.duplicates[0]).toMatchObject({ by: 'nameAndBirthOtherCccd', memberCccd: '001085009999' });
    expect(preview.newGroups).toEqual([]);
    expect(preview.missingFields).toEqual([]);
    expect(preview.rows.find((r) => r.row === 9)?.values).toMatchObject({
      fullName: 'Trần Thị Bích Ngọc',
      dateOfBirth: '01/01/1985',
      gender: 'Nữ',
      cccd: '001085001234',
      insuranceSalary: '5.850.000',
    });
    expect(preview.rows.find((r) => r.row === 13)).toMatchObject({
      status: 'error',
      values: { fullName: 'Hoàng Văn Dũng' },
    });

    // The chair maps "Đơn vị công tác" to the tổ.
    const mapping = auto.map((m) => (m.index === MESSY_EXPECT.groupColumn ? { ...m, field: 'groupName' as const } : m));
    const mapped = await t.api.members.importPreview({ token: chosen.token, mapping });
    expect(mapped.newGroups).toEqual(MESSY_EXPECT.withGroupColumn.newGroups);
    expect(mapped.counts).toMatchObject({ create: 5, update: 2, skip: 2 });
    // The preview follows the chair's choices, as the commit will.
    const choice = await t.api.members.importPreview({ token: chosen.token, mapping, actions: { '16': 'skip' } });
    expect(choice.counts).toMatchObject({ create: 5, update: 1, skip: 3 });
    expect(choice.duplicates.find((d) => d.row === 16)?.action).toBe('skip');

    const before = await counts(t);
    const { jobId } = await t.api.members.importCommit({ token: chosen.token, mapping });
    const job = await t.ctx.workspace.jobs.settled(jobId);
    expect(job).toMatchObject({ state: 'done', result: { created: 5, updated: 2, skipped: 6 } });
    expect(job.progress).toMatchObject({ done: 2, total: 2, phase: 'Đang cập nhật đoàn viên' });
    const after = await counts(t);
    expect(after.members - before.members).toBe(5);
    expect(after.groups - before.groups).toBe(1);

    const members = await t.api.members.list({});
    const byName = new Map(members.map((m) => [m.fullName, m]));
    for (const [row, expected] of Object.entries(MESSY_EXPECT.cleaned)) {
      const member = byName.get(expected.fullName);
      expect(member, `row ${row}`).toBeDefined();
      const detail = await t.api.members.get({ id: member!.id });
      expect(detail.fields, `row ${row}`).toMatchObject(expected);
    }
    expect(byName.get('Trịnh Quốc Bảo')!.groupName).toBe('Tổ Thể dục');
    expect(byName.get('Lê Văn Cường')!.groupName).toBe('Tổ Văn phòng');
    expect(members.filter((m) => m.fullName === 'Nguyễn Văn An')).toHaveLength(1);

    const ha = await t.api.members.get({ id: registerIds.get('Đặng Thu Hà')! });
    expect(ha.fields.phone).toBe('0987000111');
    expect(ha.audit[0]).toMatchObject({ action: 'update', changes: { phone: ['0987654321', '0987000111'] } });
    const duc = await t.api.members.get({ id: registerIds.get('Bùi Minh Đức')! });
    expect(duc.salaries.map((s) => s.amount)).toEqual([6_000_000, 6_500_000]);
    const mai = await t.api.members.get({ id: registerIds.get('Ngô Thị Mai')! });
    expect(mai.audit.map((a) => a.action)).toEqual(['insert']); // untouched
  });

  it('lets the chair choose create/update/skip per row', async () => {
    const chosen = await choose(t, file);
    const mapping = chosen.columns.map((c) => ({ index: c.index, field: c.field }));
    const { jobId } = await t.api.members.importCommit({
      token: chosen.token,
      mapping,
      actions: { '16': 'skip', '17': 'create' },
    });
    expect((await t.ctx.workspace.jobs.settled(jobId)).result).toEqual({ created: 6, updated: 0, skipped: 7 });
    const ducs = (await t.api.members.list({ query: 'bui minh duc' })).map((m) => m.fullName);
    expect(ducs).toEqual(['Bùi Minh Đức', 'Bùi Minh Đức']);
  });

  it('refuses a mapping without a name column or with a field twice', async () => {
    const chosen = await choose(t, file);
    const mapping = chosen.columns.map((c) => ({ index: c.index, field: c.field }));
    const noName = mapping.map((m) => (m.field === 'fullName' ? { ...m, field: null } : m));
    await expect(t.api.members.importPreview({ token: chosen.token, mapping: noName })).rejects.toThrow(
      'Chưa chọn cột Họ và tên',
    );
    const twice = mapping.map((m) => (m.index === 0 ? { ...m, field: 'notes' as const } : m));
    await expect(t.api.members.importCommit({ token: chosen.token, mapping: twice })).rejects.toThrow(
      'Hai cột cùng được ghép với “Ghi chú”',
    );
    await expect(t.api.members.importPreview({ token: 'nope', mapping })).rejects.toThrow('Phiên nhập tệp đã hết hạn');
  });

  it('reports a file it cannot read and a cancelled dialog', async () => {
    t.host.nextImport = null;
    expect(await t.api.members.importChoose()).toEqual({ cancelled: true });
    const bad = t.tmp.file('ds.xls');
    fs.writeFileSync(bad, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
    t.host.nextImport = bad;
    const err = await t.api.members.importChoose().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toContain('Không đọc được tệp "ds.xls": đây là tệp Excel 97-2003');
    t.host.nextImport = t.tmp.file('khong-co.xlsx');
    await expect(t.api.members.importChoose()).rejects.toThrow('không tìm thấy tệp');
  });

  it('shows the sample dates of an old Mac workbook (dates counted from 1904) as Excel shows them', async () => {
    const { default: excel } = await import('exceljs');
    const workbook = new excel.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('DS');
    sheet.addRow(['Họ và tên', 'Ngày sinh', 'Giới tính']);
    // 15/03/1980 counted from 01/01/1904: a bare number, as a column in General format keeps it.
    sheet.addRow(['Nguyễn Văn An', 27_833, 'Nam']);
    const mac = t.tmp.file('mac.xlsx');
    await workbook.xlsx.writeFile(mac);
    const chosen = await choose(t, mac);
    expect(chosen.sampleRows[0]!.cells).toEqual(['Nguyễn Văn An', '15/03/1980', 'Nam']);
  });
});

describe('all or nothing', () => {
  let t: T;
  beforeEach(async () => (t = await testRouter()));
  afterEach(() => t.close());

  async function cleanFile(n: number) {
    const file = t.tmp.file(`clean-${n}.xlsx`);
    await writeCleanMembersXlsx(file, cleanMemberRows(n));
    const grid = await readImportFile(file);
    const mapping = layoutOf(grid).columns.map((c) => ({ index: c.index, field: c.field }));
    return { file, grid, mapping };
  }

  it('leaves the file unchanged when a row fails in the middle of the commit', async () => {
    const rows = cleanMemberRows(900);
    const file = t.tmp.file('fails.xlsx');
    await writeCleanMembersXlsx(file, rows);
    const db = t.ctx.workspace.db;
    // A database error the checks cannot foresee, on a row well inside the third chunk.
    await sql`create trigger boom before insert on members when new.full_name = ${sql.lit(rows[650]!.fullName)}
      begin select raise(abort, 'ổ đĩa hỏng'); end`.execute(db);
    const before = await counts(t);
    const chosen = await choose(t, file);
    const { jobId } = await t.api.members.importCommit({
      token: chosen.token,
      mapping: chosen.columns.map((c) => ({ index: c.index, field: c.field })),
    });
    const job = await t.ctx.workspace.jobs.settled(jobId);
    expect(job.state).toBe('failed');
    expect(job.error).toContain('ổ đĩa hỏng');
    expect(job.progress.done).toBeGreaterThanOrEqual(400);
    expect(await counts(t)).toEqual(before);
  });

  it('leaves nothing behind when cancelled mid-import', async () => {
    const { grid, mapping } = await cleanFile(1200);
    const controller = new AbortController();
    const seen: number[] = [];
    const run = commitImport(t.ctx.workspace.db, t.ctx, grid, { mapping }, controller.signal, (p) => {
      seen.push(p.done);
      if (p.done >= 600) controller.abort();
    });
    await expect(run).rejects.toBeInstanceOf(JobCancelled);
    // Honoured at the first batch boundary after the request, well before the end.
    expect(Math.max(...seen)).toBeGreaterThanOrEqual(600);
    expect(Math.max(...seen)).toBeLessThan(1200);
    expect(await counts(t)).toEqual({ members: 0, groups: 0, audit: 0, movements: 0 });
  });

  it('cancels through jobs.cancel', async () => {
    const { file } = await cleanFile(2000);
    const chosen = await choose(t, file);
    const { jobId } = await t.api.members.importCommit({
      token: chosen.token,
      mapping: chosen.columns.map((c) => ({ index: c.index, field: c.field })),
    });
    while ((await t.api.jobs.get({ id: jobId })).progress.done < 200) await new Promise((r) => setTimeout(r, 2));
    await t.api.jobs.cancel({ id: jobId });
    const job = await t.ctx.workspace.jobs.settled(jobId);
    expect(job.state).toBe('cancelled');
    expect(job.error).toContain('không có dữ liệu nào bị thay đổi');
    expect(await counts(t)).toEqual({ members: 0, groups: 0, audit: 0, movements: 0 });
  });

  it('gives a register member the file’s CCCD when the chair says the namesake under another number is them', async () => {
    const [person] = cleanMemberRows(1);
    const { groupName: _unused, ...fields } = person!;
    // The register has the person under a mistyped number; the file has the right one.
    const { id } = await t.api.members.create({ fields: { ...fields, cccd: '001099999999' } });
    const file = t.tmp.file('sửa CCCD.xlsx');
    await writeCleanMembersXlsx(file, [person!]);
    const chosen = await choose(t, file);
    const mapping = chosen.columns.map((c) => ({ index: c.index, field: c.field }));
    const preview = await t.api.members.importPreview({ token: chosen.token, mapping });
    expect(preview.duplicates).toMatchObject([
      { row: 2, memberId: id, by: 'nameAndBirthOtherCccd', memberCccd: '001099999999', action: 'create' },
    ]);
    const { jobId } = await t.api.members.importCommit({ token: chosen.token, mapping, actions: { '2': 'update' } });
    expect((await t.ctx.workspace.jobs.settled(jobId)).result).toEqual({ created: 0, updated: 1, skipped: 0 });
    const member = await t.api.members.get({ id });
    expect(member.fields.cccd).toBe(person!.cccd);
    expect(member.audit[0]!.changes.cccd).toEqual(['001099999999', person!.cccd]);
    expect(await t.api.members.list({ status: 'all' })).toHaveLength(1);
  });

  it('reports at its row, instead of failing the whole import, a joining date moved past a later movement', async () => {
    const [a, b] = cleanMemberRows(2);
    const { groupName: _group, ...fields } = a!;
    const { id } = await t.api.members.create({ fields });
    await t.api.members.recordMovement({ memberId: id, kind: 'suspended', onDate: '2026-01-05' });
    const file = t.tmp.file('ngày vào muộn.xlsx');
    await writeCleanMembersXlsx(file, [{ ...a!, joinedOn: '2026-01-10' }, b!]);
    const chosen = await choose(t, file);
    const mapping = chosen.columns.map((c) => ({ index: c.index, field: c.field }));
    const preview = await t.api.members.importPreview({ token: chosen.token, mapping });
    expect(preview.errors).toEqual([
      {
        row: 2,
        field: 'joinedOn',
        message:
          'Ngày vào công đoàn không được sau ngày tạm dừng sinh hoạt (05/01/2026). Nếu biến động đó ghi sai, hãy hủy nó trước.',
      },
    ]);
    const { jobId } = await t.api.members.importCommit({ token: chosen.token, mapping });
    expect((await t.ctx.workspace.jobs.settled(jobId)).result).toEqual({ created: 1, updated: 0, skipped: 1 });
    expect((await t.api.members.get({ id })).fields.joinedOn).toBe(a!.joinedOn);
  });

  it('creates a new tổ once, from whichever batch first names it, and never for a row left out', async () => {
    const rows = cleanMemberRows(1200).map((r, i) =>
      i === 2
        ? { ...r, cccd: '12345', groupName: 'Tổ Chỉ Có Dòng Lỗi' }
        : i === 4 || i === 1100
          ? { ...r, groupName: 'Tổ Mới' }
          : r,
    );
    const file = t.tmp.file('groups.xlsx');
    await writeCleanMembersXlsx(file, rows);
    const grid = await readImportFile(file);
    const mapping = layoutOf(grid).columns.map((c) => ({ index: c.index, field: c.field }));
    const result = await commitImport(t.ctx.workspace.db, t.ctx, grid, { mapping }, new AbortController().signal);
    expect(result).toEqual({ created: 1199, updated: 0, skipped: 1 });
    const db = t.ctx.workspace.db;
    const groups = await db.selectFrom('union_groups').select(['id', 'name']).execute();
    expect(groups.map((g) => g.name)).not.toContain('Tổ Chỉ Có Dòng Lỗi');
    const created = groups.filter((g) => g.name === 'Tổ Mới');
    expect(created).toHaveLength(1);
    const members = await db.selectFrom('members').select('cccd').where('group_id', '=', created[0]!.id).execute();
    expect(members.map((m) => m.cccd).sort()).toEqual([rows[4]!.cccd, rows[1100]!.cccd].sort());
    const history = await db
      .selectFrom('member_group_history')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('group_id', '=', created[0]!.id)
      .executeTakeFirstOrThrow();
    expect(Number(history.n)).toBe(2);
  });

  it('imports 10,000 rows with their tổ, salaries and movements', async () => {
    const rows = cleanMemberRows(10_000);
    const { grid, mapping } = await cleanFile(10_000);
    const progress: number[] = [];
    const result = await commitImport(t.ctx.workspace.db, t.ctx, grid, { mapping }, new AbortController().signal, (p) =>
      progress.push(p.done),
    );
    expect(result).toEqual({ created: 10_000, updated: 0, skipped: 0 });
    // Progress moves in regular steps (at least every 10%) up to the last row.
    const steps = progress.filter((d) => d > 0);
    expect(steps.length).toBeGreaterThanOrEqual(10);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps.at(-1)).toBe(10_000);
    expect(Math.max(...steps.map((d, i) => d - (steps[i - 1] ?? 0)))).toBeLessThanOrEqual(1000);
    const db = t.ctx.workspace.db;
    const c = await counts(t);
    expect(c).toMatchObject({ members: 10_000, groups: CLEAN_GROUPS.length, movements: 10_000 });
    const salaries = await db
      .selectFrom('member_salaries')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(salaries.n)).toBe(10_000);
    const last = rows.at(-1)!;
    const stored = await db
      .selectFrom('members')
      .select(['full_name', 'cccd', 'date_of_birth', 'joined_on', 'card_number'])
      .where('cccd', '=', last.cccd)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      full_name: last.fullName,
      cccd: last.cccd,
      date_of_birth: last.dateOfBirth,
      joined_on: last.joinedOn,
      card_number: last.cardNumber,
    });
  });
});

describe('in English, when the window speaks English', () => {
  let t: T;
  beforeEach(async () => {
    t = await testRouter();
    setMessageLanguage('en');
  });
  afterEach(async () => {
    setMessageLanguage('vi');
    expect(t.errors).toEqual([]);
    await t.close();
  });

  /** An .xlsx with a header row and the given rows, chosen in the import dialog. */
  async function chooseRows(name: string, header: string[], rows: (string | number | null)[][]) {
    const { default: excel } = await import('exceljs');
    const workbook = new excel.Workbook();
    const sheet = workbook.addWorksheet('DS');
    sheet.addRow(header);
    for (const r of rows) sheet.addRow(r);
    const file = t.tmp.file(name);
    await workbook.xlsx.writeFile(file);
    return choose(t, file);
  }

  it('reports the messy list’s errors and skipped lines in English, and its progress while committing', async () => {
    await seedRegister(t);
    const chosen = await choose(t, await messyFile(t));
    const mapping = chosen.columns.map((c) => ({ index: c.index, field: c.field }));
    const preview = await t.api.members.importPreview({ token: chosen.token, mapping, actions: { '16': 'skip' } });
    const errors = new Map(preview.errors.map((e) => [e.row, e.message]));
    expect(errors.get(13)).toBe(
      'Date of birth “31/02/1982” is not a real date. Write it in the order day/month/year (dd/mm/yyyy), for example 05/02/1985, then import again.',
    );
    // The phone rule's own words belong to the member form; the import adds what the cell reads.
    expect(errors.get(14)).toMatch(/; the cell reads “12345”\.$/);
    expect(errors.get(20)).toBe(
      'Date of birth has only a year (1985). Write the full day/month/year (dd/mm/yyyy), for example 05/02/1985.',
    );
    expect(errors.get(21)).toBe(
      'Excel turned the CCCD number into exponent form (“1.23457E+11”) and its last digits are lost: format the column as Text, then type all 12 digits again.',
    );
    expect(preview.skipped).toEqual([
      { row: 7, reason: 'Line numbering the columns (1), (2), (3)…' },
      { row: 15, reason: 'Same person as row 8 of the file' },
      { row: 16, reason: 'Skipped by your choice' },
      { row: 18, reason: 'Already in the register, nothing to change: Ngô Thị Mai' },
      { row: 22, reason: 'Total line (“Tổng cộng: 13 đoàn viên”)' },
      { row: 24, reason: 'Date or signature line at the end of the list' },
      { row: 25, reason: 'Signature block at the end of the list' },
      { row: 26, reason: 'Signature block at the end of the list' },
      { row: 28, reason: 'Signature block at the end of the list' },
    ]);
    // The preview says coded values (gender, Party, card type, status) in the UI's language.
    expect(preview.rows.find((r) => r.row === 9)?.values.gender).toBe('Female');
    expect(preview.rows.find((r) => r.row === 8)?.values.gender).toBe('Male');

    const phases = new Set<string>();
    const grid = await readImportFile(await messyFile(t));
    await commitImport(t.ctx.workspace.db, t.ctx, grid, { mapping }, new AbortController().signal, (p) =>
      phases.add(p.phase),
    );
    expect([...phases]).toEqual(['Checking the data', 'Writing members', 'Updating members']);
  });

  it('says in English what rows it refuses, leaves out or imports with a note', async () => {
    const hung = {
      fullName: 'Đỗ Văn Hùng',
      dateOfBirth: '1975-05-05',
      gender: 'male' as const,
      cccd: '001075000001',
      joinedOn: '2000-09-01',
    };
    const lan = {
      fullName: 'Vũ Thị Lan',
      dateOfBirth: '1980-06-06',
      gender: 'female' as const,
      cccd: '001180000002',
      joinedOn: '2005-09-01',
    };
    for (const fields of [hung, lan]) await t.api.members.create({ fields });
    const header = [
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Số CCCD',
      'Ngày vào công đoàn',
      'Ngày chuyển đến',
      'Trạng thái',
    ];
    const chosen = await chooseRows('notes.xlsx', header, [
      /* 2 */ ['Lê Văn An', '01/02/1980', 'Nam', '012345678', '01/09/2005', null, null],
      /* 3 */ ['Trần Thị Bình', '02/03/1985', 'Nữ', '001185000003', '01/09/2010', null, 'Tạm dừng'],
      /* 4 */ ['Phạm Văn Cường', '03/04/1960', 'Nam', '001060000004', '01/09/1990', null, 'Nghỉ hưu'],
      /* 5 */ ['Hoàng Thị Dung', '04/05/1990', 'Nữ', '001190000005', '01/09/2015', null, 'Đang nghỉ phép'],
      /* 6 */ ['Đỗ Văn Hùng', '05/05/1975', 'Nam', '001075000001', '01/09/2000', '15/03/2012', 'Đã chuyển đi'],
      /* 7 */ ['Vũ Thị Lan', '06/06/1980', 'Không rõ', '001180000002', '01/09/2005', null, null],
      /* 8 */ ['Ngô Văn Em', '1985', 'Nam', null, null, null, null],
      /* 9 */ ['Lý Văn Phúc', '07/07/1991', 'Nam', '001180000002', '01/09/2016', null, null],
      /* 10 */ ['Mai Văn Quang', '08/08/1992', 'Nam', '001192000010', '01/09/2016', null, null],
      /* 11 */ ['Mai Văn Quý', '09/09/1993', 'Nam', '001192000010', '01/09/2016', null, null],
      /* 12 */ ['Trịnh Văn Sơn', '10/10/1994', 'Nam', '001094000012', '01/09/2017', null, null],
      /* 13 */ ['Vũ Thị Lan', '06/06/1980', 'Nữ', '001180000002', '01/09/2005', null, null],
      /* 14 */ ['Vũ Thị Lan', '06/06/1980', 'Nữ', '001180000002', '01/09/2005', null, null],
    ]);
    const mapping = chosen.columns.map((c) => ({ index: c.index, field: c.field }));
    expect(mapping.map((m) => m.field)).toEqual([
      'fullName',
      'dateOfBirth',
      'gender',
      'cccd',
      'joinedOn',
      'enteredOn',
      'status',
    ]);
    const actions = { '9': 'create', '11': 'create', '12': 'update', '13': 'update', '14': 'update' } as const;
    const preview = await t.api.members.importPreview({ token: chosen.token, mapping, actions });
    expect(preview.errors.map(({ row, field, message }) => [row, field, message])).toEqual([
      [7, 'gender', 'Gender “Không rõ” is unclear. Write “Nam” (male) or “Nữ” (female).'],
      [
        8,
        'dateOfBirth',
        'Date of birth has only a year (1985). Write the full day/month/year (dd/mm/yyyy), for example 05/02/1985.',
      ],
      [
        8,
        'joinedOn',
        'The date of joining the union is missing. Write the date of admission as day/month/year; if it is not known, look at the admission decision or ask the group leader.',
      ],
      [
        9,
        'cccd',
        'CCCD number 001180000002 already belongs to Vũ Thị Lan in the register. Choose “Update the register” or “Skip” for this row.',
      ],
      [
        11,
        'cccd',
        'CCCD number 001192000010 is also on row 10 of the file. Check the CCCD number of one of the two people.',
      ],
      [
        12,
        'fullName',
        'No member in the register matches this row, so there is nothing to update. Choose “Add as new” or “Skip”.',
      ],
      [
        14,
        'cccd',
        'Row 13 of the file already updates Vũ Thị Lan in the register. A member can be updated from one row only: merge the two rows into one, or choose “Skip” for this row.',
      ],
    ]);
    expect(preview.skipped).toEqual([
      { row: 4, reason: 'Left: only active or suspended members are imported into the register' },
      { row: 6, reason: 'Already in the register, nothing to change: Đỗ Văn Hùng' },
    ]);
    expect(preview.notes.map(({ row, field, message }) => [row, field, message])).toEqual([
      [
        2,
        'cccd',
        'The old CMND number 012345678 (9 digits) has not been valid since 01/01/2025, so it is recorded in Notes (“CMND cũ: 012345678”) instead of as the CCCD number. Add the 12-digit CCCD number on the member’s page.',
      ],
      [
        3,
        'status',
        'The status “Suspended” is not recorded yet: the member enters the register as active. Record the movement “Suspended” (date, decision) on the member’s page.',
      ],
      [
        5,
        'status',
        'Status “Đang nghỉ phép” is not recognised, so it was not compared with the register. The statuses it reads are: “Đang sinh hoạt”, “Tạm dừng sinh hoạt”, “Đã chuyển đi”, “Đã thôi sinh hoạt”, “Đã xóa tên”, “Đã khai trừ”.',
      ],
      [
        6,
        'enteredOn',
        'The transfer-in date 15/03/2012 is not recorded: Đỗ Văn Hùng is already in the register, and this row only updates their details. If needed, record the movement “Transferred in” on the member’s page.',
      ],
      [
        6,
        'status',
        'The status in the file (“Transferred out”) differs from the register’s (“Active”) and is not recorded: a status changes only through a movement (date, decision) recorded on the member’s page.',
      ],
    ]);

    // The commit writes what the preview said; the old CMND goes into the notes in Vietnamese:
    // it is the register's data, not the program's talk.
    const { jobId } = await t.api.members.importCommit({ token: chosen.token, mapping, actions });
    const job = await t.ctx.workspace.jobs.settled(jobId);
    expect(job).toMatchObject({ state: 'done', result: { created: 4, updated: 1 } });
    const [an] = await t.api.members.list({ query: 'Lê Văn An' });
    expect((await t.api.members.get({ id: an!.id })).fields.notes).toBe('CMND cũ: 012345678');
  });

  it('refuses a wrong mapping and an expired import in English', async () => {
    const chosen = await choose(t, await messyFile(t));
    const mapping = chosen.columns.map((c) => ({ index: c.index, field: c.field }));
    const noName = mapping.map((m) => (m.field === 'fullName' ? { ...m, field: null } : m));
    await expect(t.api.members.importPreview({ token: chosen.token, mapping: noName })).rejects.toThrow(
      'No column is mapped to Full name yet. Choose the column that holds the members’ full names.',
    );
    await expect(
      t.api.members.importPreview({
        token: chosen.token,
        mapping: mapping.map((m) => (m.index === 0 ? { ...m, field: 'genderMale' as const } : m)),
      }),
    ).rejects.toThrow('Two columns are mapped to “‘Nam’ (male) column”. Choose only one column for each field.');
    await expect(
      t.api.members.importPreview({ token: chosen.token, mapping: [...mapping, { index: 99, field: null }] }),
    ).rejects.toThrow('The file has no column number 100.');
    await expect(t.api.members.importPreview({ token: 'nope', mapping })).rejects.toThrow(
      'This import has expired. Choose the Excel file to import again.',
    );
  });

  it('says in English why a file cannot be read', async () => {
    const xls = t.tmp.file('ds.xls');
    fs.writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
    t.host.nextImport = xls;
    await expect(t.api.members.importChoose()).rejects.toThrow(
      'The file "ds.xls" cannot be read: it is an Excel 97-2003 file (.xls). Open it in Excel and choose Save As… "Excel Workbook (.xlsx)".',
    );
    const ansi = t.tmp.file('ds.csv');
    fs.writeFileSync(ansi, Buffer.from([0x48, 0xd2, 0xf4, 0x0a]));
    t.host.nextImport = ansi;
    await expect(t.api.members.importChoose()).rejects.toThrow(
      'The file "ds.csv" cannot be read: The CSV file is not in UTF-8, so its Vietnamese letters would come out garbled.',
    );
    t.host.nextImport = t.tmp.file('khong-co.xlsx');
    await expect(t.api.members.importChoose()).rejects.toThrow(
      'The file "khong-co.xlsx" cannot be read: the file was not found.',
    );
  });
});

async function messyFile(t: T): Promise<string> {
  const file = t.tmp.file('Danh sách ĐV 2026.xlsx');
  if (!fs.existsSync(file)) await writeMessyMembersXlsx(file);
  return file;
}
