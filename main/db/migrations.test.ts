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

  it('refuses a file written by a newer version and leaves it untouched', async () => {
    const file = tmp.file('future.sqlite');
    const db = await openDatabase(file);
    await sql`insert into kysely_migration (name, timestamp) values ('9999_from_the_future', '2030-01-01')`.execute(db);
    await db.destroy();
    await expect(openDatabase(file)).rejects.toBeInstanceOf(SchemaTooNewError);
  });
});
