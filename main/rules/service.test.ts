import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../i18n/messages';
import { testRouter } from '../ipc/testing';
import { ruleBook } from './service';

describe('rule book', () => {
  const book = ruleBook([
    { rule: 'member.minJoinAge', validFrom: '2027-01-01', value: 16 },
    { rule: 'member.minJoinAge', validFrom: null, value: 15 },
    { rule: 'member.minJoinAge', validFrom: '2030-07-01', value: 17 },
  ]);

  it.each([
    ['1990-01-01', 15],
    ['2026-12-31', 15],
    ['2027-01-01', 16],
    ['2030-06-30', 16],
    ['2030-07-01', 17],
    ['2040-01-01', 17],
  ])('on %s the value in force is %i', (date, value) => {
    expect(book.valueOn('member.minJoinAge', date)).toBe(value);
  });

  it('names a rule whose base value is missing (a damaged file)', () => {
    expect(() => book.valueOn('member.minPartyAge', '2026-01-01')).toThrow(/member\.minPartyAge/);
  });

  it('says so in English in an English window', () => {
    setMessageLanguage('en');
    try {
      expect(() => book.valueOn('member.minPartyAge', '2026-01-01')).toThrow(
        'The data file lacks the initial value of the rule “member.minPartyAge” (it may have been changed outside the program). Open the latest backup.',
      );
    } finally {
      setMessageLanguage('vi');
    }
  });
});

describe('rules', () => {
  let t: Awaited<ReturnType<typeof testRouter>>;
  beforeEach(async () => (t = await testRouter()));
  afterEach(async () => {
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('ships the age thresholds as base values with their basis', async () => {
    const rules = await t.api.rules.list();
    expect(rules.map((r) => [r.rule, r.validFrom, r.value])).toEqual([
      ['member.minJoinAge', null, 15],
      ['member.minPartyAge', null, 18],
    ]);
    for (const r of rules) expect(r.basis).toMatch(/Điều \d/);
  });

  it('adds a dated value, corrects it, removes it; every change audited', async () => {
    const added = await t.api.rules.save({
      rule: 'member.minJoinAge',
      validFrom: '2027-01-01',
      value: 16,
      basis: 'Nghị quyết giả định số 1/2026',
    });
    const corrected = await t.api.rules.save({ ...added, value: 17, basis: 'Nghị quyết giả định số 2/2026' });
    expect(corrected).toEqual({ ...added, value: 17, basis: 'Nghị quyết giả định số 2/2026' });
    expect((await t.api.rules.list()).filter((r) => r.rule === 'member.minJoinAge').map((r) => r.value)).toEqual([
      15, 17,
    ]);
    await t.api.rules.remove({ id: added.id });
    expect((await t.api.rules.list()).map((r) => r.value)).toEqual([15, 18]);
    const audit = await t.ctx.workspace.db
      .selectFrom('audit_log')
      .select(['action', 'row_id'])
      .where('table_name', '=', 'rule_values')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'insert', row_id: added.id },
      { action: 'update', row_id: added.id },
      { action: 'delete', row_id: added.id },
    ]);
  });

  it('corrects the base value but keeps it undated and undeletable', async () => {
    const [base] = await t.api.rules.list();
    const saved = await t.api.rules.save({ ...base!, validFrom: '2020-01-01', value: 16 });
    expect(saved).toMatchObject({ id: base!.id, validFrom: null, value: 16 });
    await expect(t.api.rules.remove({ id: base!.id })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Mức ban đầu của quy định không xóa được; hãy sửa giá trị hoặc căn cứ của nó.',
    });
  });

  it.each([
    [{ value: 5 }, 'value', 'Nhập giá trị từ 14 đến 30 tuổi.'],
    [{ validFrom: null }, 'validFrom', 'Nhập ngày bắt đầu áp dụng (dd/mm/yyyy).'],
    [{ validFrom: '2027-02-30' }, 'validFrom', 'Nhập ngày bắt đầu áp dụng (dd/mm/yyyy).'],
    [{ basis: '  ' }, 'basis', 'Ghi căn cứ của mức này: số văn bản, điều khoản.'],
  ])('refuses %j at %s: %s', async (change, field, message) => {
    const input = { rule: 'member.minJoinAge' as const, validFrom: '2027-01-01', value: 16, basis: 'NQ 1', ...change };
    await expect(t.api.rules.save(input)).rejects.toMatchObject({ code: 'VALIDATION', field, message });
    expect(await t.api.rules.list()).toHaveLength(2);
  });

  it('refuses a second value from the same day', async () => {
    const input = { rule: 'member.minJoinAge' as const, validFrom: '2027-01-01', value: 16, basis: 'NQ 1' };
    await t.api.rules.save(input);
    await expect(t.api.rules.save({ ...input, value: 17 })).rejects.toMatchObject({
      field: 'validFrom',
      message: 'Đã có mức áp dụng từ ngày 01/01/2027; hãy sửa mức đó.',
    });
  });

  it('member checks use the threshold in force on the day they are about', async () => {
    // testActor's clock says 2026-02-05. From 2026-01-01 members must be 16 when they join.
    await t.api.rules.save({ rule: 'member.minJoinAge', validFrom: '2026-01-01', value: 16, basis: 'NQ 1' });
    const fields = { fullName: 'Lê Văn Nam', dateOfBirth: '2010-03-01', gender: 'male' as const };
    // Joined at 15 in 2025, when 15 was enough, and still 15 today: accepted.
    await expect(t.api.members.create({ fields: { ...fields, joinedOn: '2025-04-01' } })).resolves.toMatchObject({});
    // The same person joining this year is refused, at the birth date and at the join date.
    await expect(
      t.api.members.create({ fields: { ...fields, fullName: 'Lê Văn Bắc', joinedOn: '2026-01-15' } }),
    ).rejects.toMatchObject({
      issues: [
        { field: 'fields.dateOfBirth', message: 'Đoàn viên phải từ đủ 16 tuổi.' },
        { field: 'fields.joinedOn', message: 'Ngày vào công đoàn phải sau ngày đủ 16 tuổi (sinh 01/03/2010).' },
      ],
    });
    // The Party threshold, too, is taken on the day of joining the Party.
    await t.api.rules.save({ rule: 'member.minPartyAge', validFrom: '2026-01-01', value: 21, basis: 'NQ 2' });
    const partyMember = (fullName: string, dateOfBirth: string, partyJoinedOn: string) =>
      t.api.members.create({
        fields: { fullName, dateOfBirth, gender: 'female', joinedOn: '2024-01-01', partyMember: true, partyJoinedOn },
      });
    // At 20 in 2010, when 18 was enough: accepted. At 20 now: refused.
    await expect(partyMember('Trần Thị Mai', '1990-01-01', '2010-06-01')).resolves.toMatchObject({});
    await expect(partyMember('Trần Thị Lan', '2006-01-01', '2026-02-01')).rejects.toMatchObject({
      field: 'fields.partyJoinedOn',
      message: 'Ngày vào Đảng phải sau ngày đủ 21 tuổi.',
    });
  });
});

describe('rules in an English window', () => {
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

  const input = { rule: 'member.minJoinAge' as const, validFrom: '2027-01-01', value: 16, basis: 'NQ 1' };

  it.each([
    [{ value: 5 }, 'value', 'Enter a value from 14 to 30 years.'],
    [{ value: 16.5 }, 'value', 'The value must be a whole number.'],
    [{ value: '16' }, 'value', 'Enter a value.'],
    [{ validFrom: null }, 'validFrom', 'Enter the date the value applies from (dd/mm/yyyy).'],
    [{ validFrom: '2027-02-30' }, 'validFrom', 'Enter the date the value applies from (dd/mm/yyyy).'],
    [{ basis: '  ' }, 'basis', 'Give the legal basis of this value: the document number and the article.'],
  ])('refuses %j at %s: %s', async (change, field, message) => {
    await expect(t.api.rules.save({ ...input, ...change } as typeof input)).rejects.toMatchObject({
      code: 'VALIDATION',
      field,
      message,
    });
    expect(await t.api.rules.list()).toHaveLength(2);
  });

  it('refuses a second value from the same day, a value gone, and deleting the base value', async () => {
    const added = await t.api.rules.save(input);
    await expect(t.api.rules.save({ ...input, value: 17 })).rejects.toMatchObject({
      field: 'validFrom',
      message: 'There is already a value applying from 01/01/2027; edit that one instead.',
    });
    await t.api.rules.remove({ id: added.id });
    await expect(t.api.rules.save({ ...added, value: 17 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'This value of the rule was not found; it may have just been deleted. Reload the page.',
    });
    await expect(t.api.rules.remove({ id: added.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'This value of the rule was not found; it may already have been deleted.',
    });
    const [base] = await t.api.rules.list();
    await expect(t.api.rules.remove({ id: base!.id })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'The initial value of a rule cannot be deleted; edit its value or legal basis instead.',
    });
  });
});
