import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testRouter } from '../ipc/testing';
import { createDemoBranch, DEMO_BRANCH } from './demo';
import { testActor } from '../db/testing/temp-db';
import { checkDatabase } from '../db/check';

describe('demo branch', () => {
  let t: Awaited<ReturnType<typeof testRouter>>;
  beforeEach(async () => (t = await testRouter()));
  afterEach(() => t.close());

  it('creates a realistic branch of about 120 members in 5 tổ, each with a tổ trưởng', async () => {
    expect(await t.api.workspace.createDemo()).toEqual({ groups: 5, members: 120 });
    expect(await t.api.settings.get()).toEqual({ ...DEMO_BRANCH, isDemo: true });

    const groups = await t.api.groups.list();
    expect(groups).toHaveLength(5);
    expect(groups.reduce((sum, g) => sum + g.memberCount, 0)).toBe(120);
    for (const g of groups) {
      expect(g.memberCount).toBeGreaterThan(5);
      expect(g.leaderName).toMatch(/\S+ \S+ \S+/);
    }

    const members = await t.api.members.list({});
    const female = members.filter((m) => m.gender === 'female').length;
    expect(female / members.length).toBeGreaterThan(0.5);
    expect(members.find((m) => m.unionPosition === 'Chủ tịch')?.fullName).toBe(DEMO_BRANCH.chairName);
    for (const m of members) {
      expect(m.fullName).toBe(m.fullName.normalize('NFC'));
      expect(m.dateOfBirth! < m.joinedOn!).toBe(true);
    }
    expect(await checkDatabase(t.ctx.workspace.db)).toMatchObject({ ok: true });
    // One suspension ran out last month with no khôi phục: the dashboard reminds of it.
    expect(members.filter((m) => m.status === 'suspended')).toHaveLength(1);
    expect(await t.api.members.overdueSuspensions({ date: '2026-02-05' })).toEqual([
      expect.objectContaining({ endDate: '2026-01-01' }),
    ]);
  });

  it('audits every row it writes', async () => {
    await t.api.workspace.createDemo();
    const counts = await t.ctx.workspace.db
      .selectFrom('audit_log')
      .select(['table_name', 'action', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['table_name', 'action'])
      .orderBy('table_name')
      .orderBy('action')
      .execute();
    expect(counts).toEqual([
      { table_name: 'branch', action: 'insert', n: 1 },
      // The leavers and one suspension; first entries are part of the member's insert.
      { table_name: 'member_movements', action: 'insert', n: 4 },
      { table_name: 'members', action: 'insert', n: 123 },
      { table_name: 'members', action: 'update', n: 5 },
      { table_name: 'union_groups', action: 'insert', n: 5 },
      { table_name: 'union_groups', action: 'update', n: 5 },
    ]);
  });

  it('is the same branch on every run (seeded)', async () => {
    await createDemoBranch(t.ctx.workspace.db, testActor, { memberCount: 30, seed: 7 });
    const first = (await t.api.members.list({})).map((m) => [m.fullName, m.dateOfBirth]);
    const other = await testRouter();
    try {
      await createDemoBranch(other.ctx.workspace.db, testActor, { memberCount: 30, seed: 7 });
      expect((await other.api.members.list({})).map((m) => [m.fullName, m.dateOfBirth])).toEqual(first);
    } finally {
      await other.close();
    }
  });

  it('records its leavers and suspension whatever the seed, at the earliest clock it supports', async () => {
    // The test clock (2026-02-05) puts the leavers' dates in 2025, when the latest joiners join.
    for (let seed = 1; seed <= 20; seed++) {
      const other = await testRouter();
      try {
        await createDemoBranch(other.ctx.workspace.db, testActor, { memberCount: 3, seed });
      } finally {
        await other.close();
      }
    }
  });

  it('refuses a file that already has a branch and changes nothing', async () => {
    await t.api.workspace.createDemo();
    const before = await t.ctx.workspace.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await expect(t.api.workspace.createDemo()).rejects.toMatchObject({ code: 'CONFLICT' });
    const after = await t.ctx.workspace.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
