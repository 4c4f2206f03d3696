import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../../i18n/messages';
import { testRouter } from '../../ipc/testing';
import { parseCsv } from '../import/csv';
import type { ExportLayoutInput } from './contract';
import { layoutIdByName } from './layouts';
import { groupIdByName } from './service';

type T = Awaited<ReturnType<typeof testRouter>>;

/** The higher union's form: STT, name, birth dates split by gender, a few fields, renamed. */
const district: ExportLayoutInput = {
  name: 'Mẫu LĐLĐ huyện',
  columns: [
    { key: 'stt', header: 'TT' },
    { key: 'fullName', header: 'Họ và tên đoàn viên' },
    { key: 'dateOfBirthMale', header: 'Nam' },
    { key: 'dateOfBirthFemale', header: 'Nữ' },
    { key: 'groupName', header: 'Tổ công đoàn' },
    { key: 'cardNumber', header: 'Số thẻ' },
  ],
};

async function exportWith(t: T, format: 'xlsx' | 'csv', layoutId: number) {
  const file = t.tmp.file(`mau.${format}`);
  t.host.nextSave = file;
  await t.api.members.export({ format, layoutId });
  return file;
}

describe('export layouts', () => {
  let t: T;
  beforeEach(async () => {
    t = await testRouter();
    await t.api.workspace.createDemo();
  });
  afterEach(async () => {
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('writes the layout’s columns in its order under its headings, in Excel and CSV', async () => {
    const layout = await t.api.members.saveExportLayout(district);
    expect(await t.api.members.exportLayouts()).toEqual([layout]);
    const members = await t.api.members.list({});
    const woman = members.find((m) => m.gender === 'female')!;
    const man = members.find((m) => m.gender === 'male')!;

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await exportWith(t, 'xlsx', layout.id));
    const ws = workbook.worksheets[0]!;
    expect(ws.getCell('A2').value).toBe('DANH SÁCH ĐOÀN VIÊN');
    expect((ws.getRow(5).values as unknown[]).slice(1)).toEqual(district.columns.map((c) => c.header));
    expect(ws.columnCount).toBe(6);
    const rowOf = (name: string) => {
      for (let r = 6; r <= ws.rowCount; r++) if (ws.getCell(r, 2).value === name) return ws.getRow(r);
      throw new Error(`${name} not in the file`);
    };
    const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
    expect(iso(rowOf(woman.fullName).getCell(4).value)).toBe(woman.dateOfBirth);
    expect(rowOf(woman.fullName).getCell(3).value).toBeNull();
    expect(iso(rowOf(man.fullName).getCell(3).value)).toBe(man.dateOfBirth);
    expect(rowOf(man.fullName).getCell(4).value).toBeNull();
    expect(ws.rowCount).toBe(5 + members.length);

    const csv = parseCsv(fs.readFileSync(await exportWith(t, 'csv', layout.id), 'utf8').slice(1));
    expect(csv.rows[0]!.cells).toEqual(district.columns.map((c) => c.header));
    expect(csv.rows).toHaveLength(1 + members.length);
  });

  it('writes two-level headings as the forms have them: “Ngày sinh” over “Nam” and “Nữ”', async () => {
    const layout = await t.api.members.saveExportLayout({
      name: 'Mẫu hai tầng',
      columns: [
        { key: 'stt', header: 'STT' },
        { key: 'fullName', header: 'Họ và tên' },
        { key: 'dateOfBirthMale', header: 'Ngày sinh | Nam' },
        { key: 'dateOfBirthFemale', header: 'Ngày sinh|Nữ' },
        { key: 'cardNumber', header: 'Số thẻ' },
      ],
    });
    const members = await t.api.members.list({});
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await exportWith(t, 'xlsx', layout.id));
    const ws = workbook.worksheets[0]!;
    // ExcelJS reads a merged cell's value in every cell of the range.
    expect((ws.getRow(5).values as unknown[]).slice(1)).toEqual([
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Ngày sinh',
      'Số thẻ',
    ]);
    expect((ws.getRow(6).values as unknown[]).slice(1)).toEqual(['STT', 'Họ và tên', 'Nam', 'Nữ', 'Số thẻ']);
    expect(ws.getCell('C5').isMerged && ws.getCell('D5').master.address).toBe('C5');
    expect(ws.getCell('A6').master.address).toBe('A5');
    expect(ws.getCell('C6').isMerged).toBe(false);
    expect(ws.getCell(7, 2).value).toBe(members[0]!.fullName);
    expect(ws.rowCount).toBe(6 + members.length);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6, xSplit: 2 });

    const csv = parseCsv(fs.readFileSync(await exportWith(t, 'csv', layout.id), 'utf8').slice(1));
    expect(csv.rows[0]!.cells).toEqual(['STT', 'Họ và tên', 'Ngày sinh (Nam)', 'Ngày sinh (Nữ)', 'Số thẻ']);
  });

  it('leaves out a stored column this version does not know, and refuses a layout left with none', async () => {
    const { id } = await t.api.members.saveExportLayout(district);
    const db = t.ctx.workspace.db;
    const stale = JSON.stringify([{ key: 'address', header: 'Địa chỉ' }, ...district.columns]);
    await db.updateTable('export_layouts').set({ columns_json: stale }).where('id', '=', id).execute();
    expect((await t.api.members.exportLayouts())[0]!.columns).toEqual(district.columns);
    await db
      .updateTable('export_layouts')
      .set({ columns_json: JSON.stringify([{ key: 'address', header: 'Địa chỉ' }]) })
      .where('id', '=', id)
      .execute();
    await expect(t.api.members.export({ format: 'xlsx', layoutId: id })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Mẫu “Mẫu LĐLĐ huyện” không còn cột nào dùng được. Hãy sửa mẫu rồi xuất lại.',
    });
  });

  it('offers a file name with the layout’s name', async () => {
    const { id } = await t.api.members.saveExportLayout(district);
    const offered: string[] = [];
    t.host.chooseSaveFile = async (name) => {
      offered.push(name);
      return null;
    };
    await t.api.members.export({ format: 'xlsx', layoutId: id });
    expect(offered).toEqual(['Danh-sach-doan-vien-Mau-Ldld-Huyen.xlsx']);
  });

  it('edits and removes a layout, each change in the audit log', async () => {
    const { id } = await t.api.members.saveExportLayout(district);
    const edited = await t.api.members.saveExportLayout({
      id,
      name: 'Mẫu LĐLĐ huyện 2027',
      columns: [{ key: 'fullName', header: 'Họ tên' }],
    });
    expect(edited).toEqual({ id, name: 'Mẫu LĐLĐ huyện 2027', columns: [{ key: 'fullName', header: 'Họ tên' }] });
    await t.api.members.removeExportLayout({ id });
    expect(await t.api.members.exportLayouts()).toEqual([]);
    const audit = await t.ctx.workspace.db
      .selectFrom('audit_log')
      .select('action')
      .where('table_name', '=', 'export_layouts')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['insert', 'update', 'delete']);
    await expect(t.api.members.export({ format: 'xlsx', layoutId: id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Không tìm thấy mẫu cột này; có thể nó vừa bị xóa. Hãy chọn lại mẫu.',
    });
  });

  it.each<[Partial<ExportLayoutInput>, string, string]>([
    [{ name: ' ' }, 'name', 'Đặt tên cho mẫu, ví dụ “Mẫu LĐLĐ huyện”.'],
    [{ columns: [] }, 'columns', 'Chọn ít nhất một cột cho mẫu.'],
    [{ columns: [{ key: 'fullName', header: '' }] }, 'columns.0.header', 'Nhập tiêu đề cột như cấp trên yêu cầu.'],
    ...['Ngày sinh |', '| Nam', 'Ngày sinh | Nam | 1990'].map(
      (header): [Partial<ExportLayoutInput>, string, string] => [
        { columns: [{ key: 'dateOfBirthMale', header }] },
        'columns.0.header',
        'Tiêu đề hai tầng viết dạng “Ngày sinh | Nam”: tầng trên, dấu |, rồi tầng dưới.',
      ],
    ),
    [
      { columns: [...district.columns, { key: 'fullName', header: 'Tên' }] },
      'columns.6.key',
      'Cột “Họ và tên” đã có trong mẫu; mỗi cột chỉ chọn một lần.',
    ],
  ])('refuses %j at %s: %s', async (change, field, message) => {
    await expect(t.api.members.saveExportLayout({ ...district, ...change })).rejects.toMatchObject({
      code: 'VALIDATION',
      field,
      message,
    });
    expect(await t.api.members.exportLayouts()).toEqual([]);
  });

  it('refuses a second layout of the same name, ignoring case and marks, and a layout for JSON', async () => {
    const { id } = await t.api.members.saveExportLayout(district);
    await expect(t.api.members.saveExportLayout({ ...district, name: 'mau ldld huyen' })).rejects.toMatchObject({
      field: 'name',
      message: 'Đã có mẫu “Mẫu LĐLĐ huyện”. Hãy đặt tên khác hoặc sửa mẫu đó.',
    });
    await expect(t.api.members.export({ format: 'json', layoutId: id })).rejects.toMatchObject({
      field: 'layoutId',
      message: 'Mẫu cột dùng cho tệp Excel hoặc CSV; tệp JSON luôn có đủ các trường.',
    });
  });
});

describe('export layouts in an English window', () => {
  let t: T;
  beforeEach(async () => {
    t = await testRouter();
    await t.api.workspace.createDemo();
    setMessageLanguage('en');
  });
  afterEach(async () => {
    setMessageLanguage('vi');
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it.each<[Partial<ExportLayoutInput>, string, string]>([
    [{ name: ' ' }, 'name', 'Give the layout a name, for example “District federation form”.'],
    [{ columns: [] }, 'columns', 'Choose at least one column for the layout.'],
    [
      { columns: [{ key: 'fullName', header: '' }] },
      'columns.0.header',
      'Enter the column heading the higher union asks for.',
    ],
    [
      { columns: [{ key: 'dateOfBirthMale', header: 'Ngày sinh |' }] },
      'columns.0.header',
      'Write a two-level heading like “Ngày sinh | Nam”: the upper level, a |, then the lower level.',
    ],
    [
      { columns: [...district.columns, { key: 'fullName', header: 'Tên' }] },
      'columns.6.key',
      'The column “Full name” is already in the layout; choose each column only once.',
    ],
  ])('refuses %j at %s: %s', async (change, field, message) => {
    await expect(t.api.members.saveExportLayout({ ...district, ...change })).rejects.toMatchObject({
      code: 'VALIDATION',
      field,
      message,
    });
    expect(await t.api.members.exportLayouts()).toEqual([]);
  });

  it('refuses a name taken, a layout for JSON, a layout gone or left without columns', async () => {
    const { id } = await t.api.members.saveExportLayout(district);
    await expect(t.api.members.saveExportLayout({ ...district, name: 'mau ldld huyen' })).rejects.toMatchObject({
      field: 'name',
      message: 'There is already a layout “Mẫu LĐLĐ huyện”. Give this one another name, or edit that one.',
    });
    await expect(t.api.members.export({ format: 'json', layoutId: id })).rejects.toMatchObject({
      field: 'layoutId',
      message: 'Column layouts are for Excel and CSV files; a JSON file always has every field.',
    });
    const db = t.ctx.workspace.db;
    const stale = JSON.stringify([{ key: 'address', header: 'Địa chỉ' }]);
    await db.updateTable('export_layouts').set({ columns_json: stale }).where('id', '=', id).execute();
    await expect(t.api.members.export({ format: 'xlsx', layoutId: id })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'The layout “Mẫu LĐLĐ huyện” has no usable columns left. Edit the layout, then export again.',
    });
    await t.api.members.removeExportLayout({ id });
    await expect(t.api.members.export({ format: 'xlsx', layoutId: id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'This column layout was not found; it may have just been deleted. Choose the layout again.',
    });
    await expect(t.api.members.saveExportLayout({ ...district, id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'This column layout was not found; it may have just been deleted. Reload the list of layouts.',
    });
    await expect(t.api.members.removeExportLayout({ id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'This column layout was not found; it may already have been deleted.',
    });
  });

  it('names the layouts and groups there are when a name is wrong (the CLI’s look-ups)', async () => {
    const db = t.ctx.workspace.db;
    await expect(layoutIdByName(db, 'Mẫu xã')).rejects.toThrow(
      'There is no column layout “Mẫu xã”. The layouts there are: (none yet; create one under Members → Export).',
    );
    await t.api.members.saveExportLayout(district);
    await expect(layoutIdByName(db, 'Mẫu xã')).rejects.toThrow('The layouts there are: “Mẫu LĐLĐ huyện”.');
    await expect(groupIdByName(db, 'Tổ Nhạc')).rejects.toThrow(
      /^There is no union group “Tổ Nhạc”\. The groups there are: “Tổ Toán - Tin”, /,
    );
    await t.api.groups.create({ name: 'Tổ Văn' });
    await t.api.groups.create({ name: 'Tổ Vân' });
    await expect(groupIdByName(db, 'to van')).rejects.toThrow(
      '“to van” could be: Tổ Văn, Tổ Vân. Write the group’s exact name.',
    );
  });

  it('refuses a union group that is gone, in English', async () => {
    await expect(t.api.members.export({ format: 'xlsx', groupId: 9999 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'This union group was not found (it may have been merged into another).',
    });
  });

  it('still writes the file itself in Vietnamese: title, headings and values', async () => {
    const layout = await t.api.members.saveExportLayout({
      name: 'Mẫu hai tầng',
      columns: [
        { key: 'stt', header: 'STT' },
        { key: 'fullName', header: 'Họ và tên' },
        { key: 'dateOfBirthMale', header: 'Ngày sinh | Nam' },
        { key: 'dateOfBirthFemale', header: 'Ngày sinh | Nữ' },
        { key: 'gender', header: 'Giới tính' },
        { key: 'status', header: 'Trạng thái' },
      ],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await exportWith(t, 'xlsx', layout.id));
    const ws = workbook.worksheets[0]!;
    expect(ws.name).toBe('Danh sách đoàn viên');
    expect(ws.getCell('A1').value).toBe('CÔNG ĐOÀN TRƯỜNG THPT NGUYỄN TRÃI');
    expect(ws.getCell('A2').value).toBe('DANH SÁCH ĐOÀN VIÊN');
    expect(ws.getCell('A3').value).toBe('Tính đến ngày 05/02/2026');
    expect((ws.getRow(5).values as unknown[]).slice(1)).toEqual([
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Ngày sinh',
      'Giới tính',
      'Trạng thái',
    ]);
    expect((ws.getRow(6).values as unknown[]).slice(1)).toEqual([
      'STT',
      'Họ và tên',
      'Nam',
      'Nữ',
      'Giới tính',
      'Trạng thái',
    ]);
    const members = await t.api.members.list({});
    const column = (n: number) => members.map((_m, i) => ws.getCell(7 + i, n).value);
    expect(new Set(column(5))).toEqual(new Set(['Nam', 'Nữ']));
    expect(new Set(column(6))).toEqual(new Set(['Đang sinh hoạt', 'Tạm dừng sinh hoạt']));

    const csv = parseCsv(fs.readFileSync(await exportWith(t, 'csv', layout.id), 'utf8').slice(1));
    expect(csv.rows[0]!.cells).toEqual([
      'STT',
      'Họ và tên',
      'Ngày sinh (Nam)',
      'Ngày sinh (Nữ)',
      'Giới tính',
      'Trạng thái',
    ]);
  });
});
