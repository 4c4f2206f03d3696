import { sql } from 'kysely';
import { latestSchemaVersion, schemaVersion, type Db } from './connection';

export interface CheckReport {
  ok: boolean;
  integrity: string;
  foreignKeyViolations: { table: string; rowid: number; parent: string }[];
  schemaVersion: number;
  latestSchemaVersion: number;
}

/** `so-cong-doan check`: SQLite's own integrity and FK checks plus the schema version. */
export async function checkDatabase(db: Db): Promise<CheckReport> {
  const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
  const fk = await sql<{ table: string; rowid: number; parent: string }>`pragma foreign_key_check`.execute(db);
  const version = await schemaVersion(db);
  const integrityText = integrity.rows.map((r) => r.integrity_check).join('; ');
  const foreignKeyViolations = fk.rows.map((r) => ({ table: r.table, rowid: r.rowid, parent: r.parent }));
  return {
    ok: integrityText === 'ok' && foreignKeyViolations.length === 0 && version <= latestSchemaVersion,
    integrity: integrityText,
    foreignKeyViolations,
    schemaVersion: version,
    latestSchemaVersion,
  };
}
