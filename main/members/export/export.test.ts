import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testRouter } from '../../ipc/testing';
import { compareVietnameseNames } from '../../vi/names';
import type { MemberFieldsInput } from '../contract';
import { parseCsv } from '../import/csv';
import { groupIdByName } from './service';

type T = Awaited<ReturnType<typeof testRouter>>;

/** Every field filled, and text that CSV and Excel like to break. */
const full: MemberFieldsInput = {
  fullName: 'Đào Thị Ánh Tuyết',
  dateOfBirth: '1984-02-29',
  gender: 'female',
  ethnicity: 'Mường',
  religion: 'Công giáo',
  cccd: '001184000123',
  phone: '024 3123 4567',
  email: 'tuyet.dt@truong.edu.vn',
  education: 'Thạc sĩ',
  jobTitle: 'Phó Hiệu trưởng',
  unionPosition: 'Ủy viên BCH',
  joinedOn: '2006-09-05',
  memberCode: 'DV-0101',
  cardNumber: '0012345678',
  cardIssuedOn: '2010-01-15',
  cardType: 'linked',
  cardStatus: 'Đang sử dụng',
  partyMember: true,
  partyJoinedOn: '2009-05-19',
  insuranceSalary: 12_345_678,
  notes: 'Ghi chú có dấu phẩy, "ngoặc kép"; và chấm phẩy',
};

async function registerOf(t: T) {
  const list = await t.api.members.list({});
  return Promise.all(
    list.map(async (m) => {
      const detail = await t.api.members.get({ id: m.id });
      const { groupId: _groupId, ...fields } = detail.fields;
      // How they came into the branch, and when: kết nạp, or chuyển đến on its own day.
      const [entry] = detail.movements
        .filter((mv) => !mv.cancelled && mv.kind !== 'correction')
        .sort((a, b) => a.onDate.localeCompare(b.onDate) || a.id - b.id);
      return { ...fields, groupName: detail.groupName, entry: [entry?.kind, entry?.onDate] };
    }),
  );
}

async function exportTo(t: T, format: 'xlsx' | 'csv' | 'json', name: string, groupId?: number) {
  const file = t.tmp.file(name);
  t.host.nextSave = file;
  const saved = await t.api.members.export({ format, groupId });
  expect(saved).toMatchObject({ saved: true, fileName: name });
  return file;
}

async function importInto(t: T, file: string) {
  t.host.nextImport = file;
  const chosen = await t.api.members.importChoose();
  if (chosen.cancelled) throw new Error('cancelled');
  const mapping = chosen.columns.map((c) => ({ index: c.index, field: c.field }));
  const preview = await t.api.members.importPreview({ token: chosen.token, mapping });
  const { jobId } = await t.api.members.importCommit({ token: chosen.token, mapping });
  const job = await t.ctx.workspace.jobs.settled(jobId);
  return { chosen, preview, job };
}

describe('member export', () => {
  let t: T;
  let groupId: number;
  beforeEach(async () => {
    t = await testRouter();
    await t.api.workspace.createDemo();
    groupId = (await t.api.groups.create({ name: 'Tổ Thư viện - Thiết bị' })).id;
    await t.api.members.create({ fields: { ...full, groupId } });
  });
  afterEach(async () => {
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('writes XLSX with a title, a header the importer knows, real dates, text CCCD and number money', async () => {
    const file = await exportTo(t, 'xlsx', 'ds.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const ws = workbook.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('CÔNG ĐOÀN TRƯỜNG THPT NGUYỄN TRÃI');
    expect(ws.getCell('A2').value).toBe('DANH SÁCH ĐOÀN VIÊN');
    expect(ws.getCell('A3').value).toBe('Tính đến ngày 05/02/2026');
    const header = (ws.getRow(5).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính']);
    let row = 6;
    while (ws.getCell(row, 2).value !== full.fullName) row++;
    const at = (h: string) => ws.getCell(row, header.indexOf(h) + 1);
    expect(at('Ngày sinh').value).toEqual(new Date(Date.UTC(1984, 1, 29)));
    expect(at('Ngày sinh').numFmt).toBe('dd/mm/yyyy');
    expect(at('Số CCCD').value).toBe('001184000123');
    expect(at('Số CCCD').numFmt).toBe('@');
    expect(at('Điện thoại').value).toBe('02431234567');
    expect(at('Số thẻ đoàn viên').value).toBe('0012345678');
    expect(at('Lương đóng BHXH').value).toBe(12_345_678);
    expect(at('Lương đóng BHXH').numFmt).toBe('#,##0');
    expect(at('Loại thẻ').value).toBe('Thẻ liên kết');
    expect(at('Đảng viên').value).toBe('x');
    expect(at('Trạng thái').value).toBe('Đang sinh hoạt');
    const members = await t.api.members.list({});
    expect(ws.rowCount).toBe(5 + members.length);
  });

  it('writes CSV in UTF-8 with BOM, commas and quotes', async () => {
    const file = await exportTo(t, 'csv', 'ds.csv');
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toMatch(/^"STT","Họ và tên","Ngày sinh",/);
    const grid = parseCsv(text);
    const line = grid.rows.find((r) => r.cells[1] === full.fullName)!;
    expect(line.cells).toContain('29/02/1984');
    expect(line.cells).toContain('Ghi chú có dấu phẩy, "ngoặc kép"; và chấm phẩy');
    expect(line.cells).toContain('001184000123');
  });

  it('writes JSON in the register’s Vietnamese order, whole branch or one tổ', async () => {
    const file = await exportTo(t, 'json', 'ds.json');
    const list = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>[];
    expect(list).toHaveLength((await t.api.members.list({})).length);
    const sorted = [...list].sort((a, b) =>
      compareVietnameseNames(
        { fullName: a.fullName as string, dateOfBirth: a.dateOfBirth as string },
        { fullName: b.fullName as string, dateOfBirth: b.dateOfBirth as string },
      ),
    );
    expect(list.map((m) => m.fullName)).toEqual(sorted.map((m) => m.fullName));
    expect(list.find((m) => m.fullName === full.fullName)).toMatchObject({
      fullName: full.fullName,
      dateOfBirth: '1984-02-29',
      gender: 'female',
      cccd: '001184000123',
      groupName: 'Tổ Thư viện - Thiết bị',
      joinedOn: '2006-09-05',
      insuranceSalary: 12_345_678,
      cardNumber: '0012345678',
      status: 'active',
    });

    const one = await exportTo(t, 'json', 'to.json', groupId);
    expect(JSON.parse(fs.readFileSync(one, 'utf8')).map((m: { fullName: string }) => m.fullName)).toEqual([
      full.fullName,
    ]);
  });

  it('exports what the register lists under its filters: a status, a gender, a tổ', async () => {
    const { id } = await t.api.members.create({
      fields: { ...full, fullName: 'Trần Văn Chuyển', gender: 'male', cccd: '001080000999', groupId },
    });
    await t.api.members.recordMovement({ memberId: id, kind: 'transferred_out', onDate: '2026-01-15' });
    const names = async (filter: Omit<Parameters<T['api']['members']['export']>[0], 'format'>) => {
      const file = t.tmp.file('filtered.json');
      t.host.nextSave = file;
      const saved = await t.api.members.export({ format: 'json', ...filter });
      const list = JSON.parse(fs.readFileSync(file, 'utf8')) as { fullName: string; gender: string; status: string }[];
      expect(saved.members).toBe(list.length);
      return list;
    };
    const gone = await names({ status: 'transferred_out' });
    expect(gone.map((m) => m.fullName)).toContain('Trần Văn Chuyển');
    expect(gone.every((m) => m.status === 'transferred_out')).toBe(true);
    expect((await names({})).map((m) => m.fullName)).not.toContain('Trần Văn Chuyển');
    const women = await names({ gender: 'female' });
    expect(women.length).toBeGreaterThan(0);
    expect(women.every((m) => m.gender === 'female' && m.status !== 'transferred_out')).toBe(true);
    expect((await names({ groupId, status: 'all' })).map((m) => m.fullName).sort()).toEqual(
      [full.fullName, 'Trần Văn Chuyển'].sort(),
    );
  });

  it('refuses to save over the open branch file or its -wal, and the branch stays whole', async () => {
    const dataFile = t.ctx.workspace.file!;
    for (const target of [dataFile, `${dataFile}-wal`]) {
      t.host.nextSave = target;
      await expect(t.api.members.export({ format: 'csv' })).rejects.toThrow(
        'đó là tệp dữ liệu của công đoàn (hoặc tệp đi kèm của nó), ghi đè sẽ mất dữ liệu. Hãy chọn tên tệp khác.',
      );
    }
    expect(fs.readFileSync(dataFile).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect((await t.api.members.list({})).map((m) => m.fullName)).toContain(full.fullName);
  });

  it('names the tổ a name without marks could mean, rather than saying there is none', async () => {
    const van = (await t.api.groups.create({ name: 'Tổ Văn' })).id;
    await t.api.groups.create({ name: 'Tổ Vân' });
    const db = t.ctx.workspace.db;
    await expect(groupIdByName(db, 'to van')).rejects.toThrow('“to van” có thể là: Tổ Văn, Tổ Vân. Ghi đúng tên tổ.');
    expect(await groupIdByName(db, 'tổ văn')).toBe(van);
    await expect(groupIdByName(db, 'Tổ Nhạc')).rejects.toThrow('Không có tổ công đoàn “Tổ Nhạc”');
  });

  it('offers an ASCII file name and does nothing when the chair cancels', async () => {
    t.host.nextSave = null;
    expect(await t.api.members.export({ format: 'xlsx', groupId })).toMatchObject({ saved: false, fileName: null });
    const offered: string[] = [];
    t.host.chooseSaveFile = async (name) => {
      offered.push(name);
      return null;
    };
    await t.api.members.export({ format: 'csv', groupId });
    await t.api.members.export({ format: 'json' });
    expect(offered).toEqual(['Danh-sach-doan-vien-To-Thu-Vien-Thiet-Bi.csv', 'Danh-sach-doan-vien.json']);
  });

  it('reads back into its own register as no change at all, names typed in capitals included', async () => {
    await t.api.members.create({
      fields: { ...full, fullName: 'HOÀNG THỊ  HUỆ', cccd: '001184000777', groupId },
    });
    const file = await exportTo(t, 'xlsx', 'ds.xlsx');
    const count = (await registerOf(t)).length;
    const { preview, job } = await importInto(t, file);
    expect(preview.counts).toMatchObject({ update: 0, skip: count });
    expect(job.result).toEqual({ created: 0, updated: 0, skipped: count });
    expect((await t.api.members.list({ query: 'hue' })).map((m) => m.fullName)).toEqual(['HOÀNG THỊ HUỆ']);
  });

  it.each(['xlsx', 'csv'] as const)('round-trips through %s into a fresh branch file', async (format) => {
    const file = await exportTo(t, format, `ds.${format}`);
    const source = await registerOf(t);

    const fresh = await testRouter();
    try {
      const { chosen, preview, job } = await importInto(fresh, file);
      expect(chosen.headerRow).toBe(format === 'xlsx' ? 5 : 1);
      expect(preview.errors).toEqual([]);
      expect(preview.skipped).toEqual([]);
      expect(job).toMatchObject({ state: 'done', result: { created: source.length, updated: 0, skipped: 0 } });
      expect(await registerOf(fresh)).toEqual(source);

      // Importing the same file again changes nothing.
      const again = await importInto(fresh, file);
      expect(again.job.result).toEqual({ created: 0, updated: 0, skipped: source.length });
    } finally {
      await fresh.close();
    }
  });

  it('reads the status column back: who has left is not imported, a suspension is said to be recorded', async () => {
    const all = await t.api.members.list({ status: 'all' });
    const gone = all.filter((m) => m.status !== 'active' && m.status !== 'suspended');
    const suspended = all.filter((m) => m.status === 'suspended');
    expect(gone.length).toBeGreaterThan(0);
    expect(suspended.length).toBeGreaterThan(0);
    const file = t.tmp.file('ca-so.xlsx');
    t.host.nextSave = file;
    await t.api.members.export({ format: 'xlsx', status: 'all' });

    const fresh = await testRouter();
    try {
      const { preview, job } = await importInto(fresh, file);
      expect(preview.errors).toEqual([]);
      expect(preview.skipped).toHaveLength(gone.length);
      expect(preview.skipped[0]!.reason).toMatch(/: chỉ nhập vào sổ người đang sinh hoạt hoặc tạm dừng sinh hoạt$/);
      expect(job.result).toMatchObject({ created: all.length - gone.length, skipped: gone.length });
      const said = preview.notes.filter((n) => n.field === 'status');
      expect(said).toHaveLength(suspended.length);
      expect(said[0]!.message).toMatch(/^Trạng thái “Tạm dừng sinh hoạt” chưa được ghi/);
      const person = (m: { fullName: string; dateOfBirth: string | null }) => `${m.fullName}|${m.dateOfBirth}`;
      const imported = new Set((await fresh.api.members.list({ status: 'all' })).map(person));
      expect(gone.filter((m) => imported.has(person(m)))).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
