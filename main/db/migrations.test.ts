/**
 * Every earlier schema version is kept as a fixture file with data (tests/fixtures/db/vN.sqlite,
 * made with `npm run cli -- demo --db …` by the release that introduced version N). Opening
 * each with today's app must migrate it and keep every row.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { connect, latestSchemaVersion, openDatabase, schemaVersion, SchemaTooNewError } from './connection';
import { checkDatabase } from './check';
import { tempDir } from './testing/temp-db';

const FIXTURES = path.resolve(__dirname, '../../tests/fixtures/db');
const fixtures = fs.readdirSync(FIXTURES).filter((f) => /^v\d+\.sqlite$/.test(f));

async function snapshot(file: string) {
  const db = connect(file);
  try {
    const count = async (table: string) =>
      (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]!.n;
    const names = await sql<{ full_name: string }>`select full_name from members order by id`.execute(db);
    return {
      branch: await count('branch'),
      groups: await count('union_groups'),
      members: await count('members'),
      audit: await count('audit_log'),
      names: names.rows.map((r) => r.full_name),
    };
  } finally {
    await db.destroy();
  }
}

describe('migrations', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.remove());

  it('has a fixture for every earlier version', () => {
    const versions = fixtures.map((f) => Number(/\d+/.exec(f)![0])).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: latestSchemaVersion }, (_, i) => i + 1));
  });

  it('creates a new file at the latest version and reopens it without change', async () => {
    const file = tmp.file('new.sqlite');
    const db = await openDatabase(file);
    expect(await schemaVersion(db)).toBe(latestSchemaVersion);
    await db.destroy();
    const again = await openDatabase(file);
    expect(await schemaVersion(again)).toBe(latestSchemaVersion);
    await again.destroy();
  });

  it.each(fixtures)('migrates %s to the latest version keeping its data', async (fixture) => {
    const file = tmp.file(fixture);
    fs.copyFileSync(path.join(FIXTURES, fixture), file);
    const before = await snapshot(file);
    expect(before.members).toBeGreaterThan(0);

    const db = await openDatabase(file);
    try {
      expect(await schemaVersion(db)).toBe(latestSchemaVersion);
      const report = await checkDatabase(db);
      expect(report).toMatchObject({ ok: true, integrity: 'ok', foreignKeyViolations: [] });
    } finally {
      await db.destroy();
    }
    const after = await snapshot(file);
    expect(after).toEqual(before);
  });

  it('version 6 steps down a tổ trưởng who had already left the branch, audited', async () => {
    const file = tmp.file('v5.sqlite');
    fs.copyFileSync(path.join(FIXTURES, 'v5.sqlite'), file);
    const old = connect(file);
    const [first, second] = (
      await sql<{ id: number; leader: number }>`select id, leader_member_id as leader from union_groups
        where leader_member_id is not null order by id limit 2`.execute(old)
    ).rows;
    // The first leader left (the state a cancelled re-admission used to leave); the second did not.
    await sql`update members set status = 'left' where id = ${first!.leader}`.execute(old);
    await old.destroy();

    const db = await openDatabase(file);
    try {
      const groups = await sql<{ id: number; leader: number | null }>`select id, leader_member_id as leader
        from union_groups where id in (${first!.id}, ${second!.id}) order by id`.execute(db);
      expect(groups.rows).toEqual([
        { id: first!.id, leader: null },
        { id: second!.id, leader: second!.leader },
      ]);
      const titles = await sql<{ id: number; title: string | null }>`select id, union_position as title
        from members where id in (${first!.leader}, ${second!.leader}) order by id`.execute(db);
      expect(titles.rows).toEqual(
        [
          { id: first!.leader, title: null },
          { id: second!.leader, title: 'Tổ trưởng công đoàn' },
        ].sort((a, b) => a.id - b.id),
      );
      const audit = await sql<{ table_name: string; row_id: number; before_json: string; after_json: string }>`
        select table_name, row_id, before_json, after_json from audit_log where actor like 'Sổ Công đoàn%' order by id`.execute(
        db,
      );
      expect(audit.rows).toEqual([
        {
          table_name: 'members',
          row_id: first!.leader,
          before_json: '{"union_position":"Tổ trưởng công đoàn"}',
          after_json: '{"union_position":null}',
        },
        {
          table_name: 'union_groups',
          row_id: first!.id,
          before_json: `{"leader_member_id":${first!.leader}}`,
          after_json: '{"leader_member_id":null}',
        },
      ]);
    } finally {
      await db.destroy();
    }
  });

  it('version 7 gives each tổ merged before it the tổ it went into, read from the merge audit', async () => {
    const file = tmp.file('v6.sqlite');
    fs.copyFileSync(path.join(FIXTURES, 'v6.sqlite'), file);
    const old = connect(file);
    const [source, target, archivedAlone, damaged] = (
      await sql<{ id: number }>`select id from union_groups order by id limit 4`.execute(old)
    ).rows.map((r) => r.id);
    // A merge as version 6 wrote it: the target only in the audit row that archived the tổ.
    await sql`update union_groups set archived_at = '2026-01-05T08:00:00.000Z'
      where id in (${source}, ${archivedAlone}, ${damaged})`.execute(old);
    const archive = (rowId: number, after: string) => sql`
      insert into audit_log (at, actor, table_name, row_id, action, before_json, after_json)
      values ('2026-01-05T08:00:00.000Z', 'test', 'union_groups', ${rowId}, 'update', '{"archived_at":null}', ${after})`;
    await archive(source!, JSON.stringify({ archived_at: '2026-01-05T08:00:00.000Z', merged_into: target })).execute(
      old,
    );
    // A damaged file: text that is not JSON, a target that does not exist. It must still open.
    await archive(damaged!, '{"merged_into": 9').execute(old);
    await archive(damaged!, JSON.stringify({ merged_into: 999_999 })).execute(old);
    await old.destroy();

    const db = await openDatabase(file);
    try {
      const rows = await sql<{ id: number; into: number | null; on: string | null }>`
        select id, merged_into_id as "into", merged_on as "on" from union_groups
        where id in (${source}, ${target}, ${archivedAlone}, ${damaged}) order by id`.execute(db);
      expect(rows.rows).toEqual(
        [
          { id: source, into: target, on: '2026-01-05' },
          { id: target, into: null, on: null },
          { id: archivedAlone, into: null, on: null },
          { id: damaged, into: null, on: null },
        ].sort((a, b) => a.id! - b.id!),
      );
    } finally {
      await db.destroy();
    }
  });

  it('refuses a file written by a newer version and leaves it untouched', async () => {
    const file = tmp.file('future.sqlite');
    const db = await openDatabase(file);
    await sql`insert into kysely_migration (name, timestamp) values ('9999_from_the_future', '2030-01-01')`.execute(db);
    await db.destroy();
    await expect(openDatabase(file)).rejects.toBeInstanceOf(SchemaTooNewError);
  });
});
