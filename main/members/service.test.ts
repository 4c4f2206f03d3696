import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRouter } from '../ipc/testing';
import { compareVietnameseNames } from '../vi/names';
import { searchKey } from '../vi/text';

describe('member list', () => {
  let t: Awaited<ReturnType<typeof testRouter>>;
  beforeAll(async () => {
    t = await testRouter();
    await t.api.workspace.createDemo();
  });
  afterAll(() => t.close());

  it('sorts by tên, then họ, then đệm (Vietnamese order, Đ after D)', async () => {
    const members = await t.api.members.list({});
    const sorted = [...members].sort(compareVietnameseNames);
    expect(members.map((m) => m.fullName)).toEqual(sorted.map((m) => m.fullName));
  });

  it.each(['duc', 'dao', 'nguyen thi', 'ĐỨC', 'Nguyễn Thị'])('finds "%s" ignoring marks and đ', async (query) => {
    const found = await t.api.members.list({ query });
    expect(found.length).toBeGreaterThan(0);
    const tokens = searchKey(query).split(' ');
    for (const m of found) for (const token of tokens) expect(searchKey(m.fullName)).toContain(token);
  });

  it('finds by CCCD digits and treats % as a plain character', async () => {
    const [first] = await t.api.members.list({});
    const cccd = await t.ctx.workspace.db
      .selectFrom('members')
      .select('cccd')
      .where('id', '=', first!.id)
      .executeTakeFirstOrThrow();
    expect((await t.api.members.list({ query: cccd.cccd!.slice(3, 11) })).map((m) => m.id)).toContain(first!.id);
    expect(await t.api.members.list({ query: '%' })).toEqual([]);
  });

  it('filters by tổ', async () => {
    const [group] = await t.api.groups.list();
    const members = await t.api.members.list({ groupId: group!.id });
    expect(members).toHaveLength(group!.memberCount);
    expect(new Set(members.map((m) => m.groupName))).toEqual(new Set([group!.name]));
  });
});
