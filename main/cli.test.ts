import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir, testActor } from './db/testing/temp-db';
import { latestSchemaVersion } from './db/connection';
import { createApiClient } from './ipc/client';
import { channels } from './ipc/contract';
import { fakeHost } from './ipc/testing';
import { createRouter } from './ipc/router';
import { Workspace } from './workspace/workspace';
import { MESSY_EXPECT, MESSY_REGISTER, writeMessyMembersXlsx } from '../tests/fixtures/messy-members';

const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** Runs the real CLI as a user would (npm run cli -- …), in a child process. */
function cli(...args: string[]) {
  const result = spawnSync(TSX, ['main/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('so-cong-doan CLI', () => {
  const tmp = tempDir('scd-cli-');
  afterAll(() => tmp.remove());

  it('creates the demo branch, then check reports ok as JSON', () => {
    const db = tmp.file('demo.sqlite');
    const demo = cli('demo', '--db', db);
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('120 đoàn viên trong 5 tổ công đoàn');

    const check = cli('check', '--db', db, '--json');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toEqual({
      ok: true,
      integrity: 'ok',
      foreignKeyViolations: [],
      schemaVersion: latestSchemaVersion,
      latestSchemaVersion,
    });
  });

  it('init declares the branch; a missing field fails with the field message', () => {
    const db = tmp.file('init.sqlite');
    const base = [
      'init',
      '--db',
      db,
      '--branch-name',
      'Công đoàn Trường THCS Láng Thượng',
      '--unit-name',
      'Trường THCS Láng Thượng',
    ];
    const missing = cli(...base, '--higher-union', 'Công đoàn Giáo dục quận Đống Đa', '--place', 'Hà Nội', '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'chairName',
        message: 'Nhập họ và tên Chủ tịch công đoàn',
        issues: [{ field: 'chairName', message: 'Nhập họ và tên Chủ tịch công đoàn' }],
      },
    });
    expect(missing.stderr).toContain('Lỗi: Nhập họ và tên Chủ tịch công đoàn');

    const ok = cli(
      ...base,
      '--higher-union',
      'Công đoàn Giáo dục quận Đống Đa',
      '--chair-name',
      'Lê Thị Mai',
      '--place',
      'Hà Nội',
      '--json',
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).settings).toMatchObject({
      chairName: 'Lê Thị Mai',
      placeName: 'Hà Nội',
      isDemo: false,
    });
  });

  it('check fails clearly on a missing file and does not create it', () => {
    const db = tmp.file('khong-co.sqlite');
    const result = cli('check', '--db', db);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Không tìm thấy tệp dữ liệu');
    expect(fs.existsSync(db)).toBe(false);
  });

  it('refuses a --db that does not exist instead of working on a new, empty branch', () => {
    const db = tmp.file('go-nham.sqlite');
    const out = tmp.file('ds.csv');
    const exported = cli('export', 'members', '--db', db, '--format', 'csv', '--out', out);
    expect(exported.code).toBe(1);
    expect(exported.stderr).toContain(`Lỗi: Không tìm thấy tệp dữ liệu ${db}. Kiểm tra lại --db`);
    const imported = cli('import', 'members', out, '--db', db);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain('Không tìm thấy tệp dữ liệu');
    expect(fs.existsSync(db)).toBe(false);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('rejects unknown commands, unknown flags and bad numbers without a stack trace', () => {
    const unknown = cli('xoa-het');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không có lệnh "xoa-het"');

    const flag = cli('check', '--bogus');
    expect(flag.code).toBe(1);
    expect(flag.stderr.trim()).toBe(
      'Lỗi: Lệnh "check" không có tùy chọn "--bogus". Các tùy chọn của lệnh: --db, --json. Xem cách dùng: so-cong-doan --help',
    );

    // A flag without its value, or a switch given one: parseArgs' English is not shown.
    const noValue = cli('check', '--db');
    expect(noValue.code).toBe(1);
    expect(noValue.stderr.trim()).toBe(
      'Lỗi: Tùy chọn --db cần một giá trị ngay sau nó, ví dụ --db so-cong-doan.sqlite (giá trị bắt đầu bằng "-" thì viết --db=-…).',
    );
    const swallowed = cli('export', 'members', '--out', '--json');
    expect(swallowed.stderr).toContain('Lỗi: Tùy chọn --out cần một giá trị ngay sau nó, ví dụ --out danh-sach.xlsx');
    const switchValue = cli('check', '--json=1');
    expect(switchValue.stderr).toContain('Lỗi: Tùy chọn --json không nhận giá trị: chỉ cần ghi --json.');
    for (const run of [noValue, swallowed, switchValue]) expect(run.stderr).not.toMatch(/argument|option/i);

    const help = cli('export', 'members', '--help');
    expect(help.code).toBe(0);
    expect(help.stderr).toContain('export members');

    const bad = cli('demo', '--db', tmp.file('x.sqlite'), '--members', 'nhiều');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--members phải là số nguyên dương');
    for (const r of [unknown, flag, bad]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

/** A branch file with nothing in it yet, as the app makes for "Tạo tệp dữ liệu mới". */
async function emptyBranch(file: string): Promise<void> {
  const workspace = new Workspace();
  await workspace.open(file);
  await workspace.close();
}

/** The register the messy list is compared with, written through the app's own channels. */
async function seedRegister(file: string): Promise<Map<string, number>> {
  const workspace = new Workspace();
  await workspace.open(file);
  try {
    const router = createRouter({ ...testActor, workspace, host: fakeHost() });
    const api = createApiClient(channels, (channel, input) => router.handle(channel, input));
    const groups = new Map<string, number>();
    for (const name of MESSY_REGISTER.groups) groups.set(name, (await api.groups.create({ name })).id);
    const ids = new Map<string, number>();
    for (const { groupName, ...fields } of MESSY_REGISTER.members) {
      ids.set(
        fields.fullName,
        (await api.members.create({ fields: { ...fields, groupId: groups.get(groupName)! } })).id,
      );
    }
    return ids;
  } finally {
    await workspace.close();
  }
}

describe('so-cong-doan import/export members', () => {
  const tmp = tempDir('scd-cli-io-');
  afterAll(() => tmp.remove());

  it('imports a messy list and prints exactly the documented JSON report', async () => {
    const xlsx = tmp.file('messy.xlsx');
    await writeMessyMembersXlsx(xlsx);
    const db = tmp.file('import.sqlite');
    const ids = await seedRegister(db);

    const dry = cli('import', 'members', xlsx, '--db', db, '--dry-run', '--json');
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    const planned = JSON.parse(dry.stdout);
    expect(planned).toMatchObject({ headerRow: 5, valid: 9, created: 5, updated: 2 });
    const dryText = cli('import', 'members', xlsx, '--db', db, '--dry-run');
    expect(dryText.stdout).toContain(
      'Dòng 9: cùng họ tên và ngày sinh với Trần Thị Bích Ngọc trong sổ nhưng khác số CCCD (tệp: 001085001234, sổ: 001085009999) → thêm mới',
    );

    const run = cli('import', 'members', xlsx, '--db', db, '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual([
      'headerRow',
      'valid',
      'created',
      'updated',
      'skipped',
      'errors',
      'duplicates',
    ]);
    expect(report).toMatchObject({
      headerRow: MESSY_EXPECT.headerRow,
      valid: MESSY_EXPECT.valid,
      created: MESSY_EXPECT.created,
      updated: MESSY_EXPECT.updated,
    });
    expect(report.skipped.map((s: { row: number }) => s.row)).toEqual(MESSY_EXPECT.skippedRows);
    for (const s of report.skipped) expect(Object.keys(s)).toEqual(['row', 'reason']);
    expect(report.errors.map((e: { row: number; field: string }) => ({ row: e.row, field: e.field }))).toEqual(
      MESSY_EXPECT.errors,
    );
    expect(report.errors[3].message).toContain('CCCD bị Excel đổi thành dạng số mũ');
    expect(report.errors[3].message).toContain('hãy định dạng cột là Văn bản');
    expect(report.duplicates).toEqual([
      { row: 9, sameAsRow: null, memberId: ids.get('Trần Thị Bích Ngọc'), cccd: '001085001234' },
      { row: 15, sameAsRow: 8, memberId: null, cccd: '001080012345' },
      { row: 16, sameAsRow: null, memberId: ids.get('Đặng Thu Hà'), cccd: '001188004321' },
      { row: 17, sameAsRow: null, memberId: ids.get('Bùi Minh Đức'), cccd: null },
      { row: 18, sameAsRow: null, memberId: ids.get('Ngô Thị Mai'), cccd: '001192007777' },
    ]);

    // The second run finds everyone already in the register.
    const again = JSON.parse(cli('import', 'members', xlsx, '--db', db, '--json').stdout);
    expect(again).toMatchObject({ created: 0, updated: 0 });
  });

  it('prints a readable Vietnamese report, and maps a column by hand with --map', async () => {
    const xlsx = tmp.file('messy-text.xlsx');
    await writeMessyMembersXlsx(xlsx);
    const db = tmp.file('import-text.sqlite');
    await emptyBranch(db);
    const run = cli('import', 'members', xlsx, '--db', db, '--map', 'Đơn vị công tác=groupName');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Tệp messy-text.xlsx: dòng tiêu đề ở dòng 5.');
    expect(run.stdout).toContain('Đã tạo tổ mới: Tổ Toán - Tin, Tổ Văn phòng, Tổ Thể dục.');
    expect(run.stdout).toContain('Dòng 13 (Ngày sinh): Ngày sinh “31/02/1982” không có thật.');
    expect(run.stdout).toContain('Dòng 15: trùng với dòng 8 trong tệp (CCCD 001080012345) → bỏ qua');

    const badMap = cli('import', 'members', xlsx, '--db', db, '--map', 'Đơn vị=groupName');
    expect(badMap.code).toBe(1);
    expect(badMap.stderr).toContain('không có cột "Đơn vị" trong dòng tiêu đề');
  });

  it('takes the chair’s choice for a duplicate row with --action', async () => {
    const xlsx = tmp.file('messy-actions.xlsx');
    await writeMessyMembersXlsx(xlsx);
    const db = tmp.file('import-actions.sqlite');
    const ids = await seedRegister(db);
    // Row 9 is the register's Ngọc, whose CCCD was typed wrong there; row 16 is left as it is.
    const run = cli('import', 'members', xlsx, '--db', db, '--action', '9=update', '--action', '16=skip', '--json');
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ created: MESSY_EXPECT.created - 1, updated: MESSY_EXPECT.updated });
    expect(report.skipped).toContainEqual({ row: 16, reason: 'Bỏ qua theo lựa chọn' });
    const workspace = new Workspace();
    await workspace.open(db);
    try {
      const byId = async (id: number) =>
        workspace.db.selectFrom('members').select(['cccd', 'phone']).where('id', '=', id).executeTakeFirstOrThrow();
      expect((await byId(ids.get('Trần Thị Bích Ngọc')!)).cccd).toBe('001085001234');
      expect((await byId(ids.get('Đặng Thu Hà')!)).phone).toBe('0987654321');
    } finally {
      await workspace.close();
    }

    const bad = cli('import', 'members', xlsx, '--db', db, '--action', '9=capnhat');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--action "9=capnhat": ghi số dòng Excel và cách xử lý, ví dụ --action 9=update');
    const stray = cli(
      'import',
      'members',
      xlsx,
      '--db',
      db,
      '--dry-run',
      '--action',
      '99=skip',
      '--action',
      '9=update',
    );
    expect(stray.code).toBe(0);
    expect(stray.stderr.trim()).toBe(
      'Chú ý: --action 99=…: dòng 99 không phải dòng trùng trong tệp, lựa chọn này không dùng đến.',
    );
    const twice = cli('import', 'members', xlsx, '--db', db, '--action', '9=update', '--action', '09=skip');
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('--action: dòng 9 được ghi hai lần');
  });

  it('fails with a Vietnamese message when the file cannot be read', async () => {
    const db = tmp.file('unreadable.sqlite');
    await emptyBranch(db);
    const missing = cli('import', 'members', tmp.file('khong-co.xlsx'), '--db', db, '--json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Lỗi: Không đọc được tệp "khong-co.xlsx": không tìm thấy tệp.');
    expect(JSON.parse(missing.stdout)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'file' } });

    const ansi = tmp.file('ansi.csv');
    fs.writeFileSync(ansi, Buffer.from([0x48, 0xd2, 0x20, 0x74, 0xea, 0x6e, 0x0a]));
    const notUtf8 = cli('import', 'members', ansi, '--db', db);
    expect(notUtf8.code).toBe(1);
    expect(notUtf8.stderr).toContain('Tệp CSV không ở mã UTF-8');

    const noHeader = tmp.file('no-header.csv');
    fs.writeFileSync(noHeader, 'a,b\n1,2\n');
    const none = cli('import', 'members', noHeader, '--db', db);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Không tìm thấy dòng tiêu đề');

    const usage = cli('import', 'dues', 'x.xlsx', '--db', db);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain('Cần ghi rõ "import members"');
  });

  it('exports the register as JSON, XLSX, CSV and PDF, whole or by tổ', () => {
    const db = tmp.file('export.sqlite');
    expect(cli('demo', '--db', db).code).toBe(0);

    const json = tmp.file('ds.json');
    const all = cli('export', 'members', '--db', db, '--format', 'json', '--out', json, '--json');
    expect(all.stderr).toBe('');
    expect(JSON.parse(all.stdout)).toMatchObject({ ok: true, format: 'json', members: 120 });
    const list = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(list).toHaveLength(120);
    for (const key of [
      'fullName',
      'dateOfBirth',
      'gender',
      'cccd',
      'groupName',
      'joinedOn',
      'insuranceSalary',
      'cardNumber',
      'status',
    ]) {
      expect(list[0]).toHaveProperty(key);
    }
    expect(list[0].dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const group = tmp.file('to.json');
    const one = cli('export', 'members', '--db', db, '--format', 'json', '--out', group, '--group', 'tổ toán - tin');
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^Đã xuất \d+ đoàn viên ra /);
    const groupNames = new Set(
      JSON.parse(fs.readFileSync(group, 'utf8')).map((m: { groupName: string }) => m.groupName),
    );
    expect([...groupNames]).toEqual(['Tổ Toán - Tin']);
  });

  it('exports XLSX, CSV and PDF, and refuses a bad format or tổ', () => {
    const db = tmp.file('export2.sqlite');
    expect(cli('demo', '--db', db).code).toBe(0);
    const json = tmp.file('ds2.json');
    for (const format of ['xlsx', 'csv'] as const) {
      const out = tmp.file(`ds.${format}`);
      expect(cli('export', 'members', '--db', db, '--format', format, '--out', out).code).toBe(0);
      expect(fs.statSync(out).size).toBeGreaterThan(1000);
    }
    const pdf = tmp.file('ds.pdf');
    const printed = cli('export', 'members', '--db', db, '--format', 'pdf', '--out', pdf);
    expect(printed.stderr).toBe('');
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

    const badFormat = cli('export', 'members', '--db', db, '--format', 'doc', '--out', json);
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toContain('--format phải là xlsx, csv, json hoặc pdf');
    const badGroup = cli('export', 'members', '--db', db, '--format', 'csv', '--out', json, '--group', 'Tổ Nhạc');
    expect(badGroup.code).toBe(1);
    expect(badGroup.stderr).toContain('Không có tổ công đoàn “Tổ Nhạc”');
  });

  it('exports in a saved column layout named loosely, and says which layouts there are', async () => {
    const db = tmp.file('export-layout.sqlite');
    expect(cli('demo', '--db', db).code).toBe(0);
    const workspace = new Workspace();
    await workspace.open(db);
    try {
      const router = createRouter({ ...testActor, workspace, host: fakeHost() });
      const api = createApiClient(channels, (channel, input) => router.handle(channel, input));
      await api.members.saveExportLayout({
        name: 'Mẫu LĐLĐ huyện',
        columns: [
          { key: 'stt', header: 'TT' },
          { key: 'fullName', header: 'Họ và tên đoàn viên' },
          { key: 'cardNumber', header: 'Số thẻ' },
        ],
      });
    } finally {
      await workspace.close();
    }
    const csv = tmp.file('mau.csv');
    const done = cli('export', 'members', '--db', db, '--format', 'csv', '--out', csv, '--layout', 'mau ldld huyen');
    expect(done.stderr).toBe('');
    expect(fs.readFileSync(csv, 'utf8').split('\r\n')[0]).toBe('\uFEFF"TT","Họ và tên đoàn viên","Số thẻ"');

    const unknown = cli('export', 'members', '--db', db, '--format', 'csv', '--out', csv, '--layout', 'Mẫu tỉnh');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Không có mẫu cột “Mẫu tỉnh”. Các mẫu hiện có: “Mẫu LĐLĐ huyện”.');
    const json = cli('export', 'members', '--db', db, '--format', 'json', '--out', csv, '--layout', 'Mẫu LĐLĐ huyện');
    expect(json.code).toBe(1);
    expect(json.stderr).toContain('--layout (mẫu cột) chỉ dùng với --format xlsx hoặc csv.');
  });

  it('never writes an export over the branch file or the SQLite files beside it', () => {
    const db = tmp.file('khong-ghi-de.sqlite');
    expect(cli('demo', '--db', db).code).toBe(0);
    const sameFile = path.join(path.dirname(db), '.', path.basename(db));
    for (const [format, out] of [
      ['csv', db],
      ['json', sameFile],
      ['xlsx', `${db}-wal`],
      ['pdf', `${db}-journal`],
    ] as const) {
      const result = cli('export', 'members', '--db', db, '--format', format, '--out', out);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('đó là tệp dữ liệu của công đoàn (hoặc tệp đi kèm của nó)');
    }
    expect(fs.readFileSync(db).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(cli('check', '--db', db).code).toBe(0);
  });

  it('PDF: says in Vietnamese what is wrong with --out, and refuses --all', () => {
    const db = tmp.file('export-pdf.sqlite');
    expect(cli('demo', '--db', db).code).toBe(0);
    const noFolder = cli('export', 'members', '--db', db, '--format', 'pdf', '--out', tmp.file('khong-co/ds.pdf'));
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr.trim()).toBe('Lỗi: Không ghi được “ds.pdf”: thư mục không tồn tại.');
    const folder = cli('export', 'members', '--db', db, '--format', 'pdf', '--out', tmp.dir);
    expect(folder.code).toBe(1);
    expect(folder.stderr.trim()).toBe(
      `Lỗi: Không ghi được: “${path.basename(tmp.dir)}” là một thư mục, hãy ghi tên tệp.`,
    );

    const pdf = tmp.file('tat-ca.pdf');
    const all = cli('export', 'members', '--db', db, '--format', 'pdf', '--out', pdf, '--all');
    expect(all.code).toBe(1);
    expect(all.stderr).toContain(
      '--all (cả đoàn viên đã chuyển đi, thôi sinh hoạt…) chỉ dùng với --format xlsx, csv hoặc json',
    );
    expect(fs.existsSync(pdf)).toBe(false);
  });
});
