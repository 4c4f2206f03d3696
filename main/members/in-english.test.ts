/** The register's refusals in the UI's English: field checks, movements and tổ, end to end. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../i18n/messages';
import { testRouter } from '../ipc/testing';
import { testActor } from '../db/testing/temp-db';
import { MemberFields, type MemberFieldsInput } from './contract';
import { cancelMovement, createMember, recordMovement } from './service';
import { createGroup, setLeader } from './groups';
import { cancelProblem, movementProblem } from './movements';

/** testActor's clock says 2026-02-05. */
const lan: MemberFieldsInput = {
  fullName: 'Nguyễn Thị Lan',
  dateOfBirth: '1990-04-12',
  gender: 'female',
  cccd: '001190012345',
  joinedOn: '2015-09-01',
};

const movement = { decisionNumber: null, decisionDate: null, reason: null, place: null, endDate: null, note: null };

describe('the member register in English', () => {
  let t: Awaited<ReturnType<typeof testRouter>>;
  beforeEach(async () => {
    t = await testRouter();
  });
  afterEach(async () => {
    setMessageLanguage('vi');
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('checks a member’s fields in English, when the check is made rather than when the schema was built', () => {
    setMessageLanguage('en');
    const result = MemberFields.safeParse({
      ...lan,
      fullName: ' ',
      cccd: '0011 9001',
      gender: 'x',
      insuranceSalary: -1,
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['fullName', 'Enter the member’s full name'],
      ['gender', 'Choose the gender (male or female)'],
      ['cccd', 'The CCCD number must have exactly 12 digits'],
      ['insuranceSalary', 'The amount cannot be negative'],
    ]);
    setMessageLanguage('vi');
    expect(MemberFields.safeParse({ ...lan, cccd: '1' }).error?.issues[0]?.message).toBe(
      'Số CCCD phải gồm đúng 12 chữ số',
    );
  });

  it('says through the service why a member, a movement or a tổ is refused', async () => {
    const db = t.ctx.workspace.db;
    setMessageLanguage('en');
    const born = createMember(db, testActor, {
      fields: MemberFields.parse({ ...lan, dateOfBirth: '2027-01-01' }),
      entry: 'admitted',
    });
    await expect(born).rejects.toMatchObject({
      code: 'VALIDATION',
      field: 'fields.dateOfBirth',
      message: 'The date of birth cannot be later than today.',
    });
    const id = await createMember(db, testActor, { fields: MemberFields.parse(lan), entry: 'admitted' });
    await expect(
      recordMovement(db, testActor, { ...movement, memberId: id, kind: 'restored', onDate: '2026-01-10' }),
    ).rejects.toMatchObject({
      field: 'onDate',
      message: 'Cannot record “Restored”: the member is active.',
    });
    const [first] = (await t.api.members.get({ id })).movements;
    await expect(cancelMovement(db, testActor, first!.id, 'Nhầm')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'The first movement cannot be cancelled; correct the member’s date of joining the union instead.',
    });
    await createGroup(db, testActor, 'Tổ Văn phòng', 'to');
    await expect(createGroup(db, testActor, 'TỔ VĂN PHÒNG', 'to')).rejects.toMatchObject({
      field: 'name',
      message: 'There is already a union group named "Tổ Văn phòng". Choose another name.',
    });
  });

  it('answers the form through the router in English: field issues, refused movements and tổ', async () => {
    setMessageLanguage('en');
    const error = await t.api.members
      .create({ fields: { ...lan, fullName: '', cccd: '12345' } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'VALIDATION',
      field: 'fields.fullName',
      message: 'Enter the member’s full name',
      issues: [
        { field: 'fields.fullName', message: 'Enter the member’s full name' },
        { field: 'fields.cccd', message: 'The CCCD number must have exactly 12 digits' },
      ],
    });
    await expect(t.api.members.create({ fields: { ...lan, joinedOn: '2004-04-11' } })).rejects.toMatchObject({
      field: 'fields.joinedOn',
      message: 'The date of joining the union must come after the member turned 15 (born 12/04/1990).',
    });

    const groupId = (await t.api.groups.create({ name: 'Tổ Văn phòng' })).id;
    const { id } = await t.api.members.create({ fields: { ...lan, groupId } });
    await expect(t.api.members.create({ fields: { ...lan, fullName: 'Trần Văn Bình' } })).rejects.toMatchObject({
      field: 'fields.cccd',
      message: 'CCCD number 001190012345 already belongs to the member Nguyễn Thị Lan.',
    });
    await t.api.members.recordMovement({ memberId: id, kind: 'transferred_out', onDate: '2026-01-15' });
    await expect(
      t.api.members.recordMovement({ memberId: id, kind: 'left', onDate: '2026-01-20' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      field: 'onDate',
      message: 'Cannot record “Left the union”: the member has transferred out.',
    });
    await expect(
      t.api.members.recordMovement({ memberId: id, kind: 'admitted', onDate: '2026-01-10' }),
    ).rejects.toMatchObject({
      message: 'The date of the movement must be on or after that of the latest movement (15/01/2026).',
    });
    await expect(t.api.members.cancelMovement({ movementId: 1, note: ' ' })).rejects.toMatchObject({
      field: 'note',
      message: 'Give the reason for cancelling the movement',
    });

    await expect(t.api.groups.setLeader({ id: groupId, memberId: id })).rejects.toMatchObject({
      code: 'VALIDATION',
      field: 'memberId',
      message:
        'Nguyễn Thị Lan has transferred out and cannot be the group leader. Choose an active member of this group.',
    });
    await expect(t.api.groups.moveMembers({ memberIds: [], groupId, onDate: '2026-01-01' })).rejects.toMatchObject({
      field: 'memberIds',
      message: 'Choose at least one member',
    });
    await expect(
      t.api.groups.merge({ sourceId: groupId, targetId: groupId, onDate: '2026-01-01' }),
    ).rejects.toMatchObject({ field: 'targetId', message: 'Choose a different group to merge into.' });
    await expect(t.api.groups.create({ name: '' })).rejects.toMatchObject({
      field: 'name',
      message: 'Enter the name of the union group',
    });

    // Back in Vietnamese, the same refusal reads as before.
    setMessageLanguage('vi');
    await expect(setLeader(t.ctx.workspace.db, testActor, groupId, id)).rejects.toMatchObject({
      message: 'Nguyễn Thị Lan đã chuyển đi, không thể làm tổ trưởng. Chọn một đoàn viên đang sinh hoạt trong tổ.',
    });
  });

  it('says a moved member’s dated change and a corrected joining date in English', async () => {
    setMessageLanguage('en');
    const a = (await t.api.groups.create({ name: 'Tổ A' })).id;
    const b = (await t.api.groups.create({ name: 'Tổ B' })).id;
    const { id } = await t.api.members.create({ fields: { ...lan, groupId: a } });
    await expect(t.api.groups.moveMembers({ memberIds: [id], groupId: b, onDate: '2010-01-01' })).rejects.toMatchObject(
      {
        field: 'onDate',
        message:
          'Nguyễn Thị Lan: The effective date (01/01/2010) cannot be earlier than the day the member joined the union (01/09/2015).',
      },
    );
    await t.api.members.recordMovement({ memberId: id, kind: 'suspended', onDate: '2020-01-01' });
    const fields = (await t.api.members.get({ id })).fields;
    await expect(t.api.members.update({ id, fields: { ...fields, joinedOn: '2021-01-01' } })).rejects.toMatchObject({
      field: 'fields.joinedOn',
      message:
        'The date of joining the union cannot be later than the date of “Suspended” (01/01/2020). If that movement was recorded by mistake, cancel it first.',
    });
  });
});

describe('the movement rules in English', () => {
  afterEach(() => setMessageLanguage('vi'));
  const log = [{ id: 1, kind: 'admitted' as const, on_date: '2015-03-01', corrects_id: null }];

  it('names the movement as the dialog offers it and the status as a sentence says it', () => {
    setMessageLanguage('en');
    expect(movementProblem(log, 'admitted', '2026-01-01', '2026-11-23')).toBe(
      'Cannot record “Admitted”: the member is active.',
    );
    expect(movementProblem([], 'restored', '2026-01-01', '2026-11-23')).toBe(
      'Cannot record “Restored” yet: the member has no membership history.',
    );
    expect(movementProblem(log, 'left', '2026-11-24', '2026-11-23')).toBe(
      'The date of the movement cannot be later than today.',
    );
    expect(cancelProblem([...log, { id: 2, kind: 'left', on_date: '2020-01-01', corrects_id: null }], 1)).toBe(
      'Only the latest movement can be cancelled; cancel them one at a time, starting from the newest.',
    );
  });
});
