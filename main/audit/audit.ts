/**
 * The audit trail: every insert/update/delete of business data writes one row here, in the
 * same transaction as the change, so the history can never disagree with the data.
 */
import os from 'node:os';
import type { Transaction } from 'kysely';
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

/** The OS account name for the audit trail; some containers have a uid without an account. */
export function osUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'không rõ';
  }
}
