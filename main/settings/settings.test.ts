import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../i18n/messages';
import { testRouter } from '../ipc/testing';
import { pageText } from '../pdf/testing/poppler';

const branch = {
  branchName: 'Công đoàn Chi cục Thuế khu vực I',
  unitName: 'Chi cục Thuế khu vực I',
  higherUnion: 'Công đoàn Cục Thuế',
  chairName: 'Trần Văn Đức',
  placeName: 'Hà Nội',
};

describe('branch settings in an English window', () => {
  let t: Awaited<ReturnType<typeof testRouter>>;
  beforeEach(async () => {
    t = await testRouter();
    setMessageLanguage('en');
  });
  afterEach(async () => {
    setMessageLanguage('vi');
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('says what to fill in, in English, at each field', async () => {
    const result = await t.router.handle('settings.save', { ...branch, chairName: '   ' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'chairName',
        message: 'Enter the full name of the branch chair',
        issues: [{ field: 'chairName', message: 'Enter the full name of the branch chair' }],
      },
    });
    const empty = { branchName: '', unitName: '', higherUnion: '', chairName: '', placeName: 'x'.repeat(61) };
    await expect(t.api.settings.save(empty)).rejects.toMatchObject({
      code: 'VALIDATION',
      field: 'branchName',
      issues: [
        {
          field: 'branchName',
          message: 'Enter the grassroots union branch name, for example "Công đoàn Chi cục Thuế khu vực I"',
        },
        { field: 'unitName', message: 'Enter the agency or unit the branch belongs to' },
        { field: 'higherUnion', message: 'Enter the directly superior union' },
        { field: 'chairName', message: 'Enter the full name of the branch chair' },
        { field: 'placeName', message: 'At most 60 characters' },
      ],
    });
    expect(await t.api.settings.get()).toBeNull();
  });

  it('asks for the first-time setup before a document, and the document itself stays Vietnamese', async () => {
    await expect(t.api.settings.previewSampleDocument()).rejects.toMatchObject({
      code: 'NOT_SET_UP',
      message: 'The branch details have not been entered yet. Complete the First-time setup.',
    });
    await t.api.settings.save(branch);
    await t.api.settings.previewSampleDocument();
    const file = path.join(t.tmp.dir, 'sample.pdf');
    writeFileSync(file, t.host.previews[0]!.pdf);
    const text = pageText(file);
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CÔNG ĐOÀN CỤC THUẾ', 'THÔNG BÁO', 'Trần Văn Đức']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('Hà Nội, ngày');
    expect(t.host.previews[0]!.title).toBe('Thông báo');
  });

  it('refuses sample data in a file that has a branch, in English', async () => {
    await t.api.settings.save(branch);
    await expect(t.api.workspace.createDemo()).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'This data file already has branch details. The sample data can only be created in a new file.',
    });
    expect((await t.api.settings.get())?.branchName).toBe(branch.branchName);
  });
});
