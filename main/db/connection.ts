import { CompiledQuery, Kysely, Migrator, sql } from 'kysely';
import { Sqlite3Dialect } from './sqlite3-driver';
import { latestSchemaVersion, migrationProvider, migrations } from './migrations';
import type { Database } from './schema';

export type Db = Kysely<Database>;

/**
 * WAL lets the CLI read while the app writes; synchronous=FULL because the file holds money
 * and a power cut on an office PC must not lose a committed receipt.
 */
const PRAGMAS = [
  'pragma journal_mode = wal',
  'pragma foreign_keys = on',
  'pragma synchronous = full',
  'pragma busy_timeout = 5000',
];

/** Opens (creating if needed) a branch file with our pragmas, without migrating it. */
export function connect(filename: string): Db {
  return new Kysely<Database>({
    dialect: new Sqlite3Dialect({
      filename,
      onOpen: async (connection) => {
        for (const pragma of PRAGMAS) await connection.executeQuery(CompiledQuery.raw(pragma));
      },
    }),
  });
}

export class SchemaTooNewError extends Error {
  constructor(readonly fileVersion: string) {
    super(`Database schema ${fileVersion} is newer than this app knows`);
  }
}

/** Brings the file to the latest schema; refuses a file written by a newer app. */
export async function migrateToLatest(db: Db): Promise<void> {
  const known = new Set(Object.keys(migrations));
  const applied = await appliedMigrations(db);
  const unknown = applied.find((name) => !known.has(name));
  if (unknown) throw new SchemaTooNewError(unknown);
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) throw error;
}

async function appliedMigrations(db: Db): Promise<string[]> {
  const table = await sql<{
    name: string;
  }>`select name from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(db);
  if (table.rows.length === 0) return [];
  const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/** The schema version of a file: the number of the newest migration applied to it (0 = empty). */
export async function schemaVersion(db: Db): Promise<number> {
  const applied = await appliedMigrations(db);
  const last = applied.at(-1);
  return last ? Number.parseInt(last, 10) : 0;
}

export async function openDatabase(filename: string): Promise<Db> {
  const db = connect(filename);
  try {
    await migrateToLatest(db);
    return db;
  } catch (err) {
    await db.destroy();
    throw err;
  }
}

export { latestSchemaVersion };
