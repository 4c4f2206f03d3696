/**
 * The audit trail: every insert/update/delete of business data writes one row here, in the
 * same transaction as the change, so the history can never disagree with the data.
 */
import os from 'node:os';
import type { Insertable, Selectable, Transaction, Updateable } from 'kysely';
import { bulkInsert } from '../db/bulk-insert';
import type { AuditAction, Database } from '../db/schema';

export type Trx = Transaction<Database>;

export interface AuditEntry {
  table: keyof Database;
  rowId: number;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
}

export interface Actor {
  /** Who made the change: the OS user in the app, "cli" from the command line. */
  actor: string;
  now: () => Date;
}

export async function writeAudit(trx: Trx, who: Actor, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  const at = who.now().toISOString();
  await bulkInsert(
    trx,
    'audit_log',
    list.map((e) => ({
      at,
      actor: who.actor,
      table_name: e.table,
      row_id: e.rowId,
      action: e.action,
      before_json: e.before === undefined ? null : JSON.stringify(e.before),
      after_json: e.after === undefined ? null : JSON.stringify(e.after),
    })),
  );
}

/** Tables of records the chair edits whole (a form saves every field), stamped created/updated. */
type RecordTable = 'rule_values' | 'export_layouts';

/** The same tables as Kysely sees them when the name is a type parameter it cannot follow. */
type LooseRecords = Record<string, Record<string, unknown>>;

/**
 * Saves a record from a form: `values` over `before` when there is one, else a new row with
 * `created` added; audited either way. Returns the row as stored.
 */
export async function saveRecord<T extends RecordTable>(
  trx: Trx,
  who: Actor,
  table: T,
  before: Selectable<Database[T]> | undefined,
  values: Updateable<Database[T]>,
  created: Partial<Insertable<Database[T]>>,
): Promise<Selectable<Database[T]>> {
  const loose = trx as unknown as Transaction<LooseRecords>;
  const name: string = table;
  const id = (before as { id: number } | undefined)?.id;
  const row =
    id === undefined
      ? await loose
          .insertInto(name)
          .values({ ...created, ...values })
          .returningAll()
          .executeTakeFirstOrThrow()
      : await loose.updateTable(name).set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  await writeAudit(trx, who, {
    table,
    rowId: row.id as number,
    action: before ? 'update' : 'insert',
    before,
    after: row,
  });
  return row as Selectable<Database[T]>;
}

/** The OS account name for the audit trail; some containers have a uid without an account. */
export function osUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'không rõ';
  }
}
