import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testRouter } from './testing';
import { ApiError } from './errors';
import { latestSchemaVersion } from '../db/connection';

const branch = {
  branchName: 'Công đoàn Chi cục Thuế khu vực I',
  unitName: 'Chi cục Thuế khu vực I',
  higherUnion: 'Công đoàn Cục Thuế',
  chairName: 'Trần Văn Đức',
  placeName: 'Hà Nội',
};

describe('router and client', () => {
  let t: Awaited<ReturnType<typeof testRouter>>;
  beforeEach(async () => (t = await testRouter()));
  afterEach(async () => {
    expect(t.errors).toEqual([]); // nothing reached the "unexpected error" path
    await t.close();
  });

  it('rejects an unknown channel', async () => {
    expect(await t.router.handle('members.drop', {})).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Lệnh "members.drop" không tồn tại.' },
    });
  });

  it('reports the first invalid field with a Vietnamese message and writes nothing', async () => {
    const result = await t.router.handle('settings.save', { ...branch, chairName: '   ' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'chairName',
        message: 'Nhập họ và tên Chủ tịch công đoàn',
        issues: [{ field: 'chairName', message: 'Nhập họ và tên Chủ tịch công đoàn' }],
      },
    });
    expect(await t.api.settings.get()).toBeNull();
    expect(await t.ctx.workspace.db.selectFrom('audit_log').selectAll().execute()).toEqual([]);
  });

  it('rejects input of the wrong type in Vietnamese too', async () => {
    const result = await t.router.handle('members.list', { groupId: 'một' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ code: 'VALIDATION', field: 'groupId' });
      expect(result.error.message).toMatch(/[ạảãáàâăđêôơư]/); // zod's Vietnamese locale
    }
  });

  it('throws ApiError through the client', async () => {
    const error = await t.api.settings.save({ ...branch, placeName: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'placeName' });
  });

  it('stores NFC text however it was typed, and audits the change', async () => {
    const nfd = 'Tra\u0302\u0300n Va\u0306n \u0110u\u031b\u0301c'; // "Trần Văn Đức" decomposed
    const saved = await t.api.settings.save({ ...branch, chairName: `  ${nfd}  ` });
    expect(saved.chairName).toBe('Trần Văn Đức');
    expect(saved.chairName).toBe(saved.chairName.normalize('NFC'));
    const updated = await t.api.settings.save({ ...saved, placeName: 'Thành phố Hồ Chí Minh' });
    expect(updated.placeName).toBe('Thành phố Hồ Chí Minh');

    const audit = await t.ctx.workspace.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(audit.map((a) => [a.table_name, a.action, a.actor])).toEqual([
      ['branch', 'insert', 'test'],
      ['branch', 'update', 'test'],
    ]);
    expect(JSON.parse(audit[1]!.before_json!)).toMatchObject({ place_name: 'Hà Nội' });
    expect(JSON.parse(audit[1]!.after_json!)).toMatchObject({ place_name: 'Thành phố Hồ Chí Minh' });
  });

  it('reports the workspace state', async () => {
    expect(await t.api.workspace.info()).toEqual({
      appVersion: 'test',
      dataFileName: 'branch.sqlite',
      schemaVersion: latestSchemaVersion,
      setUp: false,
    });
    await t.api.settings.save(branch);
    expect((await t.api.workspace.info()).setUp).toBe(true);
  });

  it('opens another file chosen in the host dialog, and keeps the current one on cancel', async () => {
    await t.api.settings.save(branch);
    t.host.nextOpen = null;
    expect((await t.api.workspace.openFile()).opened).toBe(false);
    expect(await t.api.settings.get()).toMatchObject({ branchName: branch.branchName });

    t.host.nextCreate = t.tmp.file('khac.sqlite');
    const result = await t.api.workspace.newFile();
    expect(result).toMatchObject({ opened: true, info: { dataFileName: 'khac.sqlite', setUp: false } });
    expect(await t.api.settings.get()).toBeNull();

    // Choosing an existing file to "create" neither wipes it nor opens it behind the chair's back.
    t.host.nextCreate = t.tmp.file('branch.sqlite');
    await expect(t.api.workspace.newFile()).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('“branch.sqlite” đã có sẵn'),
    });
    expect((await t.api.workspace.info()).dataFileName).toBe('khac.sqlite');
  });

  it('explains in Vietnamese when the chosen file is not a branch file', async () => {
    const bogus = t.tmp.file('ghi-chu.sqlite');
    (await import('node:fs')).writeFileSync(bogus, 'đây không phải SQLite '.repeat(100));
    t.host.nextOpen = bogus;
    const error = await t.api.workspace.openFile().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DATA_FILE' });
    expect((error as Error).message).toContain('không phải là tệp dữ liệu Sổ Công đoàn');
    expect((await t.api.workspace.info()).dataFileName).toBe('branch.sqlite');
  });

  it('previews the sample document with the branch header', async () => {
    await expect(t.api.settings.previewSampleDocument()).rejects.toMatchObject({ code: 'NOT_SET_UP' });
    await t.api.settings.save(branch);
    const { pages } = await t.api.settings.previewSampleDocument();
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(t.host.previews).toHaveLength(1);
    expect(t.host.previews[0]!.pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
