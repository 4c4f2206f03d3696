import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Kysely, sql, type Generated } from 'kysely';
import { Sqlite3Dialect } from './sqlite3-driver';
import { connect } from './connection';
import { tempDir } from './testing/temp-db';

interface TestDb {
  counter: { id: number; value: number };
  items: { id: Generated<number>; name: string };
}

describe('node-sqlite3 Kysely driver', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: Kysely<TestDb>;

  beforeEach(async () => {
    tmp = tempDir();
    db = new Kysely<TestDb>({ dialect: new Sqlite3Dialect({ filename: tmp.file() }) });
    await sql`create table counter (id integer primary key, value integer not null)`.execute(db);
    await sql`create table items (id integer primary key autoincrement, name text not null unique)`.execute(db);
    await db.insertInto('counter').values({ id: 1, value: 0 }).execute();
  });

  afterEach(async () => {
    await db.destroy();
    tmp.remove();
  });

  it('returns insert ids, affected rows and selected rows', async () => {
    const inserted = await db.insertInto('items').values({ name: 'Tổ Toán' }).executeTakeFirstOrThrow();
    expect(inserted.insertId).toBe(1n);
    const returned = await db.insertInto('items').values({ name: 'Tổ Văn' }).returning(['id', 'name']).execute();
    expect(returned).toEqual([{ id: 2, name: 'Tổ Văn' }]);
    const updated = await db.updateTable('items').set({ name: 'Tổ Ngữ văn' }).where('id', '=', 2).executeTakeFirst();
    expect(updated.numUpdatedRows).toBe(1n);
    expect(await db.selectFrom('items').select('name').orderBy('id').execute()).toEqual([
      { name: 'Tổ Toán' },
      { name: 'Tổ Ngữ văn' },
    ]);
  });

  it('serialises concurrent read-modify-write transactions on the writer', async () => {
    const increment = () =>
      db.transaction().execute(async (trx) => {
        const { value } = await trx.selectFrom('counter').select('value').where('id', '=', 1).executeTakeFirstOrThrow();
        await new Promise((resolve) => setTimeout(resolve, 1)); // give the others a chance to interleave
        await trx
          .updateTable('counter')
          .set({ value: value + 1 })
          .where('id', '=', 1)
          .execute();
      });
    await Promise.all(Array.from({ length: 25 }, increment));
    const { value } = await db.selectFrom('counter').select('value').executeTakeFirstOrThrow();
    expect(value).toBe(25);
  });

  it('rolls a failed transaction back completely while others commit', async () => {
    const failing = db.transaction().execute(async (trx) => {
      await trx.insertInto('items').values({ name: 'một' }).execute();
      await trx.insertInto('items').values({ name: 'một' }).execute(); // unique violation
    });
    const succeeding = db.transaction().execute(async (trx) => {
      await trx.insertInto('items').values({ name: 'hai' }).execute();
    });
    await expect(failing).rejects.toThrow(/UNIQUE/);
    await succeeding;
    expect(await db.selectFrom('items').select('name').execute()).toEqual([{ name: 'hai' }]);
  });

  it('answers plain reads from the last committed state at once while a transaction runs', async () => {
    await db.insertInto('items').values({ name: 'đã lưu' }).execute();
    let releaseTrx!: () => void;
    const gate = new Promise<void>((resolve) => (releaseTrx = resolve));
    const trx = db.transaction().execute(async (t) => {
      await t.insertInto('items').values({ name: 'trong giao dịch' }).execute();
      expect(await t.selectFrom('items').select('name').orderBy('id').execute()).toHaveLength(2);
      await gate;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    // The transaction is still open: the read neither waits for it nor sees inside it.
    expect(await db.selectFrom('items').select('name').execute()).toEqual([{ name: 'đã lưu' }]);
    releaseTrx();
    await trx;
    expect(await db.selectFrom('items').select('name').orderBy('id').execute()).toEqual([
      { name: 'đã lưu' },
      { name: 'trong giao dịch' },
    ]);
  });

  it('lets writes outside a transaction wait for it, and reads see them once written', async () => {
    let releaseTrx!: () => void;
    const gate = new Promise<void>((resolve) => (releaseTrx = resolve));
    const trx = db.transaction().execute(async (t) => {
      await t.updateTable('counter').set({ value: 1 }).execute();
      await gate;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    // A raw WITH may write, so it goes to the writer (the reader is query_only) and waits.
    const write =
      sql`with v as (select value + 10 as n from counter) update counter set value = (select n from v)`.execute(db);
    await new Promise((resolve) => setTimeout(resolve, 10));
    releaseTrx();
    await Promise.all([trx, write]);
    expect(await db.selectFrom('counter').select('value').executeTakeFirstOrThrow()).toEqual({ value: 11 });
  });

  it('keeps an in-memory database on its one connection', async () => {
    const memory = new Kysely<TestDb>({ dialect: new Sqlite3Dialect({ filename: ':memory:' }) });
    try {
      await sql`create table items (id integer primary key autoincrement, name text not null unique)`.execute(memory);
      await memory.transaction().execute((t) => t.insertInto('items').values({ name: 'một' }).execute());
      expect(await memory.selectFrom('items').select('name').execute()).toEqual([{ name: 'một' }]);
    } finally {
      await memory.destroy();
    }
  });
});

describe('connection pragmas', () => {
  it('turns on WAL, foreign keys and synchronous=FULL', async () => {
    const tmp = tempDir();
    const db = connect(tmp.file());
    try {
      const get = async (name: string) =>
        Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as object)[0];
      expect(await get('journal_mode')).toBe('wal');
      expect(await get('foreign_keys')).toBe(1);
      expect(await get('synchronous')).toBe(2);
      expect(await get('busy_timeout')).toBe(5000);
    } finally {
      await db.destroy();
      tmp.remove();
    }
  });
});
