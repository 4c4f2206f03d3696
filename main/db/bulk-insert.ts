/**
 * Large writes: many rows into one table with a single bound parameter, and batches written
 * while the next ones are being prepared. A 10,000-member import writes five tables; through
 * multi-row VALUES each of its 300,000 values would be compiled by Kysely, copied by
 * node-sqlite3 and bound one by one, which cost more than the writing itself.
 */
import { sql, type Insertable, type Transaction } from 'kysely';
import type { Database } from './schema';

type Row<T extends keyof Database> = Insertable<Database[T]>;
/** What JSON carries back unchanged: SQLite sees numbers as INTEGER/REAL, strings as TEXT. */
type Stored = string | number | null;

/** Rows per statement: keeps one JSON text (and the memory for it) moderate on huge batches. */
const ROWS_PER_STATEMENT = 5000;

/**
 * Inserts `rows`, which must all have the same keys in the same order: the rows travel as one
 * JSON array and SQLite's own JSON reader unpacks them. A column with the same text (or
 * nothing) in every row of a chunk, such as the time stamp or a field the imported list has
 * no column for, is bound once instead: picking a value out of each row's JSON is most of
 * what such an insert costs SQLite. (Numbers always travel in the JSON, which keeps SQLite's
 * INTEGER and REAL apart as written.)
 */
export async function bulkInsert<T extends keyof Database>(
  trx: Transaction<Database>,
  table: T,
  rows: Row<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows
      .slice(start, start + ROWS_PER_STATEMENT)
      .map((row) => columns.map((c) => stored((row as Record<string, unknown>)[c], c)));
    const varying: number[] = [];
    const picks = columns.map((_, i) => {
      const first = chunk[0]![i];
      if (typeof first !== 'number' && chunk.every((values) => values[i] === first)) return sql`${first}`;
      varying.push(i);
      return sql`row ->> ${sql.lit(varying.length - 1)}`;
    });
    const json = JSON.stringify(chunk.map((values) => varying.map((i) => values[i])));
    // Each row becomes SQLite's binary JSON once (the materialized CTE); picking columns from
    // the JSON text instead would parse the whole row again for every column.
    await sql`
      with batch as materialized (select jsonb(value) as row from json_each(${json}))
      insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
      select ${sql.join(picks)} from batch`.execute(trx);
  }
}

function stored(value: unknown, column: string): Stored {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  throw new TypeError(`bulkInsert: column ${column} holds a ${typeof value}, not text or a number`);
}

/**
 * The id SQLite would give the next row of an AUTOINCREMENT table. Inside a write transaction
 * nobody else can take it, so a caller may number a whole batch itself and write related
 * tables without waiting for the first insert to return its ids.
 */
export async function nextId(trx: Transaction<Database>, table: keyof Database): Promise<number> {
  const { rows } = await sql<{ next: number }>`
    select max(
      coalesce((select seq from sqlite_sequence where name = ${table}), 0),
      coalesce((select max(id) from ${sql.table(table)}), 0)
    ) + 1 as next`.execute(trx);
  return rows[0]!.next;
}

/** Items added between two turns of the event loop while a batch is being built. */
const ITEMS_PER_TURN = 10;

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Builds batch n+1 while SQLite (on its own thread) writes batch n, so a large import uses
 * both cores instead of alternating between JavaScript and SQLite. node-sqlite3 needs this
 * thread for a moment between preparing and running each statement, so building yields to the
 * event loop every few items. `afterBatch` runs between batches with nothing in flight, so it
 * may throw to cancel (the caller's transaction then rolls everything back).
 */
export async function writeInBatches<T, B>(
  items: readonly T[],
  size: number,
  batch: { start: () => B; add: (batch: B, item: T, index: number) => void; write: (batch: B) => Promise<void> },
  afterBatch: (written: number) => void = () => {},
): Promise<void> {
  let writing: Promise<void> | null = null;
  let written = 0;
  for (let offset = 0; offset < items.length; offset += size) {
    const end = Math.min(offset + size, items.length);
    const next = batch.start();
    for (let i = offset; i < end; i++) {
      batch.add(next, items[i]!, i);
      if ((i - offset) % ITEMS_PER_TURN === ITEMS_PER_TURN - 1) await nextTurn();
    }
    if (writing) {
      await writing;
      afterBatch(written);
    }
    writing = batch.write(next);
    // A failure is awaited (and thrown) at the next turn; until then it must not count as an
    // unhandled rejection, which would end the process.
    writing.catch(() => {});
    written = end;
    await nextTurn();
  }
  if (writing) {
    await writing;
    afterBatch(written);
  }
}
